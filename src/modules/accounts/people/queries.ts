/**
 * The SQL of people, the accounts module's core: people, and revoking a person's API tokens
 * when their password changes (in settings or by a reset). Each capability's queries.ts holds
 * the rest; better-auth issues its own through the adapter.
 */
import type { Kysely } from 'kysely';
import { preparedQuery } from '../../../platform/db/prepared.js';
import type { Database } from '../../../platform/db/tables.js';
import type { AccountTables } from '../tables.js';

export type PersonRow = AccountTables['people'];

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

export const setAdminFlag = (db: Kysely<Database>, id: string, isAdmin: boolean, at: string) =>
  db
    .updateTable('people')
    .set({ is_admin: isAdmin ? 1 : 0, updated_at: at })
    .where('id', '=', id)
    .execute();
/** Revokes every live token of a person: their password changed, so whatever it let in goes. */
export const revokeApiTokensOfPerson = (db: Kysely<Database>, personId: string, at: string) =>
  db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
