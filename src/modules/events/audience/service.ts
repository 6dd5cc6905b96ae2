/**
 * Who an event's or a session's conversations are for, told to modules above events (the
 * discussions) without their reading events' tables: the event and session as pages name
 * them, and the reader's relation to the event: may they see it at all, do they organise it,
 * do they hold a confirmed seat.
 */
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  pickedLanguage,
  pickTranslation,
} from '../../../platform/i18n/translations.js';
import { managedOrganizations } from '../../organizations/index.js';
import type { Events } from '../context.js';
import { can } from '../policy.js';
import type { EventStatus } from '../tables.js';
import * as q from './queries.js';

export type EventPartRef = { kind: 'event' | 'session'; id: string };

export type EventAudience = {
  event: {
    id: string;
    slug: string;
    title: string;
    titleLang: string | undefined;
    status: EventStatus;
  };
  /** The session, when the reference names one. */
  session: { id: string; title: string; titleLang: string | undefined } | null;
  /** Its page: the event's, or the session's place in the programme. */
  href: string;
  /** The reader may see the event (a draft is its organisers' and administrators'). */
  visible: boolean;
  /** The reader is an owner or admin of one of its organiser organisations. */
  organizer: boolean;
  /** The reader holds a confirmed registration for the event. */
  participant: boolean;
};

const titled = (json: string, locale: Locale) => {
  const titles = parseTranslations(json);
  return { title: pickTranslation(titles, locale), titleLang: pickedLanguage(titles, locale) };
};

/**
 * The event or session `ref` names, and the reader's relation to its event; undefined when
 * there is no such event or session.
 * @example const audience = await eventAudience(events, actor, { kind: 'session', id }, 'az')
 */
export async function eventAudience(
  ctx: Events,
  actor: Actor | null,
  ref: EventPartRef,
  locale: Locale,
): Promise<EventAudience | undefined> {
  const db = ctx.deps.db.kysely;
  const session = ref.kind === 'session' ? await q.findSessionById(db, ref.id) : undefined;
  if (ref.kind === 'session' && !session) return undefined;
  const event = await q.findEventById(db, session?.event_id ?? ref.id);
  if (!event) return undefined;
  const [organizerIds, managed, participant] = await Promise.all([
    q.listOrganizerIds(db, event.id),
    actor ? managedOrganizations(ctx.organizations, actor.id, locale) : [],
    actor ? q.hasConfirmedRegistration(db, event.id, actor.id) : false,
  ]);
  const organizer = managed.some((o) => organizerIds.includes(o.id));
  const visible = can(actor, 'event.view', { status: event.status, organizer, admitted: true });
  return {
    event: { id: event.id, slug: event.slug, status: event.status, ...titled(event.title, locale) },
    session: session ? { id: session.id, ...titled(session.title, locale) } : null,
    href: session
      ? `/events/${event.slug}/programme#session-${session.id}`
      : `/events/${event.slug}`,
    visible,
    organizer,
    participant,
  };
}
