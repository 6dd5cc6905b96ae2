/**
 * Opens the one database Concord runs on: an embedded SQLite file by default, PostgreSQL when
 * DATABASE_URL says so. Both are reached through the same Kysely interface.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  type DatabaseConnection,
  Kysely,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  SqliteDialect,
  type SqliteDialectConfig,
  SqliteDriver,
} from 'kysely';
import type pg from 'pg';
import type { Config, DatabaseTimeouts } from '../../config.js';
import { isConnectionFailure } from './errors.js';
import { registerDirectSqlite } from './prepared.js';
import { withStatementCache } from './sqlite-cache.js';
import { WriteFailures } from './write-failures.js';

export type Engine = 'sqlite' | 'postgres';

export type Db<T> = {
  kysely: Kysely<T>;
  engine: Engine;
  /** The raw better-sqlite3 handle, for online backup; undefined on PostgreSQL. */
  sqlite: SqliteDatabase.Database | undefined;
  /** Writes refused for want of storage (a full disk, a read-only file), for readiness. */
  writeFailures: WriteFailures;
  close(): Promise<void>;
};

// The server cannot cancel a statement it never received across a broken network: the driver
// gives up this much later than the server would have.
const QUERY_TIMEOUT_MARGIN_MS = 1000;

/**
 * The PostgreSQL driver, loaded when a PostgreSQL database is opened: an instance on its
 * embedded SQLite file starts without it.
 */
function postgresDriver(): typeof pg {
  const driver: typeof pg = createRequire(import.meta.url)('pg');
  // Counts are bigint strings on PostgreSQL by default; Concord's counts fit in a JS number.
  driver.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  return driver;
}

/** @example const db = openDatabase<Database>(config.database) */
export function openDatabase<T>(
  target: Config['database'],
  options: { poolSize?: number; timeouts?: DatabaseTimeouts | undefined } = {},
): Db<T> {
  const writeFailures = new WriteFailures();
  if (target.engine === 'postgres') {
    const timeouts = options.timeouts;
    const pool = new (postgresDriver().Pool)({
      connectionString: target.url,
      max: options.poolSize ?? 10,
      keepAlive: true,
      ...(timeouts && {
        connectionTimeoutMillis: timeouts.connectMs,
        statement_timeout: timeouts.statementMs,
        idle_in_transaction_session_timeout: timeouts.idleInTransactionMs,
        query_timeout: timeouts.statementMs && timeouts.statementMs + QUERY_TIMEOUT_MARGIN_MS,
      }),
    });
    // A connection that the server ends (a restart, a failover, an administrator) or whose
    // socket resets makes its client emit 'error', which would end the process if nobody
    // listened: the pool listens while the client is idle, this listener while it is checked
    // out. The query in flight fails with the same error, and the connection is dropped.
    pool.on('error', () => {});
    pool.on('connect', (client) => client.on('error', () => {}));
    const kysely = new Kysely<T>({
      dialect: new PostgresDialect({ pool: discardingLostConnections(pool, writeFailures) }),
    });
    return {
      kysely,
      engine: 'postgres',
      sqlite: undefined,
      writeFailures,
      // Kysely ends the pool only if it ever used it: a database closed before its first query
      // must refuse queries after it all the same.
      close: async () => {
        await kysely.destroy();
        if (!pool.ending) await pool.end();
      },
    };
  }
  if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
  const sqlite = new SqliteDatabase(target.file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  // SQLite's lower() and upper() fold ASCII only; PostgreSQL's fold every script (and
  // Azerbaijani İ to i), so case-insensitive searches for 'Əliyeva' or 'Шахова' find the same
  // rows on both engines.
  sqlite.function('lower', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.replaceAll('İ', 'i').toLowerCase() : value,
  );
  sqlite.function('upper', { deterministic: true }, (value: unknown) =>
    typeof value === 'string' ? value.toUpperCase() : value,
  );
  const statements = withStatementCache(sqlite);
  const kysely = new Kysely<T>({
    dialect: new ConcordSqliteDialect({ database: statements }, sqlite, writeFailures),
  });
  // Prepared queries (prepared.ts) may run the cached statements without Kysely's executor.
  registerDirectSqlite(kysely as Kysely<unknown>, {
    prepare: (text) => statements.prepare(text),
    get inTransaction() {
      return sqlite.inTransaction;
    },
  });
  return { kysely, engine: 'sqlite', sqlite, writeFailures, close: () => kysely.destroy() };
}

/**
 * The pool as Kysely sees it, with each checked-out client returned to the pool only if its
 * connection still works: a connection that was lost or timed out is destroyed on release
 * instead of being handed to the next request. Its transaction ended with the connection, so
 * the rollback Kysely sends after the failure is answered here: sent, it would fail again and
 * its error would replace the real one.
 */
function discardingLostConnections(pool: pg.Pool, writeFailures: WriteFailures): PostgresPool {
  return {
    async connect() {
      const client = await pool.connect();
      let lost: Error | undefined;
      const query = (text: string, parameters: readonly unknown[]) => {
        if (lost && text === 'rollback')
          return Promise.resolve({ command: 'ROLLBACK', rowCount: 0, rows: [] });
        return client.query(text, parameters as unknown[]).catch((error: Error) => {
          if (isConnectionFailure(error)) lost = error;
          else writeFailures.note(error);
          throw error;
        });
      };
      return {
        query,
        release: (destroy?: boolean) => client.release(lost ?? destroy),
      } as unknown as PostgresPoolClient;
    },
    end: () => pool.end(),
  };
}

/** Kysely's SQLite dialect, with the driver below. */
class ConcordSqliteDialect extends SqliteDialect {
  constructor(
    private readonly dialectConfig: SqliteDialectConfig,
    private readonly sqlite: SqliteDatabase.Database,
    private readonly writeFailures: WriteFailures,
  ) {
    super(dialectConfig);
  }

  override createDriver() {
    return new ConcordSqliteDriver(this.dialectConfig, this.sqlite, this.writeFailures);
  }
}

/**
 * Kysely's SQLite driver with two changes to its transactions, and the writes it fails for want
 * of storage counted:
 *
 * - They begin IMMEDIATE, taking the write lock at once. A deferred transaction that reads and
 *   then writes fails at once with SQLITE_BUSY when another process holds the lock, since
 *   waiting could deadlock; one that asks for the lock first waits for it (the busy timeout),
 *   so several processes on one file queue their writes instead of failing them. Within one
 *   process the driver's single connection already runs one transaction at a time.
 * - SQLite rolls a transaction back by itself when a statement or the commit fails for want
 *   of disk (SQLITE_FULL) or on an I/O error; rolling back again would fail with "cannot
 *   rollback - no transaction is active" and that error would replace the real one.
 */
class ConcordSqliteDriver extends SqliteDriver {
  private noting: DatabaseConnection | undefined;

  constructor(
    config: SqliteDialectConfig,
    private readonly sqlite: SqliteDatabase.Database,
    private readonly writeFailures: WriteFailures,
  ) {
    super(config);
  }

  override async acquireConnection() {
    const connection = await super.acquireConnection();
    this.noting ??= notingWriteFailures(connection, this.writeFailures);
    return this.noting;
  }

  override async beginTransaction(connection: DatabaseConnection) {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }

  override async rollbackTransaction(connection: DatabaseConnection) {
    if (this.sqlite.inTransaction) await super.rollbackTransaction(connection);
  }
}

/** The SQLite connection, counting the writes it fails for want of storage. */
function notingWriteFailures(
  connection: DatabaseConnection,
  writeFailures: WriteFailures,
): DatabaseConnection {
  return {
    executeQuery(query) {
      // better-sqlite3 is synchronous: a failing statement throws here, not in the promise.
      try {
        return connection.executeQuery(query);
      } catch (error) {
        writeFailures.note(error);
        throw error;
      }
    },
    streamQuery: (query, chunkSize) => connection.streamQuery(query, chunkSize),
  };
}
