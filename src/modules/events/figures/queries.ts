/**
 * The SQL behind an event's participation figures: one pass over the event's registrations,
 * grouped by the organisation represented, counting confirmed and attended people in the same
 * scan. Where the organisations are and what type they are comes from the organisations module.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

/**
 * Per organisation represented (null: people who came for themselves), how many confirmed
 * registrations and how many attendances. Only rows that count either way are read.
 */
export const countParticipantsByOrganization = (db: Db, eventId: string) =>
  db
    .selectFrom('event_registrations')
    .select((eb) => [
      'organization_id',
      eb.fn
        .sum<number | string>(eb.case().when('status', '=', 'confirmed').then(1).else(0).end())
        .as('confirmed'),
      eb.fn
        .sum<number | string>(eb.case().when('attended_at', 'is not', null).then(1).else(0).end())
        .as('attended'),
    ])
    .where('event_id', '=', eventId)
    .where((eb) => eb.or([eb('status', '=', 'confirmed'), eb('attended_at', 'is not', null)]))
    .groupBy('organization_id')
    .execute();
