/**
 * The programme's SQL: rooms of an event's venue, sessions with their tags, goals and speakers,
 * and the overlaps the programme refuses (a room) or warns about (a speaker).
 *
 * Speakers on the platform are people who accepted an invitation: their names are joined with
 * the sessions in one query, through accounts' `leftJoinPerson`.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { leftJoinPerson } from '../../accounts/index.js';
import type { RoomRow, SessionRow, SpeakerRow } from '../tables.js';

type Db = Kysely<Database>;

/** A topic as stored: the lower-case tag and its translations as JSON. */
export type SessionTag = { tag: string; translations: string };

export const listRooms = (db: Db, venueId: string) =>
  db.selectFrom('rooms').selectAll().where('venue_id', '=', venueId).orderBy('name').execute();

export const findRoom = (db: Db, venueId: string, id: string) =>
  db
    .selectFrom('rooms')
    .selectAll()
    .where('venue_id', '=', venueId)
    .where('id', '=', id)
    .executeTakeFirst();

export const insertRoom = (db: Db, row: RoomRow) => db.insertInto('rooms').values(row).execute();

export const deleteRoom = (db: Db, id: string) =>
  db.deleteFrom('rooms').where('id', '=', id).execute();

export const updateRoom = (
  db: Db,
  id: string,
  values: Pick<RoomRow, 'name' | 'name_translations' | 'capacity' | 'updated_at'>,
) => db.updateTable('rooms').set(values).where('id', '=', id).execute();

/** Sessions in the room that offer more seats than `capacity`, the largest offer first. */
export const listSessionsOverSeats = (db: Db, roomId: string, capacity: number) =>
  db
    .selectFrom('event_sessions')
    .select(['id', 'title', 'capacity'])
    .where('room_id', '=', roomId)
    .where('capacity', '>', capacity)
    .orderBy('capacity', 'desc')
    .orderBy('starts_at')
    .execute();

export const roomNameTaken = async (db: Db, venueId: string, name: string, exceptId?: string) =>
  (await db
    .selectFrom('rooms')
    .select('id')
    .where('venue_id', '=', venueId)
    .where(sql<string>`lower(name)`, '=', name.toLowerCase())
    .$if(exceptId !== undefined, (q) => q.where('id', '!=', exceptId!))
    .executeTakeFirst()) !== undefined;

/**
 * Takes the room's row lock (PostgreSQL) for the rest of the transaction, so that two writers
 * checking the same room for overlaps take turns; SQLite runs one writer at a time anyway.
 */
export const lockRoom = (db: Db, id: string) =>
  db
    .updateTable('rooms')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .execute();

/**
 * The first session in the room that overlaps [startsAt, endsAt), other than `exceptId`;
 * with `otherThanEvent`, only sessions of other events (whose rooms the venue shares).
 */
export const findRoomOverlap = (
  db: Db,
  roomId: string,
  slot: { startsAt: string; endsAt: string; exceptId: string | undefined; otherThanEvent?: string },
) =>
  db
    .selectFrom('event_sessions')
    .select(['id', 'title', 'starts_at', 'ends_at'])
    .where('room_id', '=', roomId)
    .where('starts_at', '<', slot.endsAt)
    .where('ends_at', '>', slot.startsAt)
    .$if(slot.exceptId !== undefined, (q) => q.where('id', '!=', slot.exceptId!))
    .$if(slot.otherThanEvent !== undefined, (q) => q.where('event_id', '!=', slot.otherThanEvent!))
    .orderBy('starts_at')
    .limit(1)
    .executeTakeFirst();

/**
 * Sessions, in this event or any public one, where one of these people speaks or moderates during
 * [startsAt, endsAt); and sessions of this event with a guest of one of these names.
 */
export const findSpeakerOverlaps = (
  db: Db,
  slot: {
    eventId: string;
    startsAt: string;
    endsAt: string;
    exceptId: string | undefined;
    personIds: string[];
    guestNames: string[];
  },
) =>
  slot.personIds.length === 0 && slot.guestNames.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('session_speakers as sp')
        .innerJoin('event_sessions as s', 's.id', 'sp.session_id')
        .innerJoin('events as e', 'e.id', 's.event_id')
        .$call(leftJoinPerson('p', 'sp.person_id'))
        .select([
          'sp.person_id',
          'sp.guest_name',
          'p.name as person_name',
          's.id as session_id',
          's.title',
          's.starts_at',
          's.ends_at',
          'e.slug as event_slug',
          'e.time_zone',
        ])
        .where('s.starts_at', '<', slot.endsAt)
        .where('s.ends_at', '>', slot.startsAt)
        .$if(slot.exceptId !== undefined, (q) => q.where('s.id', '!=', slot.exceptId!))
        // Other organisers' drafts stay unknown; a cancelled event keeps nobody busy.
        .where((eb) =>
          eb.or([eb('e.id', '=', slot.eventId), eb('e.status', 'in', ['published', 'finished'])]),
        )
        .where((eb) =>
          eb.or([
            ...(slot.personIds.length > 0 ? [eb('sp.person_id', 'in', slot.personIds)] : []),
            ...(slot.guestNames.length > 0
              ? [
                  eb.and([
                    eb('s.event_id', '=', slot.eventId),
                    eb(sql<string>`lower(sp.guest_name)`, 'in', slot.guestNames),
                  ]),
                ]
              : []),
          ]),
        )
        .orderBy('s.starts_at')
        .execute();

export const insertSession = (db: Db, row: SessionRow) =>
  db.insertInto('event_sessions').values(row).execute();

export const updateSession = (db: Db, id: string, values: Partial<SessionRow>) =>
  db.updateTable('event_sessions').set(values).where('id', '=', id).execute();

export const deleteSession = (db: Db, id: string) =>
  db.deleteFrom('event_sessions').where('id', '=', id).execute();

/** How many sessions the event's programme has. */
export const countSessions = async (db: Db, eventId: string) =>
  Number(
    (
      await db
        .selectFrom('event_sessions')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('event_id', '=', eventId)
        .executeTakeFirstOrThrow()
    ).n,
  );

export const findSession = (db: Db, eventId: string, id: string) =>
  db
    .selectFrom('event_sessions')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('id', '=', id)
    .executeTakeFirst();

export async function replaceSessionDetails(
  db: Db,
  sessionId: string,
  details: { tags: SessionTag[]; sdgs: number[]; speakers: SpeakerRow[] },
) {
  await db.deleteFrom('session_tags').where('session_id', '=', sessionId).execute();
  await db.deleteFrom('session_sdgs').where('session_id', '=', sessionId).execute();
  await db.deleteFrom('session_speakers').where('session_id', '=', sessionId).execute();
  if (details.tags.length > 0) {
    await db
      .insertInto('session_tags')
      .values(
        details.tags.map((t) => ({
          session_id: sessionId,
          tag: t.tag,
          tag_translations: t.translations,
        })),
      )
      .execute();
  }
  if (details.sdgs.length > 0) {
    await db
      .insertInto('session_sdgs')
      .values(details.sdgs.map((sdg) => ({ session_id: sessionId, sdg })))
      .execute();
  }
  if (details.speakers.length > 0) {
    await db.insertInto('session_speakers').values(details.speakers).execute();
  }
}

/** An event's sessions by start, with their room's name; `from` keeps those not yet ended. */
export const listSessions = (
  db: Db,
  eventId: string,
  options: { from?: string; limit?: number } = {},
) =>
  db
    .selectFrom('event_sessions as s')
    .leftJoin('rooms as r', 'r.id', 's.room_id')
    .select([
      's.id',
      's.kind',
      's.title',
      's.description',
      's.starts_at',
      's.ends_at',
      's.room_id',
      's.track',
      's.track_translations',
      's.capacity',
      'r.name as room_name',
      'r.name_translations as room_name_translations',
      'r.capacity as room_capacity',
    ])
    .where('s.event_id', '=', eventId)
    .$if(options.from !== undefined, (q) => q.where('s.ends_at', '>', options.from!))
    .orderBy('s.starts_at')
    .orderBy('r.name')
    .orderBy('s.id')
    .$if(options.limit !== undefined, (q) => q.limit(options.limit!))
    .execute();
export type SessionListRow = Awaited<ReturnType<typeof listSessions>>[number];

export const listSessionTags = (db: Db, eventId: string) =>
  db
    .selectFrom('session_tags as t')
    .innerJoin('event_sessions as s', 's.id', 't.session_id')
    .select(['t.session_id', 't.tag', 't.tag_translations'])
    .where('s.event_id', '=', eventId)
    .orderBy('t.tag')
    .execute();

export const listSessionSdgs = (db: Db, eventId: string) =>
  db
    .selectFrom('session_sdgs as g')
    .innerJoin('event_sessions as s', 's.id', 'g.session_id')
    .select(['g.session_id', 'g.sdg'])
    .where('s.event_id', '=', eventId)
    .orderBy('g.sdg')
    .execute();

/** Speakers and moderators of the event’s sessions: named guests, and people who accepted. */
export const listSessionSpeakers = (db: Db, eventId: string) =>
  db
    .selectFrom('session_speakers as sp')
    .innerJoin('event_sessions as s', 's.id', 'sp.session_id')
    .$call(leftJoinPerson('p', 'sp.person_id'))
    .select([
      'sp.session_id',
      'sp.person_id',
      'sp.guest_name',
      'sp.guest_organization',
      'sp.role',
      'sp.position',
      'p.name as person_name',
    ])
    .where('s.event_id', '=', eventId)
    .orderBy('sp.session_id')
    .orderBy('sp.position')
    .execute();
export type SessionSpeakerRow = Awaited<ReturnType<typeof listSessionSpeakers>>[number];
