/** The SQL behind the audience of an event's or a session's conversations. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

export const findEventById = (db: Db, id: string) =>
  db
    .selectFrom('events')
    .select(['id', 'slug', 'title', 'status'])
    .where('id', '=', id)
    .executeTakeFirst();

export const findSessionById = (db: Db, id: string) =>
  db
    .selectFrom('event_sessions')
    .select(['id', 'event_id', 'title'])
    .where('id', '=', id)
    .executeTakeFirst();

export const listOrganizerIds = async (db: Db, eventId: string) =>
  (
    await db
      .selectFrom('event_organizers')
      .select('organization_id')
      .where('event_id', '=', eventId)
      .execute()
  ).map((r) => r.organization_id);

/** Whether the person holds a confirmed registration for the event. */
export const hasConfirmedRegistration = async (db: Db, eventId: string, personId: string) =>
  (await db
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('person_id', '=', personId)
    .where('status', '=', 'confirmed')
    .executeTakeFirst()) !== undefined;
