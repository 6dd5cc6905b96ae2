/**
 * A focused timing of the home page's network-figures section, which every uncached home page
 * renders (a signed-in person's home page is never cached): its headline-only read beside the
 * figures page's read of every breakdown (what the section read before), on SQLite at 1,000 and
 * 10,000 organisations of the directory benchmark's population. The two run in alternation, so
 * that a busy machine slows both alike. Not part of `npm run bench`: run it when the section's
 * read changes, `npx tsx bench/home-figures.ts`.
 */
import path from 'node:path';
import { migrations } from '../src/migrations.js';
import type { Organizations } from '../src/modules/organizations/context.js';
import { presentFigures } from '../src/modules/organizations/figures/presenters.js';
import { networkFigures, networkHeadline } from '../src/modules/organizations/figures/service.js';
import { today as todayIn } from '../src/modules/organizations/membership/verification.js';
import { openDatabase } from '../src/platform/db/connection.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/tables.js';
import { createSearchIndex } from '../src/platform/search/index.js';
import { percentile } from './directory.js';
import { seedOrganizations } from './directory-data.js';
import { tempDir } from './util.js';

const SIZES = [1_000, 10_000];
const SEED = 20251127;
const RUNS = 100;

type Read = () => Promise<unknown>;

/** Milliseconds of each read over RUNS alternating calls, after a few unmeasured ones. */
async function time(reads: Record<string, Read>) {
  const samples = Object.fromEntries(Object.keys(reads).map((name) => [name, [] as number[]]));
  for (let i = 0; i < 5; i++) for (const read of Object.values(reads)) await read();
  for (let i = 0; i < RUNS; i++) {
    for (const [name, read] of Object.entries(reads)) {
      const started = performance.now();
      await read();
      samples[name]!.push(performance.now() - started);
    }
  }
  return Object.entries(samples).map(([name, values]) => ({
    name,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
  }));
}

const temp = tempDir('home-figures');
const db = openDatabase<Database>(
  { engine: 'sqlite', file: path.join(temp.dir, 'concord.sqlite') },
  { poolSize: 4 },
);
try {
  await migrateToLatest(db.kysely, migrations);
  const search = createSearchIndex('sqlite');
  const config = { globalSouth: 'unctad-developing', timeZone: 'UTC' };
  const ctx = { deps: { db, config }, search } as unknown as Organizations;
  let seeded = 0;
  for (const size of SIZES) {
    await seedOrganizations(db.kysely, search, {
      from: seeded,
      to: size,
      seed: SEED,
      today: todayIn(ctx),
      parallel: 1,
    });
    db.sqlite?.exec('analyze');
    seeded = size;
    const timings = await time({
      'headline only (the home page section now)': () => networkHeadline(ctx),
      'every breakdown, presented (the section before; the figures page)': async () =>
        presentFigures(await networkFigures(ctx), 'en'),
    });
    for (const t of timings) {
      console.log(
        `${size} organisations, ${t.name}: p50 ${t.p50.toFixed(2)} ms, p95 ${t.p95.toFixed(2)} ms`,
      );
    }
  }
} finally {
  await db.close();
  temp.remove();
}
