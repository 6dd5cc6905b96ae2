/**
 * The organisers' participants pages: the list with its actions, one participant's session
 * places (to move them), and the CSV export (a separate permission, since it carries e-mail
 * addresses out of the platform).
 */

import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../../platform/http/errors.js';
import { readForm, validate } from '../../../../platform/http/validation.js';
import type { MessageKey } from '../../../../platform/i18n/index.js';
import { readTranslation } from '../../../../platform/i18n/translations.js';
import { type Failure, isInvalid } from '../../../../platform/outcome.js';
import { type FieldErrors, translateProblems } from '../../../../ui/forms.js';
import { pageContext, renderPage } from '../../../../ui/page.js';
import type { Events } from '../../context.js';
import { requestedEvent } from '../../event/loading.js';
import { authorize, can } from '../../policy.js';
import type { EventRow } from '../../tables.js';
import { moveSessionPlace, personSessions } from '../moves.js';
import {
  ParticipantsQuerySchema,
  RegistrationDecideSchema,
  SessionPlaceMoveSchema,
} from '../schema.js';
import { cancelRegistration, type Decision, decideRegistration } from '../service.js';
import { seatedSessions } from '../sessions.js';
import { presentParticipant } from './presenters.js';
import { listParticipants, participantsCsv } from './service.js';
import { ParticipantsPage } from './views/participants.js';
import { moveField, ParticipantSessionsPage } from './views/sessions.js';

const ACTIONS = ['approve', 'reject', 'confirm', 'cancel'] as const;
type ParticipantAction = (typeof ACTIONS)[number];
const notice = (action: ParticipantAction) => `participants.notice.${action}` as MessageKey;

export function participantRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  app.get('/:slug/participants', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.registrations.manage', scope);
    const locale = c.get('locale');
    const query = ParticipantsQuerySchema.parse(c.req.query());
    const canMove =
      can(actor, 'event.registrations.move', scope) &&
      (await seatedSessions(ctx, event, null, locale)).length > 0;
    return renderPage(c, {
      title: c.get('t')('participants.title'),
      body: (
        <ParticipantsPage
          ctx={pageContext(c)}
          slug={event.slug}
          title={readTranslation(event.title, locale)}
          groups={(await listParticipants(ctx, event, query)).map((group) => ({
            ...group,
            people: group.people.map((r) => presentParticipant(r, locale, event.time_zone)),
          }))}
          oneStatus={query.status !== undefined}
          canManage={true}
          canExport={can(actor, 'event.participants.export', scope)}
          canMove={canMove}
          message={
            ACTIONS.includes(query.done as ParticipantAction)
              ? notice(query.done as ParticipantAction)
              : undefined
          }
        />
      ),
    });
  });

  app.get('/:slug/participants.csv', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.participants.export', scope);
    return c.body(await participantsCsv(ctx, event), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="participants-${event.slug}.csv"`,
      'cache-control': 'no-store',
    });
  });

  for (const action of ACTIONS) {
    app.post(`/:slug/participants/${action}`, async (c) => {
      const { event, scope } = await requestedEvent(ctx, c);
      const actor = c.get('actor');
      authorize(actor, 'event.registrations.manage', scope);
      const input = validate(RegistrationDecideSchema, await readForm(c));
      if (!input.ok) throw new PageError(400, 'error.400');
      const id = input.data.registration;
      const outcome =
        action === 'cancel'
          ? await cancelRegistration(ctx, actor, event, id)
          : await decideRegistration(ctx, actor, event, id, action as Decision);
      if (!outcome.ok) throw refusalError(outcome);
      return c.redirect(`/events/${event.slug}/participants?done=${action}`, 303);
    });
  }

  async function sessionsPage(
    c: Context<AppEnv>,
    event: EventRow,
    page: {
      errors?: FieldErrors;
      tried?: { from: string; to: string };
      message?: MessageKey;
      status?: Failure['status'];
    } = {},
  ) {
    const locale = c.get('locale');
    const person = await personSessions(ctx, event, c.req.param('registration') ?? '', locale);
    if (!person) throw notFound();
    return renderPage(c, {
      title: c.get('t')('participants.sessions.title', { name: person.name }),
      status: page.status,
      body: (
        <ParticipantSessionsPage
          ctx={pageContext(c)}
          slug={event.slug}
          title={readTranslation(event.title, locale)}
          person={person}
          tried={page.tried}
          errors={page.errors ?? {}}
          message={page.message}
        />
      ),
    });
  }

  app.get('/:slug/participants/:registration', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.registrations.move', scope);
    const done = c.req.query('done') === 'move';
    return sessionsPage(c, event, done ? { message: 'participants.notice.move' } : {});
  });

  app.post('/:slug/participants/:registration/move', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.registrations.move', scope);
    const input = validate(SessionPlaceMoveSchema, await readForm(c));
    if (!input.ok) throw new PageError(400, 'error.400');
    const registration = c.req.param('registration');
    const outcome = await moveSessionPlace(
      ctx,
      actor,
      event,
      registration,
      input.data,
      c.get('locale'),
    );
    if (!outcome.ok && outcome.status === 404) throw notFound();
    if (!outcome.ok) {
      // Whatever the reason, it is shown at the target field of the place being moved.
      const problem = isInvalid(outcome) ? outcome.problems.to : outcome.problem;
      return sessionsPage(c, event, {
        errors: translateProblems(pageContext(c), { [moveField(input.data.from)]: problem }),
        tried: input.data,
        status: outcome.status,
      });
    }
    return c.redirect(`/events/${event.slug}/participants/${registration}?done=move`, 303);
  });

  return app;
}
