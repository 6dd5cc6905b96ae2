/**
 * Snapshots of the SQL each exported query compiles to, on SQLite and on PostgreSQL, so that a
 * change to a query shows in review. Queries run against Kysely's DummyDriver: nothing is
 * executed, no database is needed; the log captures what would be sent.
 */
import {
  type CompiledQuery,
  type Dialect,
  DummyDriver,
  Kysely,
  NoResultError,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/platform/db/connection.js';
import type { Database } from '../src/platform/db/tables.js';

const dialects: Record<Engine, Dialect> = {
  sqlite: {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new SqliteIntrospector(db),
    createQueryCompiler: () => new SqliteQueryCompiler(),
  },
  postgres: {
    createAdapter: () => new PostgresAdapter(),
    createDriver: () => new DummyDriver(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  },
};

export type Query = (db: Kysely<Database>, engine: Engine) => Promise<unknown>;

/** The statements `query` sends on `engine`, in order. */
async function compile(engine: Engine, query: Query) {
  const sent: CompiledQuery[] = [];
  const db = new Kysely<Database>({
    dialect: dialects[engine],
    log: (event) => {
      sent.push(event.query);
    },
  });
  try {
    await query(db, engine);
  } catch (error) {
    // The dummy driver returns no rows, so "take first or throw" throws after compiling.
    if (!(error instanceof NoResultError)) throw error;
  }
  return sent.map(({ sql, parameters }) => ({ sql, parameters }));
}

/** One test per query: its statements on both engines, matched against the snapshot. */
export function describeCompiledQueries(queries: Record<string, Query>) {
  describe('compiled queries', () => {
    it.each(Object.keys(queries))('%s', async (name) => {
      const query = queries[name]!;
      const compiled = {
        sqlite: await compile('sqlite', query),
        postgres: await compile('postgres', query),
      };
      expect(compiled.sqlite.length).toBeGreaterThan(0);
      expect(compiled.postgres).toHaveLength(compiled.sqlite.length);
      expect(compiled).toMatchSnapshot();
    });
  });
}

/** Fixed values, so that snapshots do not change from run to run. */
export const FIXED = {
  at: '2025-05-28T09:00:00.000Z',
  person: '0196f0c2-0000-7000-8000-000000000001',
  id: '0196f0c2-0000-7000-8000-000000000002',
};
