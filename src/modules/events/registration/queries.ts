/**
 * The SQL of registrations, check-in and personal calendar feeds. Every change to an event's
 * registrations starts with the event's lock (`lockEvent`, event/rows.ts), so that on
 * PostgreSQL concurrent changes to one event queue on its row; SQLite serialises writers by
 * itself.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { joinPerson } from '../../accounts/index.js';
import { joinOrganization, leftJoinOrganization } from '../../organizations/index.js';
import type { CalendarFeedRow, RegistrationRow, SessionRegistrationRow } from '../tables.js';

type Db = Kysely<Database>;

/**
 * Takes a confirmed seat when one is free: 1 row when taken, 0 when the event is full. The
 * condition is evaluated on the locked row, so two registrants never take one last seat.
 */
export const takeSeat = async (db: Db, eventId: string) =>
  Number(
    (
      await db
        .updateTable('events')
        .set({ confirmed_count: sql`confirmed_count + 1` })
        .where('id', '=', eventId)
        .where((eb) =>
          eb.or([eb('capacity', 'is', null), eb('confirmed_count', '<', eb.ref('capacity'))]),
        )
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** Adds (or with negative numbers, removes) to the event's counters. */
export const adjustEventCounters = (
  db: Db,
  eventId: string,
  delta: { confirmed?: number; waitlisted?: number; attended?: number },
) =>
  db
    .updateTable('events')
    .set({
      confirmed_count: sql`confirmed_count + ${delta.confirmed ?? 0}`,
      waitlisted_count: sql`waitlisted_count + ${delta.waitlisted ?? 0}`,
      attended_count: sql`attended_count + ${delta.attended ?? 0}`,
    })
    .where('id', '=', eventId)
    .execute();

export const findRegistration = (db: Db, eventId: string, personId: string) =>
  db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

export const findRegistrationById = (db: Db, eventId: string, id: string) =>
  db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();

export const codeTaken = async (db: Db, code: string) =>
  (await db
    .selectFrom('event_registrations')
    .select('id')
    .where('code', '=', code)
    .executeTakeFirst()) !== undefined;

export const insertRegistration = (db: Db, row: RegistrationRow) =>
  db.insertInto('event_registrations').values(row).execute();

export const updateRegistration = (db: Db, id: string, values: Partial<RegistrationRow>) =>
  db.updateTable('event_registrations').set(values).where('id', '=', id).execute();

/** The person who registered, as mails and check-in name them. */
export const findRegistrant = (db: Db, registrationId: string) =>
  db
    .selectFrom('event_registrations as r')
    .$call(joinPerson('p', 'r.person_id'))
    .$call(leftJoinOrganization('o', 'r.organization_id'))
    .select([
      'r.id',
      'r.status',
      'r.code',
      'r.attended_at',
      'p.name',
      'p.email',
      'p.locale',
      'o.name as organization_name',
    ])
    .where('r.id', '=', registrationId)
    .executeTakeFirstOrThrow();

/** The longest-waiting person on the event's waiting list, or undefined. */
/** Registrations still in play (a seat, a waiting place or awaiting approval): who hears of a change. */
export const listOpenRegistrationIds = async (db: Db, eventId: string) =>
  (
    await db
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', eventId)
      .where('status', 'in', ['confirmed', 'waitlisted', 'pending'])
      .orderBy('created_at')
      .orderBy('id')
      .execute()
  ).map((r) => r.id);

export const oldestWaitlisted = (db: Db, eventId: string) =>
  db
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('status', '=', 'waitlisted')
    .orderBy('queued_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

/** A registration of this event by its door code (normalised), with the person it names. */
export const findByCode = (db: Db, eventId: string, code: string) =>
  db
    .selectFrom('event_registrations as r')
    .$call(joinPerson('p', 'r.person_id'))
    .$call(leftJoinOrganization('o', 'r.organization_id'))
    .select([
      'r.id',
      'r.status',
      'r.code',
      'r.attended_at',
      'p.name',
      'o.name as organization_name',
    ])
    .where('r.event_id', '=', eventId)
    .where('r.code', '=', code)
    .executeTakeFirst();

/** Marks a confirmed registration attended once: 1 row the first time, 0 after. */
export const markAttended = async (db: Db, id: string, by: string, at: string) =>
  Number(
    (
      await db
        .updateTable('event_registrations')
        .set({ attended_at: at, checked_in_by: by, updated_at: at })
        .where('id', '=', id)
        .where('status', '=', 'confirmed')
        .where('attended_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** Registrations of an event with their person and organisation, as the organisers see them. */
const participants = (db: Db, eventId: string) =>
  db
    .selectFrom('event_registrations as r')
    .$call(joinPerson('p', 'r.person_id'))
    .$call(leftJoinOrganization('o', 'r.organization_id'))
    .select([
      'r.id',
      'r.status',
      'r.code',
      'r.queued_at',
      'r.listed',
      'r.attended_at',
      'r.created_at',
      'p.name',
      'p.email',
      'o.name as organization_name',
    ])
    .where('r.event_id', '=', eventId);

/** Every registration of an event with its person and organisation, by status and queue. */
export const listParticipants = (db: Db, eventId: string) =>
  participants(db, eventId).orderBy('r.status').orderBy('r.queued_at').orderBy('r.id').execute();

/** Where a page of one status's registrations starts: after this place in the queue. */
export type ParticipantCursor = { queuedAt: string; id: string };

/** Registrations of one status in queue order, a page at a time. */
export const listParticipantsOfStatus = (
  db: Db,
  eventId: string,
  status: RegistrationRow['status'],
  page: { after?: ParticipantCursor | undefined; limit: number },
) =>
  participants(db, eventId)
    .where('r.status', '=', status)
    .$if(page.after !== undefined, (q) =>
      q.where((eb) =>
        eb.or([
          eb('r.queued_at', '>', page.after!.queuedAt),
          eb.and([eb('r.queued_at', '=', page.after!.queuedAt), eb('r.id', '>', page.after!.id)]),
        ]),
      ),
    )
    .orderBy('r.queued_at')
    .orderBy('r.id')
    .limit(page.limit)
    .execute();

/** How many registrations the event has of each status (statuses it has none of are left out). */
export const countParticipantsByStatus = async (db: Db, eventId: string) =>
  (
    await db
      .selectFrom('event_registrations')
      .select(['status', (eb) => eb.fn.countAll<number | string>().as('count')])
      .where('event_id', '=', eventId)
      .groupBy('status')
      .execute()
  ).map((r) => ({ status: r.status, count: Number(r.count) }));

/** The organisations whose confirmed participants agreed to be listed, by name. */
export const listListedOrganizations = (db: Db, eventId: string) =>
  db
    .selectFrom('event_registrations as r')
    .$call(joinOrganization('o', 'r.organization_id'))
    .select(['o.slug', 'o.name', 'o.name_translations'])
    .distinct()
    .where('r.event_id', '=', eventId)
    .where('r.status', '=', 'confirmed')
    .where('r.listed', '=', 1)
    .orderBy('o.name')
    .orderBy('o.slug')
    .execute();

/** Events the person holds a confirmed seat at, for their calendar feed. */
export const listConfirmedEvents = (db: Db, personId: string) =>
  db
    .selectFrom('events as e')
    .innerJoin('event_registrations as r', 'r.event_id', 'e.id')
    .selectAll('e')
    .where('r.person_id', '=', personId)
    .where('r.status', '=', 'confirmed')
    .where('e.status', '!=', 'draft')
    .orderBy('e.starts_at')
    .orderBy('e.id')
    .execute();

export const findActiveFeed = (db: Db, personId: string) =>
  db
    .selectFrom('calendar_feeds')
    .selectAll()
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

/** The active feed behind a token's hash, with its owner's language. */
export const findFeedByHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('calendar_feeds as f')
    .$call(joinPerson('p', 'f.person_id'))
    .select(['f.id', 'f.person_id', 'p.locale'])
    .where('f.token_hash', '=', tokenHash)
    .where('f.revoked_at', 'is', null)
    .executeTakeFirst();

export const revokeFeeds = (db: Db, personId: string, at: string) =>
  db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();

export const insertFeed = (db: Db, row: CalendarFeedRow) =>
  db.insertInto('calendar_feeds').values(row).execute();

/** Locks a session's row (after its event's, always in that order) and returns it. */
export async function lockSession(db: Db, eventId: string, sessionId: string) {
  await db
    .updateTable('event_sessions')
    .set({ confirmed_count: sql`confirmed_count` })
    .where('id', '=', sessionId)
    .where('event_id', '=', eventId)
    .execute();
  return db
    .selectFrom('event_sessions')
    .selectAll()
    .where('id', '=', sessionId)
    .where('event_id', '=', eventId)
    .executeTakeFirst();
}

/** Takes a seat in a session when one is free: 1 row when taken, 0 when full. */
export const takeSessionSeat = async (db: Db, sessionId: string) =>
  Number(
    (
      await db
        .updateTable('event_sessions')
        .set({ confirmed_count: sql`confirmed_count + 1` })
        .where('id', '=', sessionId)
        .where((eb) =>
          eb.or([eb('capacity', 'is', null), eb('confirmed_count', '<', eb.ref('capacity'))]),
        )
        .executeTakeFirst()
    ).numUpdatedRows,
  );

export const adjustSessionCounters = (
  db: Db,
  sessionId: string,
  delta: { confirmed?: number; waitlisted?: number },
) =>
  db
    .updateTable('event_sessions')
    .set({
      confirmed_count: sql`confirmed_count + ${delta.confirmed ?? 0}`,
      waitlisted_count: sql`waitlisted_count + ${delta.waitlisted ?? 0}`,
    })
    .where('id', '=', sessionId)
    .execute();

export const findSessionRegistration = (db: Db, sessionId: string, registrationId: string) =>
  db
    .selectFrom('session_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('registration_id', '=', registrationId)
    .executeTakeFirst();

export const insertSessionRegistration = (db: Db, row: SessionRegistrationRow) =>
  db.insertInto('session_registrations').values(row).execute();

export const updateSessionRegistration = (
  db: Db,
  id: string,
  values: Partial<SessionRegistrationRow>,
) => db.updateTable('session_registrations').set(values).where('id', '=', id).execute();

/** The longest-waiting registration on a session's waiting list, or undefined. */
export const oldestSessionWaitlisted = (db: Db, sessionId: string) =>
  db
    .selectFrom('session_registrations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('status', '=', 'waitlisted')
    .orderBy('queued_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();

/** A registration's held session places (confirmed or waiting), to release on cancelling. */
export const listHeldSessionPlaces = (db: Db, registrationId: string) =>
  db
    .selectFrom('session_registrations')
    .selectAll()
    .where('registration_id', '=', registrationId)
    .where('status', 'in', ['confirmed', 'waitlisted'])
    .orderBy('session_id')
    .execute();

/**
 * The event's sessions with limited seats, and the registration's place in each (null
 * when none), by start.
 */
export const listSeatedSessions = (db: Db, eventId: string, registrationId: string | null) =>
  db
    .selectFrom('event_sessions as s')
    .leftJoin('session_registrations as sr', (join) =>
      join.onRef('sr.session_id', '=', 's.id').on('sr.registration_id', '=', registrationId ?? ''),
    )
    .select([
      's.id',
      's.title',
      's.starts_at',
      's.ends_at',
      's.capacity',
      's.confirmed_count',
      's.waitlisted_count',
      'sr.status',
    ])
    .where('s.event_id', '=', eventId)
    .where('s.capacity', 'is not', null)
    .orderBy('s.starts_at')
    .orderBy('s.id')
    .execute();

/** The registrations with these ids as the audit log names them: person and event. */
export const findRegistrationNames = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('event_registrations as r')
        .innerJoin('events as e', 'e.id', 'r.event_id')
        .$call(joinPerson('p', 'r.person_id'))
        .select(['r.id', 'e.slug', 'e.title', 'p.name'])
        .where('r.id', 'in', [...ids])
        .execute();

/** The session places with these ids as the audit log names them: person, session, event. */
export const findSessionPlaceNames = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('session_registrations as sr')
        .innerJoin('event_registrations as r', 'r.id', 'sr.registration_id')
        .innerJoin('event_sessions as s', 's.id', 'sr.session_id')
        .innerJoin('events as e', 'e.id', 's.event_id')
        .$call(joinPerson('p', 'r.person_id'))
        .select(['sr.id', 'sr.registration_id', 'e.slug', 's.title', 'p.name'])
        .where('sr.id', 'in', [...ids])
        .execute();
