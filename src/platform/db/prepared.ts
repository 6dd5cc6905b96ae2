/**
 * Fixed-shape queries compiled once, for the hot lookups that run on every request.
 *
 * Building and compiling a Kysely query costs a few microseconds, and going through Kysely's
 * executor and SQLite driver (connection mutex, promises) a few more: together more than the
 * indexed lookup itself (docs/performance.md). A prepared query is built once per database
 * dialect with named placeholders, then run with the caller's values: on the SQLite database
 * opened by `openDatabase()` it calls the cached better-sqlite3 statement directly (unless a
 * transaction is open on the connection, when it queues behind it through Kysely as before); on
 * PostgreSQL, in a transaction, or on any other Kysely it runs the same compiled query through
 * `db.executeQuery`, so plugins, logging and both engines behave as for any other query.
 *
 * The SQL stays in the module's queries.ts; only the way it is run changes.
 */
import { type Compilable, CompiledQuery, type Kysely } from 'kysely';

/** A value the query will be given when it runs, named in the build function's params. */
class Placeholder {
  constructor(readonly name: string) {}
}

type DirectSqlite = {
  prepare(sql: string): {
    get(parameters: readonly unknown[]): unknown;
    all(parameters: readonly unknown[]): unknown[];
    reader: boolean;
  };
  readonly inTransaction: boolean;
};

const directHandles = new WeakMap<object, DirectSqlite>();

/**
 * Lets prepared queries on `kysely` call `statements` directly: for a Kysely whose only
 * connection is that one better-sqlite3 handle and which has no plugins. Called by openDatabase().
 */
export function registerDirectSqlite(kysely: Kysely<unknown>, handle: DirectSqlite) {
  directHandles.set(kysely, handle);
}

/**
 * @example
 * const personById = preparedQuery((db: Kysely<Database>, p: { id: string }) =>
 *   db.selectFrom('people').selectAll().where('id', '=', p.id));
 * await personById.first(db, { id });
 *
 * `build` must use each param only as a value (no computing with it): it runs once per
 * dialect with placeholders in place of the values.
 */
export function preparedQuery<DB, P extends Record<string, unknown>, Row>(
  build: (db: Kysely<DB>, params: P) => Compilable<Row>,
) {
  // One compiled query per adapter object: a database and its transactions share one.
  const compiledBy = new WeakMap<object, { sql: string; parameters: readonly unknown[] }>();

  function compile(db: Kysely<DB>) {
    const executor = db.getExecutor();
    const cacheable = executor.plugins.length === 0;
    const cached = cacheable ? compiledBy.get(executor.adapter) : undefined;
    if (cached) return cached;
    const used = new Set<string>();
    const params = new Proxy({} as P, {
      get: (_, name) => {
        used.add(String(name));
        return new Placeholder(String(name));
      },
    });
    const compiled = build(db, params).compile();
    for (const name of used) {
      if (!compiled.parameters.some((v) => v instanceof Placeholder && v.name === name)) {
        throw new Error(`preparedQuery: param "${name}" must be passed to the query as a value`);
      }
    }
    const result = { sql: compiled.sql, parameters: compiled.parameters };
    if (cacheable) compiledBy.set(executor.adapter, result);
    return result;
  }

  const bind = (parameters: readonly unknown[], params: P) =>
    parameters.map((v) => (v instanceof Placeholder ? params[v.name] : v));

  async function rows(db: Kysely<DB>, params: P, first: boolean): Promise<Row[]> {
    const { sql, parameters } = compile(db);
    const values = bind(parameters, params);
    const direct = directHandles.get(db);
    if (direct && !direct.inTransaction) {
      const statement = direct.prepare(sql);
      if (statement.reader) {
        if (!first) return statement.all(values) as Row[];
        const row = statement.get(values);
        return row === undefined ? [] : [row as Row];
      }
    }
    return (await db.executeQuery<Row>(CompiledQuery.raw(sql, values))).rows;
  }

  return {
    /** The first row, or undefined. */
    first: async (db: Kysely<DB>, params: P): Promise<Row | undefined> =>
      (await rows(db, params, true))[0],
    /** Every row. */
    all: (db: Kysely<DB>, params: P): Promise<Row[]> => rows(db, params, false),
    /** The SQL and parameters as they are sent, for tests. */
    compile: (db: Kysely<DB>, params: P) => {
      const { sql, parameters } = compile(db);
      return CompiledQuery.raw(sql, bind(parameters, params));
    },
  };
}
