/**
 * The directory's SQL. One statement answers a directory request: the page's ids in order, the
 * total and every facet's counts, as rows `{ facet, value, n, rank }`; the page's details are
 * then read by id. Two sources feed it: the organisations themselves when browsing, or, when
 * searching, the full-text matches joined to them once in a materialized common table
 * expression, so that the engine runs the match once per request, not once per count. Counts
 * read `sdg_mask` and `verified_until` (migrations/0010_directory_indexes.ts) from covering
 * indexes; each facet is counted with every filter but its own.
 */
import { type ExpressionBuilder, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../../platform/db/tables.js';
import type { SearchMatch, SearchMatches } from '../../platform/search/index.js';
import type { MembershipStatus } from './tables.js';

type Db = Kysely<Database>;

export type DirectoryFilter = {
  statuses: MembershipStatus[];
  /** Only these countries (a country, a region or the Global South, resolved by the caller). */
  countries?: string[] | undefined;
  sdg?: number | undefined;
  iatiType?: number | undefined;
  /** Only members whose current verification holds on the request's `today`. */
  verified?: boolean | undefined;
};

/** Where the page continues: the last row's sort key. */
export type DirectoryCursor = { rank: number; id: string } | { name: string; id: string };

/**
 * One row of the directory statement. `page`: value = an organisation's id, n = its position.
 * `sdgs`: value = an SDG bit mask and n the organisations with exactly those goals (the caller
 * adds them up per goal). `total`, `verified`: n. `country`, `type`: value and n.
 */
export type DirectoryCountRow = {
  facet: 'page' | 'total' | 'country' | 'sdgs' | 'type' | 'verified';
  value: string | null;
  n: number;
  rank: number | null;
};

export type DirectoryRequest = {
  filter: DirectoryFilter;
  after: DirectoryCursor | undefined;
  /** Rows in the page; one more is asked for, to know whether more follow. */
  limit: number;
  /** YYYY-MM-DD in the instance's time zone: a verification holds through its last day. */
  today: string;
};

/** What the directory reads of an organisation, from either source, named `o`. */
type DirectoryRow = {
  id: string;
  name: string;
  country: string;
  iati_type: number | null;
  membership_status: MembershipStatus;
  /** Bit n − 1 set for SDG n; kept by triggers (migration 0010). */
  sdg_mask: number;
  /** The last day of the current verification; kept by triggers (migration 0010). */
  verified_until: string | null;
  rank: number;
};
type DirectoryDb = {
  o: DirectoryRow;
  m: SearchMatch;
  organizations: Database['organizations'] & Omit<DirectoryRow, 'rank'>;
  found: DirectoryRow;
};
type Source = SelectQueryBuilder<DirectoryDb, 'o', object>;
/** One branch of the statement's UNION ALL. */
type Part = SelectQueryBuilder<DirectoryDb, never, DirectoryCountRow>;

const currentlyVerified = (eb: ExpressionBuilder<DirectoryDb, 'o'>, today: string) =>
  eb.and([eb('o.membership_status', '=', 'member'), eb('o.verified_until', '>=', today)]);

/** `source` narrowed by `filter` (membership statuses are the source's own business). */
function narrowed(source: Source, filter: DirectoryFilter, today: string): Source {
  return source
    .$if(filter.countries !== undefined, (q) =>
      filter.countries!.length === 0
        ? q.where(sql<boolean>`1 = 0`)
        : q.where('o.country', 'in', filter.countries!),
    )
    .$if(filter.sdg !== undefined, (q) =>
      q.where(sql<boolean>`(${sql.ref('o.sdg_mask')} & ${2 ** (filter.sdg! - 1)}) <> 0`),
    )
    .$if(filter.iatiType !== undefined, (q) => q.where('o.iati_type', '=', filter.iatiType!))
    .$if(filter.verified === true, (q) => q.where((eb) => currentlyVerified(eb, today)));
}

const count = sql<number>`count(*)`;
const noRank = sql<number | null>`null`;

/** The page (by rank when searching, else by name) and every count, as one UNION ALL. */
function statement(source: () => Source, request: DirectoryRequest) {
  const { filter, today, after, limit } = request;
  const base = (except: Partial<DirectoryFilter>) =>
    narrowed(source(), { ...filter, ...except }, today);
  const byRank = after === undefined ? undefined : 'rank' in after ? after : undefined;
  const byName = after !== undefined && 'name' in after ? after : undefined;
  const page = (searching: boolean) =>
    base({})
      .$if(searching && byRank !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('o.rank', '<', byRank!.rank),
            eb.and([eb('o.rank', '=', byRank!.rank), eb('o.id', '>', byRank!.id)]),
          ]),
        ),
      )
      .$if(!searching && byName !== undefined, (q) =>
        q.where((eb) =>
          eb.or([
            eb('o.name', '>', byName!.name),
            eb.and([eb('o.name', '=', byName!.name), eb('o.id', '>', byName!.id)]),
          ]),
        ),
      )
      .select(searching ? ['o.id', 'o.rank'] : ['o.id', 'o.name'])
      .$if(searching, (q) => q.orderBy('o.rank', 'desc'))
      .$if(!searching, (q) => q.orderBy('o.name'))
      .orderBy('o.id')
      .limit(limit + 1);
  return { base, page };
}

/** The parts, in the order they are unioned. */
function parts(
  /** Where the statement starts: the database, or the database with a common table expression. */
  db: Pick<Kysely<DirectoryDb>, 'selectFrom'>,
  source: () => Source,
  request: DirectoryRequest,
  searching: boolean,
): Part[] {
  const { base, page } = statement(source, request);
  const position = searching
    ? sql<number>`row_number() over (order by ${sql.ref('p.rank')} desc, ${sql.ref('p.id')})`
    : sql<number>`row_number() over (order by ${sql.ref('p.name')}, ${sql.ref('p.id')})`;
  return [
    db
      .selectFrom(page(searching).as('p'))
      .select([
        sql<string>`'page'`.as('facet'),
        'p.id as value',
        position.as('n'),
        searching ? sql<number | null>`${sql.ref('p.rank')}`.as('rank') : noRank.as('rank'),
      ]),
    base({}).select([
      sql<string>`'total'`.as('facet'),
      sql<string | null>`null`.as('value'),
      count.as('n'),
      noRank.as('rank'),
    ]),
    base({ countries: undefined })
      .select([
        sql<string>`'country'`.as('facet'),
        'o.country as value',
        count.as('n'),
        noRank.as('rank'),
      ])
      .groupBy('o.country'),
    // Grouped by the whole mask, which few enough combinations of goals take to be cheap to
    // add up per goal: one pass, instead of joining every organisation to its goals.
    base({ sdg: undefined })
      .select([
        sql<string>`'sdgs'`.as('facet'),
        sql<string>`cast(${sql.ref('o.sdg_mask')} as text)`.as('value'),
        count.as('n'),
        noRank.as('rank'),
      ])
      .where('o.sdg_mask', '<>', 0)
      .groupBy('o.sdg_mask'),
    base({ iatiType: undefined })
      .where('o.iati_type', 'is not', null)
      .select([
        sql<string>`'type'`.as('facet'),
        sql<string>`cast(${sql.ref('o.iati_type')} as text)`.as('value'),
        count.as('n'),
        noRank.as('rank'),
      ])
      .groupBy('o.iati_type'),
    base({ verified: true }).select([
      sql<string>`'verified'`.as('facet'),
      sql<string | null>`null`.as('value'),
      count.as('n'),
      noRank.as('rank'),
    ]),
  ] as unknown as Part[];
}

const unionAll = (all: Part[]) => all.reduce((union, part) => union.unionAll(part));

/** The directory without a search: organisations by name, and the counts. */
export function listDirectoryByName(db: Db, request: DirectoryRequest) {
  const ddb = db as unknown as Kysely<DirectoryDb>;
  const source = () =>
    ddb
      .selectFrom('organizations as o')
      .where('o.membership_status', 'in', request.filter.statuses) as unknown as Source;
  return unionAll(parts(ddb, source, request, false)).execute();
}

/**
 * The directory narrowed to full-text `matches`: organisations by rank, and the counts. The
 * matching organisations are found once, as `found`, and every part reads them.
 */
export function listDirectoryMatching(db: Db, matches: SearchMatches, request: DirectoryRequest) {
  const ddb = db as unknown as Kysely<DirectoryDb>;
  const found = ddb
    .selectFrom(matches.as('m'))
    // CROSS JOIN keeps the matches as the outer loop on SQLite (PostgreSQL plans freely).
    .crossJoin('organizations as o')
    .whereRef('o.id', '=', 'm.doc_id')
    .where('o.membership_status', 'in', request.filter.statuses)
    .select([
      // Not the name: a search pages by rank, and the covering index has no names.
      'o.id',
      'o.country',
      'o.iati_type',
      'o.membership_status',
      'o.sdg_mask',
      'o.verified_until',
      'm.rank',
    ]);
  const source = () => ddb.selectFrom('found as o') as unknown as Source;
  const start = ddb.with(
    (cte) => cte('found').materialized(),
    () => found,
  );
  return unionAll(parts(start as unknown as Kysely<DirectoryDb>, source, request, true)).execute();
}

/** What a directory row shows, for the ids of one page. */
export const findDirectoryEntries = (db: Db, ids: string[], today: string) =>
  ids.length === 0
    ? Promise.resolve([])
    : (db as unknown as Kysely<DirectoryDb>)
        .selectFrom('organizations as o')
        .select((eb) => [
          'o.id',
          'o.slug',
          'o.name',
          'o.name_translations',
          'o.acronym',
          'o.country',
          'o.city',
          'o.membership_status',
          eb
            .case()
            .when(currentlyVerified(eb as never, today))
            .then(1)
            .else(0)
            .end()
            .as('verified'),
        ])
        .where('o.id', 'in', ids)
        .execute();
