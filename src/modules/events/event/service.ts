/**
 * The rules of events: creating and editing them on behalf of organisations the actor manages,
 * and moving them through draft → published → (cancelled | finished). Every change is one
 * transaction with its search entry and its audit record: all of it lands, or none.
 */
import slugify from '@sindresorhus/slugify';
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { retryOnUniqueViolation } from '../../../platform/db/retry.js';
import { allocateSlug } from '../../../platform/db/slugs.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { type Invalid, invalid, type Refused, refused } from '../../../platform/outcome.js';
import {
  managedOrganizations,
  networkMemberSummaries,
  organizationSummaries,
} from '../../organizations/index.js';
import type { Events } from '../context.js';
import type { EventScope } from '../policy.js';
import { fitProgrammeToDates } from '../programme/dates.js';
import { mailRegistrants } from '../registration/mail.js';
import { fillFreeSeats } from '../registration/service.js';
import type { EventRow, EventStatus } from '../tables.js';
import * as q from './queries.js';
import type { EventSaveInput } from './schema.js';
import { EVENTS_COLLECTION, searchDocument } from './search.js';

const json = (texts: Record<string, string | undefined>) =>
  JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([, v]) => v)));

/** Ids of the organisations the actor owns or administers. */
async function managedIds(ctx: Events, actor: Actor | null) {
  if (!actor) return new Set<string>();
  const managed = await managedOrganizations(ctx.organizations, actor.id, 'en');
  return new Set(managed.map((o) => o.id));
}

/** The event behind a slug, its organisers and the actor's relation to it, or undefined. */
export async function loadEvent(ctx: Events, slug: string, actor: Actor | null) {
  const db = ctx.deps.db.kysely;
  const event = await q.findEventBySlug(db, slug);
  if (!event) return undefined;
  const organizerIds = await q.listEventOrganizerIds(db, event.id);
  const [managed, members] = await Promise.all([
    managedIds(ctx, actor),
    networkMemberSummaries(ctx.organizations, organizerIds, 'en'),
  ]);
  const scope: EventScope = {
    status: event.status,
    organizer: organizerIds.some((id) => managed.has(id)),
    admitted: members.length === new Set(organizerIds).size,
  };
  return { event, organizerIds, scope };
}

/** Whether the actor manages any organisation, i.e. may organise events at all. */
export const createScope = async (ctx: Events, actor: Actor | null): Promise<EventScope> => ({
  status: 'draft',
  organizer: (await managedIds(ctx, actor)).size > 0,
  admitted: false,
});

/**
 * Those of the organiser organisations that are not network members (never admitted, or
 * suspended since), by name: they keep an event from being published by its organisers, and
 * no public page names them.
 */
export async function organizersNotMembers(
  ctx: Events,
  organizerIds: readonly string[],
  locale: Locale,
) {
  const [all, members] = await Promise.all([
    organizationSummaries(ctx.organizations, organizerIds, locale),
    networkMemberSummaries(ctx.organizations, organizerIds, locale),
  ]);
  const member = new Set(members.map((o) => o.id));
  return all.filter((o) => !member.has(o.id));
}

/**
 * What the event page shows beside the event's own row. Its organisers are the network members
 * among them, since the page is public; `everyOrganizer` gives all of them, for their own forms.
 */
export async function eventDetails(
  ctx: Events,
  event: EventRow,
  locale: Locale,
  options: { everyOrganizer?: boolean } = {},
) {
  const db = ctx.deps.db.kysely;
  const [organizerIds, sdgs, venue, series, parent, sideEvents] = await Promise.all([
    q.listEventOrganizerIds(db, event.id),
    q.listEventSdgs(db, event.id),
    event.venue_id ? q.findVenue(db, event.venue_id) : undefined,
    event.series_id ? q.findSeries(db, event.series_id) : undefined,
    event.parent_event_id ? q.findEventById(db, event.parent_event_id) : undefined,
    q.listSideEvents(db, event.id),
  ]);
  const organizers = await (options.everyOrganizer
    ? organizationSummaries
    : networkMemberSummaries)(ctx.organizations, organizerIds, locale);
  return {
    organizers,
    sdgs,
    venue: venue ?? null,
    series: series ?? null,
    // A draft host stays unknown to the side event's visitors.
    parent: parent && parent.status !== 'draft' ? parent : null,
    sideEvents,
  };
}
export type EventDetails = Awaited<ReturnType<typeof eventDetails>>;

/** The organisations the actor may name as organisers, and published hosts for side events. */
export async function formChoices(ctx: Events, actor: Actor, locale: Locale) {
  const [organizations, hosts] = await Promise.all([
    managedOrganizations(ctx.organizations, actor.id, locale),
    q.listHostCandidates(ctx.deps.db.kysely, nowIso(), 200),
  ]);
  return { organizations, hosts };
}

/**
 * Runs a transaction again when it lost a race for a unique name (two forms creating one
 * series), up to eight times. Slugs of events race in allocateSlug instead.
 */
const retryOnSeriesRace = <T>(write: () => Promise<T>) => retryOnUniqueViolation(write, 8);

/** The series named in the form, created on first use; null without one. */
async function seriesId(db: Kysely<Database>, title: string | null, now: string) {
  if (!title) return null;
  const slug = slugify(title).slice(0, 80) || 'series';
  const found = await q.findSeriesBySlug(db, slug);
  if (found) return found.id;
  const id = newId();
  await q.insertSeries(db, {
    id,
    slug,
    title: JSON.stringify({ en: title }),
    created_at: now,
    updated_at: now,
  });
  return id;
}

/**
 * The host a side event belongs to: a published event that is no side event itself. The host
 * it already has stays acceptable after the host finishes, so the side event remains editable.
 */
async function hostId(ctx: Events, slug: string | null, self?: EventRow) {
  if (!slug) return { ok: true as const, id: null };
  const host = await q.findEventBySlug(ctx.deps.db.kysely, slug);
  if (host && self && host.id === self.parent_event_id) return { ok: true as const, id: host.id };
  if (!host || host.kind === 'side_event' || host.status !== 'published' || host.id === self?.id) {
    return { ok: false as const };
  }
  return { ok: true as const, id: host.id };
}

/** The venue's row for the event: updated in place, created, or let go (rooms keep theirs). */
async function saveVenue(
  db: Kysely<Database>,
  venue: EventSaveInput['venue'],
  currentId: string | null,
  now: string,
) {
  if (!venue) return null;
  if (currentId) {
    await q.updateVenue(db, currentId, { ...venue, updated_at: now });
    return currentId;
  }
  const id = newId();
  await q.insertVenue(db, { id, ...venue, created_at: now, updated_at: now });
  return id;
}

const eventValues = (input: EventSaveInput) => ({
  kind: input.kind,
  title: json(input.title),
  description: json(input.description),
  starts_at: input.startsAt,
  ends_at: input.endsAt,
  time_zone: input.timeZone,
  online_url: input.onlineUrl,
  registration_mode: input.registrationMode,
  capacity: input.capacity,
  registration_deadline: input.registrationDeadline,
});

/** Creates a draft on behalf of organisations the actor manages (every one named must be). */
export async function createEvent(
  ctx: Events,
  actor: Actor,
  input: EventSaveInput,
): Promise<{ ok: true; id: string; slug: string } | Invalid> {
  const managed = await managedIds(ctx, actor);
  if (input.organizers.length === 0) {
    return invalid('organizers', 'validation.event.organizers.required');
  }
  if (input.organizers.some((id) => !managed.has(id))) {
    return invalid('organizers', 'validation.event.organizers.notManaged');
  }
  const host = await hostId(ctx, input.parent);
  if (!host.ok) return invalid('parent', 'validation.event.parent.invalid');
  const id = newId();
  const now = nowIso();
  const slug = await retryOnSeriesRace(() =>
    ctx.deps.db.kysely.transaction().execute(async (tx) => {
      const venueId = await saveVenue(tx, input.venue, null, now);
      const series = await seriesId(tx, input.series, now);
      const title = input.title.en ?? input.title.az ?? input.title.ru ?? '';
      const slug = await allocateSlug(tx, {
        text: `${title} ${input.startsAt.slice(0, 4)}`,
        maxLength: 80,
        fallback: 'event',
        taken: (slug) => q.eventSlugTaken(tx, slug),
        insert: (slug) =>
          q.insertEvent(tx, {
            id,
            slug,
            ...eventValues(input),
            series_id: series,
            parent_event_id: host.id,
            venue_id: venueId,
            status: 'draft',
            confirmed_count: 0,
            waitlisted_count: 0,
            attended_count: 0,
            published_at: null,
            created_by: actor.id,
            created_at: now,
            updated_at: now,
          }),
      });
      await q.replaceEventOrganizers(tx, id, input.organizers);
      await q.replaceEventSdgs(tx, id, input.sdgs);
      await ctx.search.index(tx, EVENTS_COLLECTION, id, searchDocument(input));
      await recordAudit(tx, {
        action: 'event.create',
        actor: auditActor(actor),
        subject: { type: 'event', id },
        details: { organizers: input.organizers },
      });
      return slug;
    }),
  );
  return { ok: true, id, slug };
}

/**
 * Saves the form over an event. The actor changes only their own organisations among the
 * organisers; co-organisers they do not manage stay. The slug never changes (links keep working).
 * New dates must suit the programme: with `moveProgramme`, a wholesale move takes every session
 * along; otherwise sessions outside the new dates stop the save (see programme/dates.ts).
 */
export async function updateEvent(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  input: EventSaveInput,
  options: { moveProgramme?: boolean; locale?: Locale } = {},
): Promise<{ ok: true } | Invalid> {
  const db = ctx.deps.db.kysely;
  const [managed, current] = await Promise.all([
    managedIds(ctx, actor),
    q.listEventOrganizerIds(db, event.id),
  ]);
  if (input.organizers.some((id) => !managed.has(id))) {
    return invalid('organizers', 'validation.event.organizers.notManaged');
  }
  const organizers = [
    ...new Set([...current.filter((id) => !managed.has(id)), ...input.organizers]),
  ];
  if (organizers.length === 0) {
    return invalid('organizers', 'validation.event.organizers.required');
  }
  const host = await hostId(ctx, input.parent, event);
  if (!host.ok) return invalid('parent', 'validation.event.parent.invalid');
  // Seats already given stay given: the database refuses fewer seats than confirmed people.
  if (input.capacity !== null && input.capacity < event.confirmed_count) {
    return invalid('capacity', 'validation.event.capacity.belowConfirmed');
  }
  const now = nowIso();
  return retryOnSeriesRace(() =>
    db.transaction().execute(async (tx): Promise<{ ok: true } | Invalid> => {
      const locked = await q.lockEvent(tx, event.id);
      const programme = await fitProgrammeToDates(tx, locked, input, {
        moveProgramme: options.moveProgramme ?? false,
        locale: options.locale ?? ctx.deps.config.defaultLocale,
      });
      if (!programme.ok) return programme;
      await q.updateEvent(tx, event.id, {
        ...eventValues(input),
        series_id: await seriesId(tx, input.series, now),
        parent_event_id: host.id,
        venue_id: await saveVenue(tx, input.venue, event.venue_id, now),
        updated_at: now,
      });
      const saved = await q.findEventById(tx, event.id);
      if (
        saved &&
        saved.status === 'published' &&
        (saved.starts_at !== locked.starts_at || saved.ends_at !== locked.ends_at)
      ) {
        await mailRegistrants(ctx, tx, saved, 'eventMoved');
      }
      // A raised capacity gives the new seats to the waiting list at once.
      await fillFreeSeats(ctx, tx, event.id);
      await q.replaceEventOrganizers(tx, event.id, organizers);
      await q.replaceEventSdgs(tx, event.id, input.sdgs);
      await ctx.search.index(tx, EVENTS_COLLECTION, event.id, searchDocument(input));
      await recordAudit(tx, {
        action: 'event.update',
        actor: auditActor(actor),
        subject: { type: 'event', id: event.id },
      });
      if (programme.moved > 0) {
        await recordAudit(tx, {
          action: 'event.programme.move',
          actor: auditActor(actor),
          subject: { type: 'event', id: event.id },
          details: { sessions: programme.moved, shiftMinutes: programme.shiftMinutes },
        });
      }
      return { ok: true };
    }),
  );
}

export const TRANSITIONS = {
  publish: { from: ['draft'], to: 'published' },
  cancel: { from: ['draft', 'published'], to: 'cancelled' },
  finish: { from: ['published'], to: 'finished' },
} as const satisfies Record<string, { from: readonly EventStatus[]; to: EventStatus }>;
export type EventTransition = keyof typeof TRANSITIONS;

/**
 * Moves the event to the transition's status. Refused (409) when the event is not in a state
 * it leads from, including when a concurrent request moved it first, and publishing by an
 * organiser while an organiser organisation is not a network member (naming it).
 */
export async function transitionEvent(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  transition: EventTransition,
  locale: Locale = ctx.deps.config.defaultLocale,
): Promise<{ ok: true } | Refused> {
  const { from, to } = TRANSITIONS[transition];
  if (!(from as readonly EventStatus[]).includes(event.status)) {
    return refused(409, 'event.transition.refused');
  }
  if (to === 'published' && !actor.isAdmin) {
    const organizerIds = await q.listEventOrganizerIds(ctx.deps.db.kysely, event.id);
    const notMembers = await organizersNotMembers(ctx, organizerIds, locale);
    if (notMembers.length > 0) {
      const names = notMembers.map((o) => `«${o.name}»`).join(', ');
      return refused(409, 'event.publish.notMembers', { names });
    }
  }
  const now = nowIso();
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const moved = await q.updateEventStatus(tx, event.id, event.status, {
      status: to,
      updated_at: now,
      ...(to === 'published' ? { published_at: event.published_at ?? now } : {}),
    });
    if (moved === 0) return refused(409, 'event.transition.refused');
    if (to === 'cancelled')
      await mailRegistrants(ctx, tx, { ...event, status: to }, 'eventCancelled');
    await recordAudit(tx, {
      action: `event.${transition}`,
      actor: auditActor(actor),
      subject: { type: 'event', id: event.id },
      details: { from: event.status, to },
    });
    return { ok: true };
  });
}
