/**
 * Opens the one database Concord runs on: an embedded SQLite file by default, PostgreSQL when
 * DATABASE_URL says so. Both are reached through the same Kysely interface.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type pg from 'pg';
import type { Config } from '../../config.js';
import { registerDirectSqlite } from './prepared.js';
import { withStatementCache } from './sqlite-cache.js';

export type Engine = 'sqlite' | 'postgres';

export type Db<T> = {
  kysely: Kysely<T>;
  engine: Engine;
  /** The raw better-sqlite3 handle, for online backup; undefined on PostgreSQL. */
  sqlite: SqliteDatabase.Database | undefined;
  close(): Promise<void>;
};

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
  options: { poolSize?: number } = {},
): Db<T> {
  if (target.engine === 'postgres') {
    const pool = new (postgresDriver().Pool)({
      connectionString: target.url,
      max: options.poolSize ?? 10,
    });
    // An idle connection that the server ends (a restart, a failover, an administrator) makes
    // the pool emit 'error', which would end the process if nobody listened. The pool has
    // already dropped that connection and opens a new one on the next query.
    pool.on('error', () => {});
    const kysely = new Kysely<T>({ dialect: new PostgresDialect({ pool }) });
    return { kysely, engine: 'postgres', sqlite: undefined, close: () => kysely.destroy() };
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
  const kysely = new Kysely<T>({ dialect: new SqliteDialect({ database: statements }) });
  // Prepared queries (prepared.ts) may run the cached statements without Kysely's executor.
  registerDirectSqlite(kysely as Kysely<unknown>, {
    prepare: (text) => statements.prepare(text),
    get inTransaction() {
      return sqlite.inTransaction;
    },
  });
  return { kysely, engine: 'sqlite', sqlite, close: () => kysely.destroy() };
}
