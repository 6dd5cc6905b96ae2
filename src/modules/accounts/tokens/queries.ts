/** The SQL of personal API tokens (a changed password revokes them: people/service.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { AccountTables } from '../tables.js';

export type ApiTokenRow = AccountTables['api_tokens'];

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
