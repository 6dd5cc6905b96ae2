/**
 * The directory's SQL. The directory filters, counts and ranks in memory
 * (facets.ts): here are what it loads, the revision that tells it when to load again,
 * and what a page's rows show.
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { MembershipStatus } from '../tables.js';

type Db = Kysely<Database>;

/** The directory's revision (migrations/0013_directory_revision.ts). */
export const readDirectoryRevision = async (db: Db) =>
  Number(
    (
      await db
        .selectFrom('directory_revision')
        .select('revision')
        .where('id', '=', 1)
        .executeTakeFirstOrThrow()
    ).revision,
  );

/** Every organisation as the directory holds it in memory (facets.ts), column by column. */
export type DirectoryFacetColumns = {
  id: string[];
  name: string[];
  membership_status: MembershipStatus[];
  country: string[];
  iati_type: (number | null)[];
  /** Kept by triggers (migration 0010). */
  sdg_mask: number[];
  verified_until: (string | null)[];
};
const FACET_COLUMNS = [
  'id',
  'name',
  'membership_status',
  'country',
  'iati_type',
  'sdg_mask',
  'verified_until',
] as const;

/**
 * What the directory filters, counts and sorts every organisation by, in the order it lists
 * them (by name, as the database compares names). As JSON arrays rather than rows: 100,000
 * organisations cross into JavaScript several times faster as a few values than as row objects.
 * On SQLite a covering index (migration 0013) gives the order without sorting, and the arrays
 * aggregate in that order; PostgreSQL is told the order inside one aggregate of rows.
 */
export async function listDirectoryFacetColumns(db: Db): Promise<DirectoryFacetColumns> {
  if (db.getExecutor().adapter instanceof SqliteAdapter) {
    const { rows } = await sql<Record<keyof DirectoryFacetColumns, string>>`
      select ${sql.join(FACET_COLUMNS.map((c) => sql`json_group_array(${sql.ref(`o.${c}`)}) as ${sql.ref(c)}`))}
      from (select ${sql.join(FACET_COLUMNS.map((c) => sql.ref(c)))} from organizations
            order by name, id limit -1) as o`.execute(db);
    return Object.fromEntries(
      FACET_COLUMNS.map((c) => [c, JSON.parse(rows[0]?.[c] ?? '[]')]),
    ) as DirectoryFacetColumns;
  }
  const { rows } = await sql<{ rows: unknown[][] | null }>`
    select json_agg(json_build_array(${sql.join(FACET_COLUMNS.map((c) => sql.ref(`o.${c}`)))})
                    order by o.name, o.id) as rows
    from organizations as o`.execute(db);
  const all = rows[0]?.rows ?? [];
  return Object.fromEntries(
    FACET_COLUMNS.map((c, k) => [c, all.map((row) => row[k])]),
  ) as DirectoryFacetColumns;
}

/** What a directory row shows, for the ids of one page. */
export const findDirectoryEntries = (db: Db, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('organizations')
        .select([
          'id',
          'slug',
          'name',
          'name_translations',
          'acronym',
          'country',
          'city',
          'membership_status',
        ])
        .where('id', 'in', ids)
        .execute();
