/**
 * The query fragments through which other modules read accounts' rows: a person joined into
 * their query, under a name they choose, with the columns accounts let them read. Only this
 * file (and accounts' own queries) names the `people` table, so its shape stays accounts' to
 * change (docs/architecture.md, the `foreign-table` rule).
 *
 * A fragment is applied with Kysely's `$call`, and the query goes on to read the columns
 * through the name it gave:
 *
 *   db.selectFrom('event_registrations as r')
 *     .$call(joinPerson('p', 'r.person_id'))
 *     .select(['r.id', 'p.name', 'p.email'])
 */
import type { SelectQueryBuilder, StringReference } from 'kysely';
import type { Database } from '../../platform/db/tables.js';
import type { AccountTables } from './tables.js';

/** What another module may read of a person: who they are and how to write to them. */
export type PersonColumns = Pick<AccountTables['people'], 'id' | 'name' | 'email' | 'locale'>;

/** A person left-joined: every column is null where no person matched. */
type OptionalPersonColumns = { [C in keyof PersonColumns]: PersonColumns[C] | null };

/** The query's tables with `Row` under the name `as` (in place of `people` itself when so named). */
type Joined<DB, As extends string, Row> = {
  [T in keyof DB | As]: T extends As ? Row : T extends keyof DB ? DB[T] : never;
};

/**
 * The query after the join, typed as Kysely types its own join; `never` when `on` is no column
 * of the query, so that the next call on it fails to compile.
 */
type WithPerson<DB, TB extends keyof DB, O, As extends string, On, Row> =
  On extends StringReference<DB, TB> ? SelectQueryBuilder<Joined<DB, As, Row>, TB | As, O> : never;

/** The joins a fragment calls, with the table named as text: the typed result is declared above. */
interface Joins {
  innerJoin(table: string, left: string, right: string): unknown;
  leftJoin(table: string, left: string, right: string): unknown;
}

/** A name for the joined person: `people` itself (no alias), or a name no table has. */
type PersonAlias<As extends string> = As extends Exclude<keyof Database, 'people'> ? never : As;

/**
 * Joins the person whose id is in column `on` under the name `as`, keeping only the rows with a
 * person. (No other table's name for `as`: the person's columns would seem to be that table's.)
 * @example db.selectFrom('organization_members as m').$call(joinPerson('p', 'm.person_id'))
 */
export function joinPerson<As extends string, On extends string>(as: PersonAlias<As>, on: On) {
  return <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) =>
    // The cast: Kysely cannot type a join into a query whose tables are a type parameter;
    // WithPerson is the type its own join gives, narrowed to PersonColumns.
    (query as unknown as Joins).innerJoin(
      as === 'people' ? 'people' : `people as ${as}`,
      `${as}.id`,
      on,
    ) as WithPerson<DB, TB, O, As, On, PersonColumns>;
}

/**
 * Joins the person whose id is in column `on` (which may be null) under the name `as`, keeping
 * the rows without one, where the person's columns are null.
 * @example db.selectFrom('session_speakers as sp').$call(leftJoinPerson('p', 'sp.person_id'))
 */
export function leftJoinPerson<As extends string, On extends string>(as: PersonAlias<As>, on: On) {
  return <DB, TB extends keyof DB, O>(query: SelectQueryBuilder<DB, TB, O>) =>
    // The cast: as in joinPerson.
    (query as unknown as Joins).leftJoin(
      as === 'people' ? 'people' : `people as ${as}`,
      `${as}.id`,
      on,
    ) as WithPerson<DB, TB, O, As, On, OptionalPersonColumns>;
}
