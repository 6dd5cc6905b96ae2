/**
 * Instance secrets (the key that signs CSRF tokens and the like). Taken from the environment
 * when given; otherwise generated on first start and kept in the database, which for the
 * embedded engine lives in the data directory, and which every process of a PostgreSQL
 * deployment shares, so that several servers agree without configuration.
 */
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso } from './ids.js';
import type { Database } from './tables.js';

/** @example const secret = await instanceSecret(db, 'signing', config.secret) */
export async function instanceSecret(db: Kysely<Database>, name: string, given?: string) {
  if (given) return given;
  await db
    .insertInto('instance_secrets')
    .values({ name, value: randomBytes(32).toString('base64url'), created_at: nowIso() })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db
    .selectFrom('instance_secrets')
    .select('value')
    .where('name', '=', name)
    .executeTakeFirstOrThrow();
  return row.value;
}
