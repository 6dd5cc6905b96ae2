/**
 * One transaction around work written as many: `inOneTransaction` hands the work a database
 * whose every query runs on one connection inside one transaction, and whose own transactions
 * (each service opens its own) become savepoints in it. The work commits whole or not at all,
 * through the same services that write one thing at a time (the demo data, for one).
 *
 * The work's queries take turns on the connection, as they do on SQLite's single connection:
 * code that works on SQLite works here.
 */
import {
  CompiledQuery,
  type DatabaseConnection,
  type Driver,
  Kysely,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type QueryResult,
  SqliteIntrospector,
  SqliteQueryCompiler,
  sql,
} from 'kysely';
import type { Db } from './connection.js';

/** Lets one user of the connection at a time through: a query, or a transaction to its end. */
class Turns {
  private last = Promise.resolve();
  take() {
    let done = () => {};
    const previous = this.last;
    this.last = new Promise((resolve) => {
      done = resolve;
    });
    return previous.then(() => done);
  }
}

/** A driver over a connection that is already in a transaction: nested ones are savepoints. */
class SavepointDriver implements Driver {
  private readonly turns = new Turns();
  private release: (() => void) | undefined;
  private depth = 0;
  private readonly connection: DatabaseConnection;

  constructor(outer: Kysely<unknown>) {
    this.connection = {
      executeQuery: <R>(query: CompiledQuery) =>
        outer.executeQuery(query) as Promise<QueryResult<R>>,
      streamQuery: () => {
        throw new Error('streaming is not available inside inOneTransaction');
      },
    };
  }

  private run(statement: string) {
    return this.connection.executeQuery(CompiledQuery.raw(statement));
  }

  async init() {}
  async acquireConnection() {
    this.release = await this.turns.take();
    return this.connection;
  }
  async releaseConnection() {
    this.release?.();
  }
  async beginTransaction() {
    this.depth++;
    await this.run(`savepoint concord_${this.depth}`);
  }
  async commitTransaction() {
    await this.run(`release savepoint concord_${this.depth}`);
    this.depth--;
  }
  async rollbackTransaction() {
    await this.run(`rollback to savepoint concord_${this.depth}`);
    await this.run(`release savepoint concord_${this.depth}`);
    this.depth--;
  }
  async destroy() {}
}

/** Whether a write failed only because another connection holds the lock it needs: try again. */
export const isBusy = (error: unknown) =>
  ['SQLITE_BUSY', '55P03'].includes((error as { code?: string })?.code ?? '');

/**
 * Runs `work` in one transaction; the database it is given also takes the services' own
 * transactions (as savepoints). It never waits long for another connection's lock, so that a
 * caller that wants to wait does so between tries, not inside one statement (nor, on SQLite,
 * blocking its whole process): on SQLite the transaction takes the write lock first (BEGIN
 * IMMEDIATE) and throws at once when another connection holds it; on PostgreSQL a statement
 * that waits more than two seconds for a lock fails. Both errors satisfy `isBusy`, and the
 * work is then rolled back whole.
 *
 * @example await inOneTransaction(deps.db, (db) => loadEverything({ ...deps, db }))
 */
export async function inOneTransaction<T, R>(db: Db<T>, work: (db: Db<T>) => Promise<R>) {
  return db.kysely.connection().execute(async (connection) => {
    if (db.engine === 'sqlite') {
      const [setting] = (await sql<{ timeout: number }>`pragma busy_timeout`.execute(connection))
        .rows;
      await sql`pragma busy_timeout = 0`.execute(connection);
      try {
        await sql`begin immediate`.execute(connection);
      } finally {
        await sql
          .raw(`pragma busy_timeout = ${Number(setting?.timeout ?? 5000)}`)
          .execute(connection);
      }
    } else {
      await sql`begin`.execute(connection);
      await sql`set local lock_timeout = '2s'`.execute(connection);
    }
    const scoped = new Kysely<T>({
      dialect: {
        createAdapter: () => connection.getExecutor().adapter,
        createDriver: () => new SavepointDriver(connection as Kysely<unknown>),
        createIntrospector: (k) =>
          db.engine === 'sqlite' ? new SqliteIntrospector(k) : new PostgresIntrospector(k),
        createQueryCompiler: () =>
          db.engine === 'sqlite' ? new SqliteQueryCompiler() : new PostgresQueryCompiler(),
      },
    });
    try {
      const result = await work({ ...db, kysely: scoped, close: async () => {} });
      await sql`commit`.execute(connection);
      return result;
    } catch (error) {
      await sql`rollback`.execute(connection).catch(() => {});
      throw error;
    }
  });
}
