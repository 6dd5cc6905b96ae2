/**
 * Registering and cancelling, the person's registration page, and the event page's
 * registration section. `registrationRoutes` also mounts the organisers' participants pages,
 * check-in and the personal calendar feed; mount it under /events before `eventRoutes`
 * (its /events/feed would otherwise be read as an event's slug).
 */

import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { enforceRateLimit, type RateLimitRule } from '../../../platform/http/rate-limit.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { isInvalid, isRefused } from '../../../platform/outcome.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import { checkinRoutes } from '../checkin/routes.js';
import type { Events } from '../context.js';
import { requestedEvent } from '../event/loading.js';
import type { EventPageSection } from '../event/routes.js';
import { feedRoutes } from '../feed/routes.js';
import { authorize, can } from '../policy.js';
import type { EventRow } from '../tables.js';
import { displayCode } from './code.js';
import { codeSvg } from './mail.js';
import { participantRoutes } from './participants/routes.js';
import { listedOrganizations, participationCounts } from './participants/service.js';
import { RegistrationCancelSchema, RegistrationCreateSchema } from './schema.js';
import {
  ACTIVE,
  cancelRegistration,
  myRegistration,
  registerForEvent,
  registrant,
  registrationClosedReason,
} from './service.js';
import { changeSessionPlace, seatedSessions } from './sessions.js';
import {
  CancelRegistrationPage,
  ListedOrganizationsSection,
  type MyRegistrationView,
  RegistrationPage,
  type RegistrationPanelProps,
  RegistrationSection,
} from './views/registration.js';

/** Registering and cancelling send mail: a person gets a few dozen changes an hour. */
const REGISTRATION_RATE_LIMIT: RateLimitRule = {
  bucket: 'event-registration',
  limit: 30,
  windowSeconds: 3600,
};

const NOTICES: MessageKey[] = [
  'registration.notice.confirmed',
  'registration.notice.waitlisted',
  'registration.notice.pending',
  'registration.notice.cancelled',
  'registration.notice.session',
];

/** The person's own registration as the views show it. */
async function myView(
  ctx: Events,
  event: EventRow,
  personId: string | undefined,
): Promise<MyRegistrationView | undefined> {
  if (!personId) return undefined;
  const row = await myRegistration(ctx, event.id, personId);
  if (!row) return undefined;
  const person = await registrant(ctx, row.id);
  return {
    status: row.status,
    code: displayCode(row.code),
    organization: person.organization_name,
    qrSvg: row.status === 'confirmed' ? await codeSvg(row.code) : null,
  };
}

async function panel(
  c: Context<AppEnv>,
  ctx: Events,
  event: EventRow,
): Promise<RegistrationPanelProps> {
  const actor = c.get('actor');
  return {
    ctx: pageContext(c),
    slug: event.slug,
    closedReason: registrationClosedReason(event),
    approval: event.registration_mode === 'approval',
    mine: await myView(ctx, event, actor?.id),
    acting: await c.get('actingFor')?.(),
  };
}

/** The event page's 'registration' slot. */
export const registrationSection = (ctx: Events): EventPageSection => ({
  slot: 'registration',
  async render(c, { event, scope }) {
    const actor = c.get('actor');
    c.set('personal', true);
    return (
      <RegistrationSection
        {...(await panel(c, ctx, event))}
        counts={participationCounts(event)}
        canManage={can(actor, 'event.registrations.manage', scope)}
        canCheckin={can(actor, 'event.checkin', scope)}
      />
    );
  },
});

/** The event page's 'participation' slot: the organisations of those who chose to be listed. */
export const participationSection = (ctx: Events): EventPageSection => ({
  slot: 'participation',
  async render(c, { event }) {
    const organizations = await listedOrganizations(ctx, event, c.get('locale'));
    return <ListedOrganizationsSection ctx={pageContext(c)} organizations={organizations} />;
  },
});

/** @example app.route('/events', registrationRoutes(events)) // before eventRoutes */
export function registrationRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  const page = async (
    c: Context<AppEnv>,
    event: EventRow,
    extra: Partial<RegistrationPanelProps> & { message?: MessageKey; status?: 409 | 422 },
  ) => {
    const title = readTranslation(event.title, c.get('locale'));
    return renderPage(c, {
      title: c.get('t')('registration.page.title'),
      status: extra.status,
      notice: noticeFrom(c, NOTICES),
      body: (
        <RegistrationPage
          {...(await panel(c, ctx, event))}
          sessions={await sessionsOf(c, event)}
          {...extra}
          title={title}
          message={extra.message}
        />
      ),
    });
  };

  /** The sessions with limited seats, for a person holding a seat at the event. */
  async function sessionsOf(c: Context<AppEnv>, event: EventRow) {
    const actor = c.get('actor');
    const row = actor ? await myRegistration(ctx, event.id, actor.id) : undefined;
    if (row?.status !== 'confirmed') return undefined;
    return seatedSessions(ctx, event, row.id, c.get('locale'));
  }

  app.route('/', feedRoutes(ctx));

  app.get('/:slug/registration', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.view', scope);
    if (!c.get('actor')) return c.redirect(`/sign-in?next=/events/${event.slug}/registration`);
    return page(c, event, {});
  });

  app.post('/:slug/register', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.register', scope);
    await enforceRateLimit(c, ctx.deps.db.kysely, REGISTRATION_RATE_LIMIT, [actor.id]);
    const values = await readForm(c);
    const input = validate(RegistrationCreateSchema, values);
    const outcome = input.ok ? await registerForEvent(ctx, actor, event, input.data) : input;
    if (!outcome.ok) {
      return page(c, event, {
        status: outcome.status === 422 ? 422 : 409,
        message: isRefused(outcome) ? outcome.problem.key : undefined,
        form: {
          values,
          errors: translateProblems(pageContext(c), isInvalid(outcome) ? outcome.problems : {}),
        },
      });
    }
    return c.redirect(
      `/events/${event.slug}/registration?notice=registration.notice.${outcome.status}`,
      303,
    );
  });

  /** The question before cancelling; 422 when a POST came without the answer. */
  const cancelPage = (c: Context<AppEnv>, event: EventRow, unconfirmed = false) =>
    renderPage(c, {
      title: c.get('t')('registration.cancel.confirm.title'),
      status: unconfirmed ? 422 : undefined,
      body: (
        <CancelRegistrationPage
          ctx={pageContext(c)}
          slug={event.slug}
          title={readTranslation(event.title, c.get('locale'))}
          unconfirmed={unconfirmed}
        />
      ),
    });

  app.get('/:slug/registration/cancel', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.view', scope);
    const back = `/events/${event.slug}/registration`;
    if (!actor) return c.redirect(`/sign-in?next=${back}/cancel`);
    const mine = await myRegistration(ctx, event.id, actor.id);
    // Nothing to cancel: the registration page says where the person stands.
    if (!mine || !ACTIVE.includes(mine.status)) return c.redirect(back);
    return cancelPage(c, event);
  });

  app.post('/:slug/registration/cancel', async (c) => {
    const { event, scope } = await requestedEvent(ctx, c);
    const actor = c.get('actor');
    authorize(actor, 'event.view', scope);
    if (!actor) throw new PageError(401, 'error.401');
    await enforceRateLimit(c, ctx.deps.db.kysely, REGISTRATION_RATE_LIMIT, [actor.id]);
    if (!validate(RegistrationCancelSchema, await readForm(c)).ok)
      return cancelPage(c, event, true);
    const outcome = await cancelRegistration(ctx, actor, event);
    if (!outcome.ok) return page(c, event, { status: 409, message: outcome.problem.key });
    return c.redirect(
      `/events/${event.slug}/registration?notice=registration.notice.cancelled`,
      303,
    );
  });

  for (const change of ['take', 'leave'] as const) {
    const path = `/:slug/registration/sessions/:session${change === 'leave' ? '/leave' : ''}`;
    app.post(path, async (c) => {
      const { event, scope } = await requestedEvent(ctx, c);
      const actor = c.get('actor');
      authorize(actor, 'event.view', scope);
      if (!actor) throw new PageError(401, 'error.401');
      await enforceRateLimit(c, ctx.deps.db.kysely, REGISTRATION_RATE_LIMIT, [actor.id]);
      const outcome = await changeSessionPlace(
        ctx,
        actor,
        event,
        c.req.param('session') ?? '',
        change,
      );
      if (!outcome.ok && outcome.status === 404) throw notFound();
      if (!outcome.ok) return page(c, event, { status: 409, message: outcome.problem.key });
      return c.redirect(
        `/events/${event.slug}/registration?notice=registration.notice.session`,
        303,
      );
    });
  }

  app.route('/', participantRoutes(ctx));
  app.route('/', checkinRoutes(ctx));
  return app;
}
