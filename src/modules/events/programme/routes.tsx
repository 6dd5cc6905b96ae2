/**
 * Programme pages under /events/:slug: the programme (HTML and PDF) for everyone who may see
 * the event, and for its organisers the rooms page and the session forms.
 */

import { type Context, Hono } from 'hono';
import { nowIso } from '../../../platform/db/ids.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { noticeKey } from '../../../platform/http/notices.js';
import { enforceRateLimit, type RateLimitRule } from '../../../platform/http/rate-limit.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  pickedLanguage,
  pickTranslation,
} from '../../../platform/i18n/translations.js';
import { isInvalid } from '../../../platform/outcome.js';
import { type FieldErrors, translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Events } from '../context.js';
import { requestedEvent } from '../event/loading.js';
import type { EventPageSection } from '../event/routes.js';
import { formatEventTimes } from '../event/times.js';
import { authorize, can } from '../policy.js';
import type { EventRow } from '../tables.js';
import { speakerInvitationRoutes } from './invitations/routes.js';
import {
  openInvitationsBySession,
  resendSpeakerInvitation,
  sessionInvitations,
  withdrawSpeakerInvitation,
} from './invitations/service.js';
import { programmePdf } from './pdf.js';
import { presentProgramme, presentRoom, presentSession } from './presenters.js';
import {
  ProgrammeQuerySchema,
  RoomSaveSchema,
  SESSION_FORM_LISTS,
  SessionSaveSchema,
} from './schema.js';
import * as programme from './service.js';
import { type FormValues, RoomEditPage, RoomsPage } from './views/forms.js';
import { ProgrammePage, type SessionLink } from './views/page.js';
import { ProgrammeSection } from './views/section.js';
import { SessionPage } from './views/session.js';

const eventTitle = (title: string, locale: Parameters<typeof pickTranslation>[1]) => {
  const titles = parseTranslations(title);
  return { title: pickTranslation(titles, locale), titleLang: pickedLanguage(titles, locale) };
};

/** Each invitation mails an address: at most 30 mails an hour from one organiser. */
const SPEAKER_INVITE_RATE_LIMIT: RateLimitRule = {
  bucket: 'speaker-invite',
  limit: 30,
  windowSeconds: 3600,
};
/** One address is mailed the same invitation again at most three times a day. */
const SPEAKER_RESEND_RATE_LIMIT: RateLimitRule = {
  bucket: 'speaker-invite-resend',
  limit: 3,
  windowSeconds: 86_400,
};

const INVITATION_NOTICES: MessageKey[] = [
  'programme.invitations.resent',
  'programme.invitations.withdrawn',
];

/**
 * Links a module above events adds to the sessions of a programme (a session's discussion):
 * given the sessions on the page, the links of each, as this reader may follow them.
 */
export type ProgrammeSessionLinks = (
  c: Context<AppEnv>,
  page: { event: EventRow; sessionIds: readonly string[] },
) => Promise<ReadonlyMap<string, readonly SessionLink[]>>;

/** @example app.route('/events', programmeRoutes(events, [discussionLinks])) */
export function programmeRoutes(ctx: Events, sessionLinks: readonly ProgrammeSessionLinks[] = []) {
  const app = new Hono<AppEnv>();
  app.route('/speaker-invitations', speakerInvitationRoutes(ctx));

  /** The event, for an organiser who may change its programme; else 404/401/403. */
  async function manage(c: Context<AppEnv>) {
    const found = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.programme.manage', found.scope);
    return { ...found, actor: c.get('actor')! };
  }

  async function viewProgramme(c: Context<AppEnv>) {
    const { event, scope } = await requestedEvent(ctx, c);
    authorize(c.get('actor'), 'event.view', scope);
    const query = ProgrammeQuerySchema.parse(c.req.query());
    const data = await programme.programmeData(ctx, event);
    const view = presentProgramme(event, data, query, c.get('locale'));
    return { event, scope, view };
  }

  app.get('/:slug/programme', async (c) => {
    const { event, scope, view } = await viewProgramme(c);
    const titles = eventTitle(event.title, c.get('locale'));
    const canManage = can(c.get('actor'), 'event.programme.manage', scope);
    const sessionIds = view.days.flatMap((d) =>
      d.slots.flatMap((s) => s.sessions.map((x) => x.id)),
    );
    const links = new Map<string, SessionLink[]>();
    for (const offer of sessionLinks) {
      for (const [id, list] of await offer(c, { event, sessionIds })) {
        links.set(id, [...(links.get(id) ?? []), ...list]);
      }
    }
    return renderPage(c, {
      title: c.get('t')('programme.title', { title: titles.title }),
      body: (
        <ProgrammePage
          ctx={pageContext(c)}
          event={{ slug: event.slug, ...titles }}
          programme={view}
          canManage={canManage}
          invited={canManage ? await openInvitationsBySession(ctx, event.id) : new Map()}
          links={links}
        />
      ),
    });
  });

  app.get('/:slug/programme.pdf', async (c) => {
    const { event, view } = await viewProgramme(c);
    const bytes = await programmePdf({
      title: eventTitle(event.title, c.get('locale')).title,
      network: c.get('site').name,
      programme: view,
      t: c.get('t'),
      locale: c.get('locale'),
      compress: ctx.deps.config.env !== 'test',
    });
    return c.body(new Uint8Array(bytes), 200, {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${event.slug}-programme.pdf"`,
      'cache-control': 'no-store',
    });
  });

  async function roomsPage(
    c: Context<AppEnv>,
    event: Awaited<ReturnType<typeof manage>>['event'],
    form: { values: FormValues; errors: FieldErrors },
    status?: 422,
  ) {
    const [rooms, details] = await Promise.all([
      programme.eventRooms(ctx, event),
      event.venue_id ? programme.venueName(ctx, event.venue_id) : null,
    ]);
    const { title } = eventTitle(event.title, c.get('locale'));
    return renderPage(c, {
      title: c.get('t')('programme.rooms.heading', { title }),
      status,
      body: (
        <RoomsPage
          ctx={pageContext(c)}
          event={{ slug: event.slug, title }}
          venue={details}
          rooms={rooms.map((room) => presentRoom(room, c.get('locale')))}
          form={form}
        />
      ),
    });
  }

  app.get('/:slug/programme/rooms', async (c) => {
    const { event } = await manage(c);
    return roomsPage(c, event, { values: {}, errors: {} });
  });

  app.post('/:slug/programme/rooms', async (c) => {
    const { event, actor } = await manage(c);
    const values = await readForm(c);
    const input = validate(RoomSaveSchema, values);
    const outcome = input.ok ? await programme.createRoom(ctx, actor, event, input.data) : input;
    if (!outcome.ok) {
      const errors = translateProblems(pageContext(c), outcome.problems);
      return roomsPage(c, event, { values, errors }, 422);
    }
    return c.redirect(`/events/${event.slug}/programme/rooms`, 303);
  });

  async function loadRoom(c: Context<AppEnv>) {
    const found = await manage(c);
    const room = await programme.findEventRoom(ctx, found.event, c.req.param('room') ?? '');
    if (!room) throw notFound();
    return { ...found, room };
  }

  function roomEditPage(
    c: Context<AppEnv>,
    page: Awaited<ReturnType<typeof loadRoom>>,
    form: { values: FormValues; errors: FieldErrors },
    status?: 422,
  ) {
    const { title } = eventTitle(page.event.title, c.get('locale'));
    const room = presentRoom(page.room, c.get('locale'));
    return renderPage(c, {
      title: c.get('t')('programme.room.editTitle', { name: room.name }),
      status,
      body: (
        <RoomEditPage
          ctx={pageContext(c)}
          event={{ slug: page.event.slug, title }}
          room={room}
          form={form}
        />
      ),
    });
  }

  app.get('/:slug/programme/rooms/:room/edit', async (c) => {
    const page = await loadRoom(c);
    const { name, capacity } = page.room;
    const names = parseTranslations(page.room.name_translations);
    return roomEditPage(c, page, {
      values: {
        name,
        nameAz: names.az ?? '',
        nameEn: names.en ?? '',
        nameRu: names.ru ?? '',
        capacity: capacity === null ? '' : String(capacity),
      },
      errors: {},
    });
  });

  app.post('/:slug/programme/rooms/:room', async (c) => {
    const page = await loadRoom(c);
    const values = await readForm(c);
    const input = validate(RoomSaveSchema, values);
    const { event, actor, room } = page;
    const outcome = input.ok
      ? await programme.updateRoom(ctx, actor, event, room, input.data, c.get('locale'))
      : input;
    if (!outcome.ok) {
      const errors = translateProblems(pageContext(c), outcome.problems);
      return roomEditPage(c, page, { values, errors }, 422);
    }
    return c.redirect(`/events/${event.slug}/programme/rooms`, 303);
  });

  app.post('/:slug/programme/rooms/:room/delete', async (c) => {
    const { event, actor } = await manage(c);
    if (!(await programme.deleteRoom(ctx, actor, event, c.req.param('room')))) throw notFound();
    return c.redirect(`/events/${event.slug}/programme/rooms`, 303);
  });

  async function sessionPage(
    c: Context<AppEnv>,
    event: Awaited<ReturnType<typeof manage>>['event'],
    page: {
      sessionId?: string;
      values: FormValues;
      errors?: FieldErrors;
      warnings?: string[];
      status?: 422;
    },
  ) {
    const t = c.get('t');
    const { title } = eventTitle(event.title, c.get('locale'));
    const locale = c.get('locale');
    const heading = page.sessionId
      ? t('programme.session.editTitle', { title })
      : t('programme.session.newTitle', { title });
    return renderPage(c, {
      title: heading,
      status: page.status,
      body: (
        <SessionPage
          ctx={pageContext(c)}
          slug={event.slug}
          heading={heading}
          when={formatEventTimes(event.starts_at, event.ends_at, event.time_zone, locale)}
          rooms={(await programme.eventRooms(ctx, event)).map((room) => presentRoom(room, locale))}
          values={page.values}
          errors={page.errors ?? {}}
          warnings={page.warnings ?? []}
          session={
            page.sessionId
              ? {
                  id: page.sessionId,
                  invitations: (await sessionInvitations(ctx, page.sessionId)).map((i) => ({
                    id: i.id,
                    email: i.email,
                    role: i.role,
                    accepted: i.accepted_at !== null,
                  })),
                  notice: noticeKey(c, INVITATION_NOTICES),
                }
              : undefined
          }
        />
      ),
    });
  }

  /** Validates and saves the form; re-renders it with errors or the speakers' warnings. */
  async function save(c: Context<AppEnv>, sessionId?: string) {
    const { event, actor } = await manage(c);
    const values = await readForm(c, SESSION_FORM_LISTS);
    const input = validate(SessionSaveSchema(event.time_zone), values);
    const t = c.get('t');
    if (!input.ok) {
      const errors = translateProblems(pageContext(c), input.problems);
      return sessionPage(c, event, { sessionId, values, errors, status: 422 });
    }
    const invited = new Set(
      sessionId ? (await sessionInvitations(ctx, sessionId)).map((i) => i.email) : [],
    );
    if (input.data.speakers.some((s) => s.email && !invited.has(s.email))) {
      await enforceRateLimit(c, ctx.deps.db.kysely, SPEAKER_INVITE_RATE_LIMIT, [actor.id]);
    }
    const outcome = await programme.saveSession(ctx, actor, event, input.data, {
      sessionId,
      locale: c.get('locale'),
    });
    if (outcome.ok) return c.redirect(`/events/${event.slug}/programme`, 303);
    if (isInvalid(outcome)) {
      const errors = translateProblems(pageContext(c), outcome.problems);
      return sessionPage(c, event, { sessionId, values, errors, status: 422 });
    }
    const warnings = outcome.warnings.map((w) => t(w.key, w.values));
    return sessionPage(c, event, { sessionId, values, warnings, status: 422 });
  }

  async function loadSession(c: Context<AppEnv>) {
    const found = await manage(c);
    const session = await programme.findSession(ctx, found.event, c.req.param('session') ?? '');
    if (!session) throw notFound();
    return { ...found, session };
  }

  app.get('/:slug/programme/sessions/new', async (c) => {
    const { event } = await manage(c);
    return sessionPage(c, event, { values: { kind: 'panel', startsAt: '', endsAt: '' } });
  });
  app.post('/:slug/programme/sessions', (c) => save(c));

  app.get('/:slug/programme/sessions/:session/edit', async (c) => {
    const { event, session } = await loadSession(c);
    const values = await programme.sessionFormValues(ctx, event, session);
    return sessionPage(c, event, { sessionId: session.id, values });
  });
  app.post('/:slug/programme/sessions/:session', async (c) => {
    const { session } = await loadSession(c);
    return save(c, session.id);
  });
  app.post('/:slug/programme/sessions/:session/invitations/:invitation/resend', async (c) => {
    const { event, actor, session } = await loadSession(c);
    const db = ctx.deps.db.kysely;
    const invitation = c.req.param('invitation');
    await enforceRateLimit(c, db, SPEAKER_RESEND_RATE_LIMIT, [invitation]);
    await enforceRateLimit(c, db, SPEAKER_INVITE_RATE_LIMIT, [actor.id]);
    const sent = await resendSpeakerInvitation(
      ctx,
      actor,
      event,
      session,
      invitation,
      c.get('locale'),
    );
    if (!sent) throw notFound();
    return c.redirect(
      `/events/${event.slug}/programme/sessions/${session.id}/edit?notice=programme.invitations.resent`,
      303,
    );
  });
  app.post('/:slug/programme/sessions/:session/invitations/:invitation/withdraw', async (c) => {
    const { event, actor, session } = await loadSession(c);
    const invitation = c.req.param('invitation');
    if (!(await withdrawSpeakerInvitation(ctx, actor, event, session.id, invitation))) {
      throw notFound();
    }
    return c.redirect(
      `/events/${event.slug}/programme/sessions/${session.id}/edit?notice=programme.invitations.withdrawn`,
      303,
    );
  });
  app.post('/:slug/programme/sessions/:session/delete', async (c) => {
    const { event, actor, session } = await loadSession(c);
    await programme.deleteSession(ctx, actor, event, session.id);
    return c.redirect(`/events/${event.slug}/programme`, 303);
  });

  return app;
}

/**
 * The event page's programme section: the next sessions and a link to the programme.
 * @example eventRoutes(events, { sections: [programmeSection(events)] })
 */
export const programmeSection = (ctx: Events): EventPageSection => ({
  slot: 'programme',
  async render(c, { event, scope }) {
    const locale = c.get('locale');
    const data = await programme.sessionsOnly(ctx, event);
    const canManage = can(c.get('actor'), 'event.programme.manage', scope);
    if (data.sessions.length === 0 && !canManage) return null;
    const now = nowIso();
    const upcoming = data.sessions
      .filter((s) => s.ends_at > now)
      .slice(0, 3)
      .map((row) => {
        const s = presentSession(row, data, event.time_zone, locale);
        return {
          id: s.id,
          title: s.title,
          titleLang: s.titleLang,
          when: formatEventTimes(row.starts_at, row.ends_at, event.time_zone, locale),
          startsAtLocal: s.startsAtLocal,
          room: s.room,
        };
      });
    return (
      <ProgrammeSection
        ctx={pageContext(c)}
        slug={event.slug}
        total={data.sessions.length}
        upcoming={upcoming}
        canManage={canManage}
      />
    );
  },
});
