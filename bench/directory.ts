/**
 * The directory at 10,000 and 100,000 organisations, on SQLite and on PostgreSQL: p50/p95 of a
 * search through listDirectory (its page, total and every facet's counts), of the same search
 * narrowed by facet filters, and of the bare full-text query alone (the baseline: the FTS5
 * MATCH or tsvector query that the search seam compiles, run straight on the driver); and what
 * the first request after a change costs, when the facet values are loaded into memory again.
 */
import path from 'node:path';
import { CompiledQuery, sql } from 'kysely';
import { migrations } from '../src/migrations.js';
import type { Organizations } from '../src/modules/organizations/context.js';
import {
  type DirectoryQuery,
  listDirectory,
  PAGE_SIZE,
} from '../src/modules/organizations/directory/service.js';
import { today as todayIn } from '../src/modules/organizations/membership/verification.js';
import { type Db, type Engine, openDatabase } from '../src/platform/db/connection.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/tables.js';
import { createSearchIndex } from '../src/platform/search/index.js';
import {
  createThrowawayDatabase,
  postgresUnavailable,
  TEST_POSTGRES_URL,
} from '../test/fixtures/databases.js';
import { seedOrganizations } from './directory-data.js';
import { HOST, progress, tempDir } from './util.js';

export const SIZES = [10_000, 100_000] as const;
const SEED = 20251127;
const WARMUP = 3;
const RUNS = 20;

/** What people type: a common word, a rare one, three letters, Azerbaijani without its letters, Cyrillic. */
export const DIRECTORY_QUERIES = [
  { name: 'common word', q: 'water' },
  { name: 'rare word', q: 'xankendi' },
  { name: 'prefix of 3 letters', q: 'edu' },
  { name: 'two words', q: 'women network' },
  { name: 'Azerbaijani without its letters', q: 'gencler birliyi' },
  { name: 'Cyrillic', q: 'молодёжный центр' },
  { name: 'no search (browse)', q: '' },
] as const;

/** The facet filters a person narrows a search with. */
const NARROWED: Partial<DirectoryQuery> = { region: '142', sdg: 4, verified: '1' };

export type Timing = { p50: number; p95: number; samples: number[] };
export type QueryTimings = {
  name: string;
  q: string;
  /** Organisations found (members matching the search). */
  found: number;
  search: Timing;
  facets: Timing;
  /** The bare full-text query; undefined for browsing, which has none. */
  raw: Timing | undefined;
};
export type SizeResult = {
  organizations: number;
  seedSeconds: number;
  /** The first browse after a change, which loads the facet values again (directory/facets.ts). */
  reload: Timing;
  queries: QueryTimings[];
};
export type EngineResult =
  | { engine: Engine; sizes: SizeResult[] }
  | { engine: Engine; skipped: string };
export type DirectoryBenchResult = { engines: EngineResult[]; runs: number };

export function percentile(values: number[], p: number) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
const timing = (samples: number[]): Timing => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  samples,
});

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = process.hrtime.bigint();
    await run();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return samples;
}

/** The seam's full-text query, compiled by Kysely and run straight on the driver. */
function rawSearch(db: Db<Database>, engine: Engine, q: string) {
  const { sql: text, parameters } = createSearchIndex(engine)
    .matches(db.kysely, 'organizations', q)
    .compile();
  if (db.sqlite) {
    const statement = db.sqlite.prepare(text);
    return async () => statement.all(...(parameters as unknown[]));
  }
  const compiled = CompiledQuery.raw(text, [...parameters]);
  return async () => (await db.kysely.executeQuery(compiled)).rows;
}

/** The revision moved, as any change the directory reads moves it, then the first browse. */
async function reloadTiming(db: Db<Database>, ctx: Organizations) {
  const samples: number[] = [];
  for (let i = 0; i < 5; i++) {
    await sql`update directory_revision set revision = revision + 1`.execute(db.kysely);
    const started = process.hrtime.bigint();
    await listDirectory(ctx, {}, 'en', false);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return timing(samples);
}

async function measureSize(db: Db<Database>, engine: Engine, ctx: Organizations, size: number) {
  const queries: QueryTimings[] = [];
  for (const { name, q } of DIRECTORY_QUERIES) {
    const query: DirectoryQuery = q ? { q } : {};
    const result = await listDirectory(ctx, query, 'en', false);
    if (result.organizations.length > PAGE_SIZE) throw new Error('page too long');
    const search = await time(() => listDirectory(ctx, query, 'en', false));
    const facets = await time(() => listDirectory(ctx, { ...query, ...NARROWED }, 'en', false));
    const raw = q ? await time(rawSearch(db, engine, q)) : undefined;
    const timings: QueryTimings = {
      name,
      q,
      found: result.total,
      search: timing(search),
      facets: timing(facets),
      raw: raw && timing(raw),
    };
    progress(
      `directory ${engine} ${size}: ${name} (${result.total} found) search p50 ${timings.search.p50.toFixed(1)} ms, ` +
        `facets p50 ${timings.facets.p50.toFixed(1)} ms, raw p50 ${timings.raw?.p50.toFixed(1) ?? '—'} ms`,
    );
    queries.push(timings);
  }
  return queries;
}

async function benchEngine(engine: Engine): Promise<EngineResult> {
  if (engine === 'postgres') {
    const { hostname } = new URL(TEST_POSTGRES_URL);
    const unavailable =
      hostname === HOST || hostname === 'localhost'
        ? await postgresUnavailable()
        : `${hostname} is not the loopback address`;
    if (unavailable) {
      progress(`directory postgres skipped: ${unavailable}`);
      return { engine, skipped: unavailable };
    }
  }
  const temp = tempDir('directory');
  const throwaway =
    engine === 'sqlite'
      ? {
          target: { engine: 'sqlite' as const, file: path.join(temp.dir, 'concord.sqlite') },
          drop: async () => {},
        }
      : await createThrowawayDatabase('postgres');
  const db = openDatabase<Database>(throwaway.target, { poolSize: 4 });
  try {
    await migrateToLatest(db.kysely, migrations);
    const search = createSearchIndex(engine);
    const config = { globalSouth: 'unctad-developing', timeZone: 'UTC' };
    const ctx = { deps: { db, config }, search } as unknown as Organizations;
    const today = todayIn(ctx);
    const sizes: SizeResult[] = [];
    let seeded = 0;
    // The 100,000 start with the same 10,000: each size adds to the one before.
    for (const size of SIZES) {
      const started = Date.now();
      progress(`directory ${engine}: seeding ${seeded}…${size}`);
      await seedOrganizations(db.kysely, search, {
        from: seeded,
        to: size,
        seed: SEED,
        today,
        parallel: engine === 'postgres' ? 3 : 1,
      });
      if (db.sqlite) db.sqlite.exec('analyze');
      // As autovacuum would after a bulk load: statistics, and the visibility map that lets
      // PostgreSQL count from the covering indexes without visiting the rows.
      else await sql`vacuum analyze`.execute(db.kysely);
      const seedSeconds = (Date.now() - started) / 1000;
      seeded = size;
      const reload = await reloadTiming(db, ctx);
      progress(
        `directory ${engine} ${size}: reload after a change p50 ${reload.p50.toFixed(0)} ms`,
      );
      sizes.push({
        organizations: size,
        seedSeconds,
        reload,
        queries: await measureSize(db, engine, ctx, size),
      });
    }
    return { engine, sizes };
  } finally {
    await db.close();
    await throwaway.drop();
    temp.remove();
  }
}

export async function benchDirectory(
  only: readonly Engine[] = ['sqlite', 'postgres'],
): Promise<DirectoryBenchResult> {
  const engines: EngineResult[] = [];
  for (const engine of only) engines.push(await benchEngine(engine));
  return { engines, runs: RUNS };
}
