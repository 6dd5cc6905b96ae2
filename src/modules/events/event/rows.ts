/**
 * The event's rows as the other capabilities of events reach them: by id or slug, its venue,
 * and under its lock. Registration, programme and check-in ask here instead of running the
 * event's queries, so the event's SQL stays the event's. A file of its own, not service.ts,
 * because service.ts calls registration and programme, which call these: through it they
 * would import each other.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import * as q from './queries.js';

type Db = Kysely<Database>;

export const findEventBySlug = (db: Db, slug: string) => q.findEventBySlug(db, slug);

export const findEventById = (db: Db, id: string) => q.findEventById(db, id);

export const findVenue = (db: Db, id: string) => q.findVenue(db, id);

/**
 * Takes the event's row lock for the rest of `trx` and returns the row as it now stands.
 * Every change to what an event counts (its seats, its programme, its attendance) starts
 * here, so that on PostgreSQL concurrent changes to one event queue on its row.
 */
export const lockEvent = (trx: Db, id: string) => q.lockEvent(trx, id);
