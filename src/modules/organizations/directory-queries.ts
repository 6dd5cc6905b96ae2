/**
 * The directory's SQL: one filtered set of organisations (optionally narrowed by full-text
 * matches), paged by keyset, and the counts behind each facet.
 */
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../platform/db/tables.js';
import type { SearchMatches } from '../../platform/search/index.js';
import type { MembershipStatus } from './tables.js';

type Db = Kysely<Database>;

export type DirectoryFilter = {
  statuses: MembershipStatus[];
  /** Only these countries (a country, a region or the Global South, resolved by the caller). */
  countries?: string[] | undefined;
  sdg?: number | undefined;
  iatiType?: number | undefined;
};

/** Where the page continues: the last row's sort key. */
export type DirectoryCursor = { rank: number; id: string } | { name: string; id: string };

/** Organisations passing `filter`, joined to their search rank when there is a query. */
function filtered(db: Db, filter: DirectoryFilter, matches: SearchMatches | undefined) {
  const query = db.selectFrom('organizations as o');
  const joined = matches
    ? query.innerJoin(matches.as('m'), 'm.doc_id', 'o.id')
    : query.leftJoin(
        (eb) =>
          eb
            .selectFrom('organizations')
            .select([sql<string>`null`.as('doc_id'), sql<number>`0`.as('rank')])
            .where(sql<boolean>`1 = 0`)
            .as('m'),
        (join) => join.on(sql<boolean>`1 = 0`),
      );
  return joined
    .where('o.membership_status', 'in', filter.statuses)
    .$if(filter.countries !== undefined, (q) =>
      filter.countries!.length === 0
        ? q.where(sql<boolean>`1 = 0`)
        : q.where('o.country', 'in', filter.countries!),
    )
    .$if(filter.sdg !== undefined, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('organization_sdgs as s')
            .select('s.sdg')
            .whereRef('s.organization_id', '=', 'o.id')
            .where('s.sdg', '=', filter.sdg!),
        ),
      ),
    )
    .$if(filter.iatiType !== undefined, (q) => q.where('o.iati_type', '=', filter.iatiType!));
}

/** One page of the directory: by rank when searching, else by name; `limit + 1` rows to see if more follow. */
export function listDirectoryPage(
  db: Db,
  filter: DirectoryFilter,
  matches: SearchMatches | undefined,
  after: DirectoryCursor | undefined,
  limit: number,
) {
  const base = filtered(db, filter, matches).select([
    'o.id',
    'o.slug',
    'o.name',
    'o.name_translations',
    'o.acronym',
    'o.country',
    'o.city',
    'o.iati_type',
    'o.membership_status',
    (eb) => eb.fn.coalesce('m.rank', sql<number>`0`).as('rank'),
  ]);
  if (matches) {
    return base
      .$if(after !== undefined && 'rank' in after, (q) => {
        const cursor = after as { rank: number; id: string };
        return q.where((eb) =>
          eb.or([
            eb('m.rank', '<', cursor.rank),
            eb.and([eb('m.rank', '=', cursor.rank), eb('o.id', '>', cursor.id)]),
          ]),
        );
      })
      .orderBy('m.rank', 'desc')
      .orderBy('o.id')
      .limit(limit + 1)
      .execute();
  }
  return base
    .$if(after !== undefined && 'name' in after, (q) => {
      const cursor = after as { name: string; id: string };
      return q.where((eb) =>
        eb.or([
          eb('o.name', '>', cursor.name),
          eb.and([eb('o.name', '=', cursor.name), eb('o.id', '>', cursor.id)]),
        ]),
      );
    })
    .orderBy('o.name')
    .orderBy('o.id')
    .limit(limit + 1)
    .execute();
}

export const countDirectory = async (
  db: Db,
  filter: DirectoryFilter,
  matches: SearchMatches | undefined,
) =>
  Number(
    (
      await filtered(db, filter, matches)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

export const countByCountry = (
  db: Db,
  filter: DirectoryFilter,
  matches: SearchMatches | undefined,
) =>
  filtered(db, filter, matches)
    .select(['o.country as value', (eb) => eb.fn.countAll().as('n')])
    .groupBy('o.country')
    .execute();

export const countByIatiType = (
  db: Db,
  filter: DirectoryFilter,
  matches: SearchMatches | undefined,
) =>
  filtered(db, filter, matches)
    .where('o.iati_type', 'is not', null)
    .select(['o.iati_type as value', (eb) => eb.fn.countAll().as('n')])
    .groupBy('o.iati_type')
    .execute();

export const countBySdg = (db: Db, filter: DirectoryFilter, matches: SearchMatches | undefined) =>
  filtered(db, filter, matches)
    .innerJoin('organization_sdgs as sd', 'sd.organization_id', 'o.id')
    .select(['sd.sdg as value', (eb) => eb.fn.countAll().as('n')])
    .groupBy('sd.sdg')
    .execute();
