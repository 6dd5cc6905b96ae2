/**
 * The demo's claim: the one row a first start writes first in the transaction that loads the
 * demo. A second process starting at the same moment cannot write it until the first has
 * committed (then it finds it and loads nothing) or rolled back (then it loads the demo itself).
 */
import { type Kysely, sql } from 'kysely';
import type { Engine } from '../platform/db/connection.js';
import type { Database } from '../platform/db/tables.js';

declare module '../platform/db/tables.js' {
  interface Database {
    /** At most one row, id 1: the demo was loaded (migrations/0014_jobs.ts). */
    demo_load: { id: number; loaded_at: string };
  }
}

/**
 * Writes the claim in the caller's transaction: true for the one transaction that wrote it,
 * false when the demo was loaded already. PostgreSQL waits at most two seconds for a claim that
 * another transaction holds uncommitted, then fails with lock_not_available (55P03), so that
 * the caller waits between tries instead of inside one statement.
 */
export async function claimDemoLoad(db: Kysely<Database>, engine: Engine, at: string) {
  if (engine === 'postgres') await sql`set local lock_timeout = '2s'`.execute(db);
  const result = await db
    .insertInto('demo_load')
    .values({ id: 1, loaded_at: at })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst();
  if (engine === 'postgres') await sql`set local lock_timeout to default`.execute(db);
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}
