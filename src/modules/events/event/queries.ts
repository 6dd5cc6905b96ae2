/** The events module's SQL for events, their venues, organisers, goals and series. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { SearchMatches } from '../../../platform/search/index.js';
import type { EventKind, EventRow, EventStatus, SeriesRow, VenueRow } from '../tables.js';

type Db = Kysely<Database>;

export const insertEvent = (db: Db, row: EventRow) => db.insertInto('events').values(row).execute();

export const updateEvent = (db: Db, id: string, values: Partial<EventRow>) =>
  db.updateTable('events').set(values).where('id', '=', id).execute();

export const findEventBySlug = (db: Db, slug: string) =>
  db.selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirst();

export const findEventById = (db: Db, id: string) =>
  db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();

/** Slug and title (translations as JSON) of the events with these ids; unknown ids are left out. */
export const findEventTitles = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('events')
        .select(['id', 'slug', 'title'])
        .where('id', 'in', [...ids])
        .execute();

/**
 * Takes the event's row lock for the rest of the transaction (a no-op update works on both
 * engines, where SELECT … FOR UPDATE does not) and returns the row as it now stands.
 */
export async function lockEvent(db: Db, eventId: string) {
  await db
    .updateTable('events')
    .set({ confirmed_count: sql`confirmed_count` })
    .where('id', '=', eventId)
    .execute();
  return db.selectFrom('events').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
}

export const eventSlugTaken = async (db: Db, slug: string) =>
  (await db.selectFrom('events').select('id').where('slug', '=', slug).executeTakeFirst()) !==
  undefined;

/**
 * Moves an event from one status to another; 0 rows when it was no longer in `from` (a
 * concurrent transition won), so a transition happens once.
 */
export const updateEventStatus = async (
  db: Db,
  id: string,
  from: EventStatus,
  values: { status: EventStatus; updated_at: string; published_at?: string },
) =>
  Number(
    (
      await db
        .updateTable('events')
        .set(values)
        .where('id', '=', id)
        .where('status', '=', from)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

export const insertVenue = (db: Db, row: VenueRow) => db.insertInto('venues').values(row).execute();

export const updateVenue = (db: Db, id: string, values: Partial<VenueRow>) =>
  db.updateTable('venues').set(values).where('id', '=', id).execute();

export const findVenue = (db: Db, id: string) =>
  db.selectFrom('venues').selectAll().where('id', '=', id).executeTakeFirst();

export const findVenues = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('venues')
        .selectAll()
        .where('id', 'in', [...ids])
        .execute();

export const findSeriesBySlug = (db: Db, slug: string) =>
  db.selectFrom('event_series').selectAll().where('slug', '=', slug).executeTakeFirst();

export const findSeries = (db: Db, id: string) =>
  db.selectFrom('event_series').selectAll().where('id', '=', id).executeTakeFirst();

export const insertSeries = (db: Db, row: SeriesRow) =>
  db.insertInto('event_series').values(row).execute();

export async function replaceEventOrganizers(db: Db, eventId: string, organizationIds: string[]) {
  await db.deleteFrom('event_organizers').where('event_id', '=', eventId).execute();
  if (organizationIds.length > 0) {
    await db
      .insertInto('event_organizers')
      .values(organizationIds.map((organization_id) => ({ event_id: eventId, organization_id })))
      .execute();
  }
}

export const listEventOrganizerIds = async (db: Db, eventId: string) =>
  (
    await db
      .selectFrom('event_organizers')
      .select('organization_id')
      .where('event_id', '=', eventId)
      .execute()
  ).map((r) => r.organization_id);

export async function replaceEventSdgs(db: Db, eventId: string, sdgs: number[]) {
  await db.deleteFrom('event_sdgs').where('event_id', '=', eventId).execute();
  if (sdgs.length > 0) {
    await db
      .insertInto('event_sdgs')
      .values(sdgs.map((sdg) => ({ event_id: eventId, sdg })))
      .execute();
  }
}

export const listEventSdgs = async (db: Db, eventId: string) =>
  (
    await db
      .selectFrom('event_sdgs')
      .select('sdg')
      .where('event_id', '=', eventId)
      .orderBy('sdg')
      .execute()
  ).map((r) => r.sdg);

const PUBLIC_STATUSES: EventStatus[] = ['published', 'cancelled', 'finished'];

/** The side events of a host that the public may see, by start. */
export const listSideEvents = (db: Db, hostId: string) =>
  db
    .selectFrom('events')
    .select(['id', 'slug', 'title', 'starts_at', 'ends_at', 'time_zone', 'status'])
    .where('parent_event_id', '=', hostId)
    .where('status', 'in', PUBLIC_STATUSES)
    .orderBy('starts_at')
    .orderBy('id')
    .execute();

/** Events a side event may belong to: published hosts that have not ended, soonest first. */
export const listHostCandidates = (db: Db, now: string, limit: number) =>
  db
    .selectFrom('events')
    .select(['id', 'slug', 'title', 'starts_at'])
    .where('kind', '!=', 'side_event')
    .where('status', '=', 'published')
    .where('ends_at', '>=', now)
    .orderBy('starts_at')
    .orderBy('id')
    .limit(limit)
    .execute();

export type EventListFilter = {
  when: 'upcoming' | 'past';
  now: string;
  kind: EventKind | undefined;
  country: string | undefined;
  organizationId: string | undefined;
  sdg: number | undefined;
  /** Leave out cancelled events (the home page names only those that take or took place). */
  notCancelled?: boolean;
};
export type EventCursor = { startsAt: string; id: string };

/**
 * One page of public events: upcoming ones (not yet ended) soonest first, past ones latest
 * first, keyset-paged on (starts_at, id). With `matches`, only events the search finds.
 */
export function listEventsPage(
  db: Db,
  filter: EventListFilter,
  options: { after?: EventCursor | undefined; limit: number; matches?: SearchMatches },
) {
  const upcoming = filter.when === 'upcoming';
  const direction = upcoming ? 'asc' : 'desc';
  const { after, matches } = options;
  return db
    .selectFrom('events as e')
    .leftJoin('venues as v', 'v.id', 'e.venue_id')
    .select([
      'e.id',
      'e.slug',
      'e.kind',
      'e.title',
      'e.starts_at',
      'e.ends_at',
      'e.time_zone',
      'e.status',
      'e.online_url',
      'v.name as venue_name',
      'v.city as venue_city',
      'v.country as venue_country',
    ])
    .where('e.status', 'in', PUBLIC_STATUSES)
    .where('e.ends_at', upcoming ? '>=' : '<', filter.now)
    .$if(filter.notCancelled === true, (q) => q.where('e.status', '!=', 'cancelled'))
    .$if(filter.kind !== undefined, (q) => q.where('e.kind', '=', filter.kind!))
    .$if(filter.country !== undefined, (q) => q.where('v.country', '=', filter.country!))
    .$if(filter.organizationId !== undefined, (q) =>
      q.where('e.id', 'in', (eb) =>
        eb
          .selectFrom('event_organizers')
          .select('event_id')
          .where('organization_id', '=', filter.organizationId!),
      ),
    )
    .$if(filter.sdg !== undefined, (q) =>
      q.where('e.id', 'in', (eb) =>
        eb.selectFrom('event_sdgs').select('event_id').where('sdg', '=', filter.sdg!),
      ),
    )
    .$if(matches !== undefined, (q) =>
      q.where('e.id', 'in', (eb) => eb.selectFrom(matches!.as('m')).select('m.doc_id')),
    )
    .$if(after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('e.starts_at', upcoming ? '>' : '<', after!.startsAt),
          eb.and([
            eb('e.starts_at', '=', after!.startsAt),
            eb('e.id', upcoming ? '>' : '<', after!.id),
          ]),
        ]),
      ),
    )
    .orderBy('e.starts_at', direction)
    .orderBy('e.id', direction)
    .limit(options.limit + 1)
    .execute();
}

/** The organisations that organise any public event: the list's organiser filter offers these. */
export const listPublicOrganizerIds = async (db: Db) =>
  (
    await db
      .selectFrom('event_organizers as o')
      .innerJoin('events as e', 'e.id', 'o.event_id')
      .select('o.organization_id')
      .distinct()
      .where('e.status', 'in', PUBLIC_STATUSES)
      .execute()
  ).map((r) => r.organization_id);

/** The countries of public events' venues, for the list's country filter. */
export const listPublicVenueCountries = async (db: Db) =>
  (
    await db
      .selectFrom('events as e')
      .innerJoin('venues as v', 'v.id', 'e.venue_id')
      .select('v.country')
      .distinct()
      .where('e.status', 'in', PUBLIC_STATUSES)
      .where('v.country', 'is not', null)
      .execute()
  ).map((r) => r.country!);

/** What every event is found by in search, with its venue, for indexing them all again. */
export const listSearchSources = (db: Db) =>
  db
    .selectFrom('events as e')
    .leftJoin('venues as v', 'v.id', 'e.venue_id')
    .select([
      'e.id',
      'e.title',
      'e.description',
      'v.name as venue_name',
      'v.city as venue_city',
      'v.country as venue_country',
    ])
    .orderBy('e.id')
    .execute();
