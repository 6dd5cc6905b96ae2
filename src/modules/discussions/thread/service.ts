/**
 * Discussions: what each is about (the network, an event or a session, as events tell it), the
 * reader's relation to it for the policy, opening one with its first post, and the lists the
 * pages link from.
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { invalid, type Outcome } from '../../../platform/outcome.js';
import { type EventAudience, eventAudience } from '../../events/index.js';
import {
  managedOrganizations,
  networkMemberSummaries,
  resolveActingOrganization,
} from '../../organizations/index.js';
import type { Discussions } from '../context.js';
import { can, type DiscussionScope } from '../policy.js';
import { writePostIn } from '../post/service.js';
import type { DiscussionRow, ParentKind, Visibility } from '../tables.js';
import * as q from './queries.js';
import type { DiscussionOpen, ParentRef } from './schema.js';

/** What a discussion is about, as its pages name and link it. */
export type ParentView =
  | { kind: 'network' }
  | { kind: 'event' | 'session'; title: string; titleLang: string | undefined; href: string };

/** The parent, named for pages, and the reader's relation to it; undefined when there is none. */
export type ResolvedParent = { view: ParentView; scope: Omit<DiscussionScope, 'visibility'> };

/** Whether the person manages an organisation that is a network member. */
async function managesMember(ctx: Discussions, actor: Actor | null, locale: Locale) {
  if (!actor) return false;
  const managed = await managedOrganizations(ctx.organizations, actor.id, locale);
  if (managed.length === 0) return false;
  const members = await networkMemberSummaries(
    ctx.organizations,
    managed.map((o) => o.id),
    locale,
  );
  return members.length > 0;
}

const eventView = (audience: EventAudience): ParentView => ({
  kind: audience.session ? 'session' : 'event',
  title: audience.session?.title ?? audience.event.title,
  titleLang: audience.session?.titleLang ?? audience.event.titleLang,
  href: audience.href,
});

/** The parent `ref` names and the actor's relation to it, or undefined when it does not exist. */
export async function resolveParent(
  ctx: Discussions,
  actor: Actor | null,
  ref: ParentRef | { kind: ParentKind; id: string | null },
  locale: Locale,
): Promise<ResolvedParent | undefined> {
  if (ref.kind === 'network') {
    return {
      view: { kind: 'network' },
      scope: {
        parent: 'network',
        parentVisible: true,
        organizer: false,
        participant: false,
        managesMember: await managesMember(ctx, actor, locale),
      },
    };
  }
  if (!('id' in ref) || !ref.id) return undefined;
  const audience = await eventAudience(ctx.events, actor, { kind: ref.kind, id: ref.id }, locale);
  if (!audience) return undefined;
  return {
    view: eventView(audience),
    scope: {
      parent: ref.kind,
      parentVisible: audience.visible,
      organizer: audience.organizer,
      participant: audience.participant,
      // Only network topics ask; the lookup is spared elsewhere.
      managesMember: false,
    },
  };
}

/** The discussion, its parent and the reader's relation to it; undefined when unknown. */
export async function loadDiscussion(
  ctx: Discussions,
  id: string,
  actor: Actor | null,
  locale: Locale,
) {
  const discussion = await q.findDiscussion(ctx.deps.db.kysely, id);
  if (!discussion) return undefined;
  const parent = await resolveParent(
    ctx,
    actor,
    { kind: discussion.parent_kind, id: discussion.parent_id },
    locale,
  );
  // The event or session is gone: its discussion has nothing left to belong to.
  if (!parent) return undefined;
  const scope: DiscussionScope = { ...parent.scope, visibility: discussion.visibility };
  return { discussion, parent: parent.view, scope };
}

/**
 * Opens a discussion with its first post, all or nothing, and audits it. The caller has
 * authorized 'discussion.open' for the parent.
 */
export async function openDiscussion(
  ctx: Discussions,
  by: { actor: Actor; ip?: string | undefined },
  input: DiscussionOpen,
  locale: Locale,
): Promise<Outcome<{ id: string; firstPostId: string }>> {
  if (input.parent.kind === 'network' && input.visibility === 'participants') {
    return invalid('visibility', 'validation.discussions.visibility.participantsNeedEvent');
  }
  const db = ctx.deps.db.kysely;
  return db.transaction().execute(async (tx) => {
    // Whom the discussion is opened for is its first post's: checked before anything is written.
    const acting = await resolveActingOrganization(tx, by.actor, input.onBehalfOf, { locale });
    if (!acting.ok) return acting;
    const id = newId();
    const at = nowIso();
    await q.insertDiscussion(tx, {
      id,
      parent_kind: input.parent.kind,
      parent_id: input.parent.kind === 'network' ? null : input.parent.id,
      title: input.title,
      visibility: input.visibility,
      created_by: by.actor.id,
      organization_id: acting.organization?.id ?? null,
      post_count: 0,
      last_post_at: at,
      created_at: at,
    });
    const { body, language, onBehalfOf } = input;
    const first = await writePostIn(
      tx,
      by.actor,
      id,
      { body, language, onBehalfOf, replyTo: undefined, quote: undefined },
      locale,
    );
    // A first post has nothing to reply to or quote, and its organisation was checked above.
    if (!first.ok) throw new Error('the first post of a new discussion was refused');
    await recordAudit(tx, {
      action: 'discussion.open',
      actor: auditActor(by.actor),
      subject: { type: 'discussion', id },
      ...(by.ip ? { ip: by.ip } : {}),
      details: {
        title: input.title,
        parent: input.parent.kind,
        ...(input.parent.kind === 'network' ? {} : { parentId: input.parent.id }),
        visibility: input.visibility,
      },
    });
    return { ok: true, id, firstPostId: first.id };
  });
}

/** Network topics the reader may read, the most recently active first. */
export async function networkTopics(ctx: Discussions, actor: Actor | null) {
  const rows = await q.listNetworkTopics(ctx.deps.db.kysely, 200);
  return rows.filter((row) => can(actor, 'discussion.read', networkScope(row.visibility)));
}

const networkScope = (visibility: Visibility): DiscussionScope => ({
  parent: 'network',
  visibility,
  parentVisible: true,
  organizer: false,
  participant: false,
  managesMember: false,
});

/**
 * The discussions under an event's sessions (or the event itself) that the reader may read,
 * given the reader's relation to the event: one lookup for a whole programme.
 */
export async function discussionsOfParts(
  ctx: Discussions,
  kind: 'event' | 'session',
  ids: readonly string[],
  scope: Omit<DiscussionScope, 'visibility' | 'parent'>,
  actor: Actor | null,
): Promise<DiscussionRow[]> {
  const rows = await q.listByParents(ctx.deps.db.kysely, kind, ids);
  return rows.filter((row) =>
    can(actor, 'discussion.read', { ...scope, parent: kind, visibility: row.visibility }),
  );
}
