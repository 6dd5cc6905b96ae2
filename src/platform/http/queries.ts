import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';

/** Adds one hit to a window's counter and returns the new count, atomically on both engines. */
export async function incrementRateLimitHits(db: Kysely<Database>, key: string, expiresAt: number) {
  const row = await db
    .insertInto('rate_limit_hits')
    .values({ key, hits: 1, expires_at: expiresAt })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => ({ hits: eb('rate_limit_hits.hits', '+', 1) })),
    )
    .returning('hits')
    .executeTakeFirstOrThrow();
  return Number(row.hits);
}

export const deleteExpiredRateLimitHits = (db: Kysely<Database>, now: number) =>
  db.deleteFrom('rate_limit_hits').where('expires_at', '<', now).execute();
