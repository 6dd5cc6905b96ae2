/** The SQL of the administration pages: finding people, locking the administrators. */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

/** Lower case as the database's lower() makes it on both engines (Azerbaijani İ becomes i). */
const foldCase = (text: string) => text.replaceAll('İ', 'i').toLowerCase();
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
/** Name and address of the people with these ids, for the audit page; unknown ids are left out. */
export const findPeopleByIds = (db: Kysely<Database>, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('people')
        .select(['id', 'name', 'email'])
        .where('id', 'in', [...ids])
        .execute();
