/**
 * One search, two engines: the same documents indexed on SQLite and on PostgreSQL must be found
 * by the same queries. The directory's queries must also agree on the best match; the awkward
 * corpus (every script, accent and punctuation mark the tokenisers could split differently)
 * must agree on what matches.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/engines.js';
import {
  createThrowawayDatabase,
  postgresUnavailable,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { awkwardText, DIRECTORY } from '../../../test/fixtures/search-documents.js';
import { migrations } from '../../migrations.js';
import { type Db, type Engine, openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/tables.js';
import {
  createSearchIndex,
  parseSearchQuery,
  type SearchDocument,
  type SearchField,
} from './index.js';

// test/engines.ts has already failed the run if CI=true and PostgreSQL is missing.
const unavailable = await postgresUnavailable();

const DIRECTORY_QUERIES = [
  'xankendi',
  'Xankəndi',
  'ХАНКЕНДИ',
  'ханк',
  'kha',
  'Əli',
  'ali',
  'ƏLİ həsənov',
  'hasanov',
  'Gəncə ekol',
  'ganja',
  'айгерим',
  'ёлка',
  'елк',
  'istanbul',
  'ıstanbul dayanisma',
  'baku rights',
  'baki insan',
  'network',
  'network women',
  'youth',
  'water',
  'education',
  'centre',
  'центр',
  'sdg 5',
  '2030',
  'ag 20',
  'x',
  'a',
  'OR',
  'near',
  '"xankendi',
  '-xankendi',
  'nothing-matches-this',
];

function awkwardCorpus() {
  const gen = awkwardText(20250528);
  const corpus: Record<string, SearchDocument> = {};
  for (let i = 0; i < 300; i++) corpus[`doc-${String(i).padStart(3, '0')}`] = gen.document();
  const texts = Object.values(corpus).flatMap((d) => [...d.title, ...d.keywords, ...d.body]);
  const queries = new Set<string>();
  // Prefixes of the words as they were written (not folded), in either case, and a few pairs.
  while (queries.size < 400) {
    const words =
      gen.random() < 0.8 ? texts[Math.floor(gen.random() * texts.length)]! : gen.text(3);
    const pieces = words.split(/\s+/).filter(Boolean);
    if (pieces.length === 0) continue;
    const piece = pieces[Math.floor(gen.random() * pieces.length)]!;
    let query = piece.slice(0, 1 + Math.floor(gen.random() * piece.length));
    if (gen.random() < 0.3) query = query.toUpperCase();
    if (gen.random() < 0.25) query = `${query} ${gen.word()}`;
    queries.add(query);
  }
  return { corpus, queries: [...queries] };
}

describe.skipIf(unavailable !== undefined)('search contract: SQLite and PostgreSQL agree', () => {
  const open: Partial<Record<Engine, { throwaway: ThrowawayDatabase; db: Db<Database> }>> = {};
  const awkward = awkwardCorpus();

  beforeAll(async () => {
    for (const engine of ENGINES) {
      const throwaway = await createThrowawayDatabase(engine);
      const db = openDatabase<Database>(throwaway.target, { poolSize: 2 });
      open[engine] = { throwaway, db };
      await migrateToLatest(db.kysely, migrations);
      const search = createSearchIndex(engine);
      await db.kysely.transaction().execute(async (trx) => {
        for (const [id, document] of Object.entries(DIRECTORY))
          await search.index(trx, 'organizations', id, document);
        for (const [id, document] of Object.entries(awkward.corpus))
          await search.index(trx, 'awkward', id, document);
      });
    }
  });
  afterAll(async () => {
    for (const { db, throwaway } of Object.values(open)) {
      await db.close();
      await throwaway.drop();
    }
  });

  /** What `query` finds in `collection` on each engine, best first (ties by id). */
  const findOnEach = async (collection: string, query: string, fields?: SearchField[]) => {
    const found: Partial<Record<Engine, string[]>> = {};
    for (const engine of ENGINES) {
      const rows = await createSearchIndex(engine)
        .matches(open[engine]!.db.kysely, collection, query, { fields })
        .orderBy('rank', 'desc')
        .orderBy('doc_id')
        .execute();
      found[engine] = rows.map((r) => r.doc_id);
    }
    return found as Record<Engine, string[]>;
  };

  it('find the same organisations, best match first', async () => {
    let found = 0;
    for (const query of DIRECTORY_QUERIES) {
      const { sqlite, postgres } = await findOnEach('organizations', query);
      expect([...postgres].sort(), query).toEqual([...sqlite].sort());
      expect(postgres[0], query).toBe(sqlite[0]);
      if (sqlite.length > 0) found++;
    }
    // The list is worth something only if most queries find something.
    expect(found).toBeGreaterThan(DIRECTORY_QUERIES.length * 0.7);
  });

  it('find the same organisations in some fields only', async () => {
    for (const fields of [['title', 'keywords'], ['body'], ['keywords']] as SearchField[][])
      for (const query of DIRECTORY_QUERIES) {
        const { sqlite, postgres } = await findOnEach('organizations', query, fields);
        expect([...postgres].sort(), `${query} in ${fields}`).toEqual([...sqlite].sort());
        expect(postgres[0], `${query} in ${fields}`).toBe(sqlite[0]);
      }
  });

  it('find the same documents in awkward text', async () => {
    let found = 0;
    for (const query of awkward.queries) {
      const { sqlite, postgres } = await findOnEach('awkward', query);
      expect([...postgres].sort(), `${JSON.stringify(query)} → ${parseSearchQuery(query)}`).toEqual(
        [...sqlite].sort(),
      );
      if (sqlite.length > 0) found++;
    }
    expect(found).toBeGreaterThan(awkward.queries.length / 2);
  });

  it('give the same matches and ranks as keys, for callers that rank them', async () => {
    for (const engine of ENGINES) {
      const search = createSearchIndex(engine);
      const { kysely } = open[engine]!.db;
      const keys = await search.keys(kysely, 'organizations');
      for (const query of DIRECTORY_QUERIES) {
        const rows = await search.matches(kysely, 'organizations', query).execute();
        const ranked = await search.rankedKeys(kysely, 'organizations', query);
        // Keys of other collections may come too; the caller keeps the ones it knows.
        const found = new Map<string, number>();
        ranked.keys.forEach((key, i) => {
          const id = keys ? keys.get(key) : String(key);
          if (id !== undefined && id in DIRECTORY) found.set(id, ranked.ranks[i]!);
        });
        expect([...found.keys()].sort(), `${engine}: ${query}`).toEqual(
          rows.map((r) => r.doc_id).sort(),
        );
        for (const row of rows) expect(found.get(row.doc_id)).toBeCloseTo(row.rank, 5);
      }
    }
  });
});
