/**
 * What discussions add to the events module's pages, through the extension points events
 * declares (events imports nothing of this module): a section on the event page listing its
 * discussions, and a link under each session of a programme to the session's discussions.
 * Each shows only the discussions the reader may read, and to moderators the way to open one.
 */
import type { EventPageSection, ProgrammeSessionLinks, SessionLink } from '../../events/index.js';
import { eventAudience } from '../../events/index.js';
import type { Discussions } from '../context.js';
import { can } from '../policy.js';
import { discussionHref } from './presenters.js';
import { discussionsOfParts } from './service.js';
import { DiscussionsSection } from './views/section.js';

/** @example eventsWeb(events, { sections: [discussionsEventSection(discussions)] }) */
export const discussionsEventSection = (ctx: Discussions): EventPageSection => ({
  slot: 'discussions',
  async render(c, { event }) {
    const actor = c.get('actor');
    const audience = await eventAudience(
      ctx.events,
      actor,
      { kind: 'event', id: event.id },
      c.get('locale'),
    );
    if (!audience) return null;
    const relation = { ...audience, parentVisible: audience.visible, managesMember: false };
    const discussions = await discussionsOfParts(ctx, 'event', [event.id], relation, actor);
    const canOpen = can(actor, 'discussion.open', {
      ...relation,
      parent: 'event',
      visibility: 'members',
    });
    if (discussions.length === 0 && !canOpen) return null;
    return (
      <DiscussionsSection
        t={c.get('t')}
        discussions={discussions.map((d) => ({
          href: discussionHref(d.id),
          title: d.title,
          posts: Number(d.post_count),
        }))}
        openHref={canOpen ? `/discussions/new?parent=event:${event.id}` : undefined}
      />
    );
  },
});

/** @example eventsWeb(events, { sessionLinks: [discussionsSessionLinks(discussions)] }) */
export const discussionsSessionLinks =
  (ctx: Discussions): ProgrammeSessionLinks =>
  async (c, { event, sessionIds }) => {
    const links = new Map<string, SessionLink[]>();
    if (sessionIds.length === 0) return links;
    const actor = c.get('actor');
    const t = c.get('t');
    // The reader's relation to the event is the same for all its sessions: asked once.
    const audience = await eventAudience(
      ctx.events,
      actor,
      { kind: 'event', id: event.id },
      c.get('locale'),
    );
    if (!audience) return links;
    const relation = { ...audience, parentVisible: audience.visible, managesMember: false };
    for (const d of await discussionsOfParts(ctx, 'session', sessionIds, relation, actor)) {
      const list = links.get(d.parent_id!) ?? [];
      list.push({
        href: discussionHref(d.id),
        label: t('discussions.session.link', { title: d.title, count: Number(d.post_count) }),
      });
      links.set(d.parent_id!, list);
    }
    if (can(actor, 'discussion.open', { ...relation, parent: 'session', visibility: 'members' })) {
      for (const id of sessionIds) {
        if (links.has(id)) continue;
        links.set(id, [
          { href: `/discussions/new?parent=session:${id}`, label: t('discussions.session.open') },
        ]);
      }
    }
    return links;
  };
