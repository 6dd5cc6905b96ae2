/**
 * The SQL the search index sends on each engine, kept as a reviewed snapshot. Unlike the shared
 * helper (test/query-snapshots.ts) each engine is snapshotted on its own: indexing is two
 * statements on SQLite and one on PostgreSQL.
 */
import {
  type CompiledQuery,
  type DatabaseConnection,
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
} from 'kysely';
import { describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/engines.js';
import type { Engine } from '../db/connection.js';
import type { Database } from '../db/tables.js';
import { createSearchIndex, type SearchIndex } from './index.js';

/** Kysely's DummyDriver, except that every statement returns one row, `{ id: 1 }`. */
class OneRowDriver extends DummyDriver {
  override async acquireConnection(): Promise<DatabaseConnection> {
    return {
      executeQuery: async <R>() => ({ rows: [{ id: 1 } as R] }),
      streamQuery: async function* () {},
    };
  }
}

/** A Kysely that compiles for `engine`, logs what it would send, and executes nothing. */
function dummy(engine: Engine, log: CompiledQuery[]) {
  const sqlite = engine === 'sqlite';
  return new Kysely<Database>({
    dialect: {
      createAdapter: () => (sqlite ? new SqliteAdapter() : new PostgresAdapter()),
      createDriver: () => new OneRowDriver(),
      createIntrospector: (db) =>
        sqlite ? new SqliteIntrospector(db) : new PostgresIntrospector(db),
      createQueryCompiler: () => (sqlite ? new SqliteQueryCompiler() : new PostgresQueryCompiler()),
    },
    log: (event) => {
      log.push(event.query);
    },
  });
}

type Use = (search: SearchIndex, db: Kysely<Database>) => Promise<unknown>;

const uses: Record<string, Use> = {
  index: (search, db) =>
    search.index(db, 'organizations', 'org-1', {
      title: ['Xankəndi Gənclər Birliyi', 'XGB'],
      keywords: ['youth'],
      body: ['Education programmes.'],
    }),
  remove: (search, db) => search.remove(db, 'organizations', 'org-1'),
  'matches (one word)': (search, db) => search.matches(db, 'organizations', 'xank').execute(),
  'matches (ə, one letter, names only)': (search, db) =>
    search.matches(db, 'organizations', 'Əli x', { fields: ['title', 'keywords'] }).execute(),
  'matches (blank)': (search, db) => search.matches(db, 'organizations', ' "* ').execute(),
  rankedKeys: (search, db) => search.rankedKeys(db, 'organizations', 'xank water'),
  keys: (search, db) => search.keys(db, 'organizations'),
  'matches joined, page and facet': async (search, db) => {
    const m = () => search.matches(db, 'organizations', 'xank').as('m');
    await db
      .selectFrom('search_documents as d')
      .innerJoin(m(), 'm.doc_id', 'd.doc_id')
      .select(['d.doc_id', 'm.rank'])
      .where((eb) =>
        eb.or([eb('m.rank', '<', 1.5), eb.and([eb('m.rank', '=', 1.5), eb('d.doc_id', '>', 'x')])]),
      )
      .orderBy('m.rank', 'desc')
      .orderBy('d.doc_id')
      .limit(20)
      .execute();
    await db
      .selectFrom('search_documents as d')
      .innerJoin(m(), 'm.doc_id', 'd.doc_id')
      .select(['d.collection', (eb) => eb.fn.countAll().as('n')])
      .groupBy('d.collection')
      .execute();
  },
};

describe('search index SQL', () => {
  for (const engine of ENGINES)
    it.each(Object.keys(uses))(`%s [${engine}]`, async (name) => {
      const log: CompiledQuery[] = [];
      await uses[name]!(createSearchIndex(engine), dummy(engine, log));
      // On PostgreSQL a document's key is its id: nothing to ask.
      if (!(name === 'keys' && engine === 'postgres')) expect(log.length).toBeGreaterThan(0);
      expect(log.map(({ sql, parameters }) => ({ sql, parameters }))).toMatchSnapshot();
    });
});
