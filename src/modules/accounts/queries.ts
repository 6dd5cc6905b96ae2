/** The accounts module's own SQL (better-auth issues its own through the adapter). */
import { type Kysely, sql } from 'kysely';
import { preparedQuery } from '../../platform/db/prepared.js';
import type { Database } from '../../platform/db/tables.js';
import type { AccountTables } from './tables.js';

/** Lower case as the database's lower() makes it on both engines (Azerbaijani İ becomes i). */
const foldCase = (text: string) => text.replaceAll('İ', 'i').toLowerCase();

export type PersonRow = AccountTables['people'];
export type ApiTokenRow = AccountTables['api_tokens'];

// Counted on every view of the home page: compiled once (platform/db/prepared.ts).
const peopleCount = preparedQuery((db: Kysely<Database>, _: Record<never, never>) =>
  db.selectFrom('people').select((eb) => eb.fn.countAll().as('n')),
);
export const countPeople = async (db: Kysely<Database>) =>
  Number((await peopleCount.first(db, {}))?.n ?? 0);

export const countAdmins = async (db: Kysely<Database>) =>
  Number(
    (
      await db
        .selectFrom('people')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('is_admin', '=', 1)
        .executeTakeFirstOrThrow()
    ).n,
  );

// Looked up for every signed-in request: compiled once (platform/db/prepared.ts).
const personById = preparedQuery((db: Kysely<Database>, p: { id: string }) =>
  db.selectFrom('people').selectAll().where('id', '=', p.id),
);
export const findPersonById = (db: Kysely<Database>, id: string) => personById.first(db, { id });

export const findPersonByEmail = (db: Kysely<Database>, email: string) =>
  db.selectFrom('people').selectAll().where('email', '=', email).executeTakeFirst();

/** People by name or email containing `search`, ordered by name then id for stable paging. */
export const searchPeople = (
  db: Kysely<Database>,
  filter: { search?: string; limit: number; offset: number },
) =>
  db
    .selectFrom('people')
    .selectAll()
    .$if(Boolean(filter.search), (q) => {
      const like = `%${foldCase(filter.search!).replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
      // SQLite's LIKE has no escape character unless one is named (PostgreSQL's is a backslash).
      return q.where(
        sql<boolean>`(lower(name) like ${like} escape '\\' or lower(email) like ${like} escape '\\')`,
      );
    })
    .orderBy('name')
    .orderBy('id')
    .limit(filter.limit)
    .offset(filter.offset)
    .execute();

export const setAdminFlag = (db: Kysely<Database>, id: string, isAdmin: boolean, at: string) =>
  db
    .updateTable('people')
    .set({ is_admin: isAdmin ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();

export const markEmailVerified = (db: Kysely<Database>, id: string, at: string) =>
  db
    .updateTable('people')
    .set({ email_verified: 1, updated_at: at })
    .where('id', '=', id)
    .execute();

export const insertApiToken = (db: Kysely<Database>, row: ApiTokenRow) =>
  db.insertInto('api_tokens').values(row).execute();

export const listApiTokens = (db: Kysely<Database>, personId: string) =>
  db
    .selectFrom('api_tokens')
    .selectAll()
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .execute();

export const revokeApiToken = (db: Kysely<Database>, personId: string, id: string, at: string) =>
  db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

/** Revokes every live token of a person: their password changed, so whatever it let in goes. */
export const revokeApiTokensOfPerson = (db: Kysely<Database>, personId: string, at: string) =>
  db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

/** The live token with this hash, joined to its owner. */
export const findPersonByApiToken = (db: Kysely<Database>, tokenHash: string) =>
  db
    .selectFrom('api_tokens')
    .innerJoin('people', 'people.id', 'api_tokens.person_id')
    .select([
      'api_tokens.id as token_id',
      'api_tokens.last_used_at',
      'people.id',
      'people.name',
      'people.email',
      'people.is_admin',
      'people.locale',
    ])
    .where('api_tokens.token_hash', '=', tokenHash)
    .where('api_tokens.revoked_at', 'is', null)
    .executeTakeFirst();

export const touchApiToken = (db: Kysely<Database>, id: string, at: string) =>
  db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();

/** Ids of all administrators, locked until the transaction ends (PostgreSQL; SQLite's writer lock serialises already). */
export const lockAdminIds = async (db: Kysely<Database>, engine: 'sqlite' | 'postgres') =>
  (
    await db
      .selectFrom('people')
      .select('id')
      .where('is_admin', '=', 1)
      .orderBy('id') // one lock order for every transaction, so two of them cannot deadlock
      .$if(engine === 'postgres', (q) => q.forUpdate())
      .execute()
  ).map((r) => r.id);

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
