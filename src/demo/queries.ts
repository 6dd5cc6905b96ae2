/**
 * The demo's claim: the one row a first start writes first in the transaction that loads the
 * demo. A second process starting at the same moment cannot write it until the first has
 * committed (then it finds it and loads nothing) or rolled back (then it loads the demo itself).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../platform/db/tables.js';

declare module '../platform/db/tables.js' {
  interface Database {
    /** At most one row, id 1: the demo was loaded (migrations/0014_jobs.ts). */
    demo_load: { id: number; loaded_at: string };
  }
}

/**
 * Writes the claim in the caller's transaction: true for the one transaction that wrote it,
 * false when the demo was loaded already. While another transaction holds the claim
 * uncommitted, PostgreSQL makes this wait for its end (inOneTransaction bounds the wait).
 */
export async function claimDemoLoad(db: Kysely<Database>, at: string) {
  const result = await db
    .insertInto('demo_load')
    .values({ id: 1, loaded_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
