/**
 * The page a speaker's invitation link opens, /events/speaker-invitations/:token, with its
 * accept and decline buttons (mounted by programmeRoutes). It shows the session whatever the
 * event's state: a draft's invitee must be able to answer.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../../platform/http/context.js';
import { PageError } from '../../../../platform/http/errors.js';
import type { Problem, RefusalStatus } from '../../../../platform/outcome.js';
import { pageContext, renderPage } from '../../../../ui/page.js';
import type { Events } from '../../context.js';
import {
  acceptSpeakerInvitation,
  declineSpeakerInvitation,
  describeSpeakerInvitation,
  unknownLink,
} from './service.js';
import { SpeakerInvitationMessage, SpeakerInvitationPage } from './views/invitations.js';

/** The page's one message: why the link did nothing (a refusal, with its status), or what it did. */
function messagePage(
  c: Context<AppEnv>,
  message: { problem: Problem; status?: RefusalStatus },
  slug?: string,
) {
  const t = c.get('t');
  return renderPage(c, {
    title: t('speakerInvitation.heading'),
    status: message.status,
    body: <SpeakerInvitationMessage ctx={pageContext(c)} problem={message.problem} slug={slug} />,
  });
}

/** @example app.route('/speaker-invitations', speakerInvitationRoutes(events)) */
export function speakerInvitationRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  app.get('/:token', async (c) => {
    const token = c.req.param('token');
    const invitation = await describeSpeakerInvitation(ctx, token, c.get('locale'));
    if (!invitation) return messagePage(c, unknownLink());
    return renderPage(c, {
      title: c.get('t')('speakerInvitation.title', { event: invitation.event.title }),
      body: <SpeakerInvitationPage ctx={pageContext(c)} token={token} invitation={invitation} />,
    });
  });

  app.post('/:token/accept', async (c) => {
    const actor = c.get('actor');
    if (!actor) throw new PageError(401, 'error.401');
    const outcome = await acceptSpeakerInvitation(ctx, actor, c.req.param('token'));
    if (!outcome.ok) return messagePage(c, outcome);
    return messagePage(c, { problem: { key: 'speakerInvitation.accepted' } }, outcome.slug);
  });

  app.post('/:token/decline', async (c) => {
    const outcome = await declineSpeakerInvitation(ctx, c.get('actor'), c.req.param('token'));
    if (!outcome.ok) return messagePage(c, outcome);
    return messagePage(c, { problem: { key: 'speakerInvitation.declined' } }, outcome.slug);
  });

  return app;
}
