/** The SQL of signing up and in and of first-run setup: people by address, the setup token. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

export const findPersonByEmail = (db: Kysely<Database>, email: string) =>
  db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();
export const markEmailVerified = (db: Kysely<Database>, id: string, at: string) =>
  db
    .updateTable('people')
    .set({ email_verified: 1, updated_at: at })
    .where('id', '=', id)
    .execute();
const SETUP = 'concord-setup';

/** Replaces the first-run setup token (only its hash is stored). */
export async function replaceSetupToken(
  db: Kysely<Database>,
  tokenHash: string,
  id: string,
  at: string,
) {
  await db.deleteFrom('verifications').where('identifier', '=', SETUP).execute();
  await db
    .insertInto('verifications')
    .values({
      id,
      identifier: SETUP,
      value: tokenHash,
      expires_at: '9999-12-31T00:00:00.000Z',
      created_at: at,
      updated_at: at,
    })
    .execute();
}

export const findSetupToken = (db: Kysely<Database>, tokenHash: string) =>
  db
    .selectFrom('verifications')
    .select('id')
    .where('identifier', '=', SETUP)
    .where('value', '=', tokenHash)
    .executeTakeFirst();

/** Consumes the setup token; true only for the one caller that deleted it. */
export const consumeSetupToken = async (db: Kysely<Database>, tokenHash: string) =>
  Number(
    (
      await db
        .deleteFrom('verifications')
        .where('identifier', '=', SETUP)
        .where('value', '=', tokenHash)
        .executeTakeFirst()
    ).numDeletedRows,
  ) === 1;
