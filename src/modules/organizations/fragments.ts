/**
 * The query fragments through which other modules read organisations' rows: an organisation
 * joined into their query, under a name they choose, with the columns organisations let them
 * read. Only this file (and organisations' own queries) names the `organizations` table, so its
 * shape stays organisations' to change (docs/architecture.md, the `foreign-table` rule).
 *
 *   db.selectFrom('event_registrations as r')
 *     .$call(leftJoinOrganization('o', 'r.organization_id'))
 *     .select(['r.id', 'o.name as organization_name'])
 */
import type { SelectQueryBuilder, StringReference } from 'kysely';
import type { Database } from '../../platform/db/tables.js';
import type { OrganizationTables } from './tables.js';

/** What another module may read of an organisation: who it is and where its page is. */
export type OrganizationColumns = Pick<
  OrganizationTables['organizations'],
  'id' | 'slug' | 'name' | 'name_translations'
>;

/** An organisation left-joined: every column is null where none matched. */
type OptionalOrganizationColumns = {
  [C in keyof OrganizationColumns]: OrganizationColumns[C] | null;
};

/** The query's tables with `Row` under the name `as` (in place of `organizations` if so named). */
type Joined<DB, As extends string, Row> = {
  [T in keyof DB | As]: T extends As ? Row : T extends keyof DB ? DB[T] : never;
};

/**
 * The query after the join, typed as Kysely types its own join; `never` when `on` is no column
 * of the query, so that the next call on it fails to compile.
 */
type WithOrganization<DB, TB extends keyof DB, O, As extends string, On, Row> =
  On extends StringReference<DB, TB> ? SelectQueryBuilder<Joined<DB, As, Row>, TB | As, O> : never;

/** The joins a fragment calls, with the table named as text: the typed result is declared above. */
interface Joins {
  innerJoin(table: string, left: string, right: string): unknown;
  leftJoin(table: string, left: string, right: string): unknown;
}

/** A name for the joined organisation: `organizations` itself (no alias), or one no table has. */
type OrganizationAlias<As extends string> =
  As extends Exclude<keyof Database, 'organizations'> ? never : As;

/**
 * Joins the organisation whose id is in column `on` under the name `as`, keeping only the rows
 * with one. (No other table's name for `as`: its columns would seem to be that table's.)
 * @example db.selectFrom('event_registrations as r').$call(joinOrganization('o', 'r.organization_id'))
 */
export function joinOrganization<As extends string, On extends string>(
  as: OrganizationAlias<As>,
  on: On,
) {
  return <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) =>
    // The cast: Kysely cannot type a join into a query whose tables are a type parameter;
    // WithOrganization is the type its own join gives, narrowed to OrganizationColumns.
    (query as unknown as Joins).innerJoin(
      as === 'organizations' ? 'organizations' : `organizations as ${as}`,
      `${as}.id`,
      on,
    ) as WithOrganization<DB, TB, O, As, On, OrganizationColumns>;
}

/**
 * Joins the organisation whose id is in column `on` (which may be null) under the name `as`,
 * keeping the rows without one, where the organisation's columns are null.
 * @example db.selectFrom('event_registrations as r').$call(leftJoinOrganization('o', 'r.organization_id'))
 */
export function leftJoinOrganization<As extends string, On extends string>(
  as: OrganizationAlias<As>,
  on: On,
) {
  return <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) =>
    // The cast: as in joinOrganization.
    (query as unknown as Joins).leftJoin(
      as === 'organizations' ? 'organizations' : `organizations as ${as}`,
      `${as}.id`,
      on,
    ) as WithOrganization<DB, TB, O, As, On, OptionalOrganizationColumns>;
}
