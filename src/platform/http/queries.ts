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

/** Takes one hit back from a window's counter (an attempt that turned out not to count). */
export const decrementRateLimitHits = (db: Kysely<Database>, key: string) =>
  db
    .updateTable('rate_limit_hits')
    .set((eb) => ({ hits: eb('hits', '-', 1) }))
    .where('key', '=', key)
    .where('hits', '>', 0)
    .execute();

/** Forgets a window's counter altogether. */
export const deleteRateLimitHits = (db: Kysely<Database>, key: string) =>
  db.deleteFrom('rate_limit_hits').where('key', '=', key).execute();

export const deleteExpiredRateLimitHits = (db: Kysely<Database>, now: number) =>
  db.deleteFrom('rate_limit_hits').where('expires_at', '<', now).execute();
