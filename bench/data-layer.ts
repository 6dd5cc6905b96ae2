/**
 * The data layer on SQLite: a primary-key lookup and a 20-row page of people, through our
 * Kysely with its statement cache, against the same SQL prepared once on better-sqlite3
 * (the baseline) and Kysely's stock SqliteDialect (no cache), on ~10,000 people.
 */
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { migrations } from '../src/migrations.js';
import { searchPeople } from '../src/modules/accounts/admin/queries.js';
import { findPersonById } from '../src/modules/accounts/people/queries.js';
import { openDatabase } from '../src/platform/db/connection.js';
import { newId } from '../src/platform/db/ids.js';
import { migrateToLatest } from '../src/platform/db/migrate.js';
import type { Database } from '../src/platform/db/tables.js';
import { median, progress, tempDir } from './util.js';

export const PEOPLE = 10_000;
const ROUNDS = 5;
const CALLS_PER_ROUND = 4_000;
const WARMUP_CALLS = 2_000;
const PAGE = { limit: 20, offset: 40 } as const;

/**
 * raw: the statement prepared once on better-sqlite3 (baseline); ours: our query function
 * through openDatabase's Kysely; stock: the same function on Kysely's stock SqliteDialect;
 * compiled: our Kysely given the query already compiled (executor, driver and cache only), which
 * splits ours into building + compiling the query and running it.
 */
export type Variant = 'raw' | 'ours' | 'stock' | 'compiled';
const VARIANTS: Variant[] = ['raw', 'ours', 'stock', 'compiled'];
export type QueryResult = {
  name: string;
  sql: string;
  /** Mean µs per call: the median, over the rounds, of each round's mean. */
  us: Record<Variant, number>;
  calls: number;
};
export type DataLayerResult = { people: number; rounds: number; queries: QueryResult[] };

const FIRST = ['Amina', 'Rahul', 'Khatira', 'Aigerim', 'Leyla', 'Tural', 'Nigar', 'Samir', 'Olga'];
const LAST = [
  'Diallo',
  'Menon',
  'Valiyeva',
  'Saparova',
  'Aliyev',
  'Huseynova',
  'Petrova',
  'Ndlovu',
];

/** A small deterministic generator, so every run holds the same people. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fills `people` with PEOPLE rows in one transaction; returns their ids. */
function seedPeople(sqlite: SqliteDatabase.Database) {
  const next = random(20251020);
  const pick = <T>(list: T[]) => list[Math.floor(next() * list.length)]!;
  const insert = sqlite.prepare(
    `insert into people (id, name, email, email_verified, image, locale, is_admin, created_at, updated_at)
     values (?, ?, ?, 1, null, ?, 0, ?, ?)`,
  );
  const ids: string[] = [];
  sqlite.transaction(() => {
    for (let i = 0; i < PEOPLE; i++) {
      const id = newId();
      const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
      insert.run(
        id,
        `${pick(FIRST)} ${pick(LAST)} ${i}`,
        `person${i}@ngo${i % 97}.example`,
        pick(['en', 'az', 'ru']),
        at,
        at,
      );
      ids.push(id);
    }
  })();
  sqlite.exec('analyze');
  return ids;
}

type Runner = (i: number) => unknown;

/** Runs `calls` calls of `run` and returns the mean µs per call. */
async function timeRound(run: Runner, calls: number, sync: boolean) {
  const started = process.hrtime.bigint();
  if (sync) for (let i = 0; i < calls; i++) run(i);
  else for (let i = 0; i < calls; i++) await run(i);
  return Number(process.hrtime.bigint() - started) / 1000 / calls;
}

/** Warms every variant up, then interleaves them round by round (rotating who goes first). */
async function measure(name: string, sql: string, runners: Record<Variant, Runner>) {
  for (const variant of VARIANTS) await timeRound(runners[variant], WARMUP_CALLS, false);
  const rounds: Record<Variant, number[]> = { raw: [], ours: [], stock: [], compiled: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < VARIANTS.length; k++) {
      const variant = VARIANTS[(round + k) % VARIANTS.length]!;
      rounds[variant].push(await timeRound(runners[variant], CALLS_PER_ROUND, variant === 'raw'));
    }
  }
  const us = Object.fromEntries(VARIANTS.map((v) => [v, median(rounds[v])])) as Record<
    Variant,
    number
  >;
  progress(`data layer ${name}: ${VARIANTS.map((v) => `${v} ${us[v].toFixed(1)} µs`).join(', ')}`);
  return { name, sql, us, calls: ROUNDS * CALLS_PER_ROUND };
}

export async function benchDataLayer(): Promise<DataLayerResult> {
  const temp = tempDir('data');
  const file = path.join(temp.dir, 'concord.sqlite');
  const ours = openDatabase<Database>({ engine: 'sqlite', file });
  let stockHandle: SqliteDatabase.Database | undefined;
  let stock: Kysely<Database> | undefined;
  try {
    await migrateToLatest(ours.kysely, migrations);
    const sqlite = ours.sqlite!;
    progress(`data layer: seeding ${PEOPLE} people`);
    const ids = seedPeople(sqlite);
    const idAt = (i: number) => ids[(i * 7919) % ids.length]!;

    // Kysely's stock dialect on a plain handle to the same file: prepares on every call.
    stockHandle = new SqliteDatabase(file);
    stockHandle.pragma('busy_timeout = 5000');
    stock = new Kysely<Database>({ dialect: new SqliteDialect({ database: stockHandle }) });

    // The baseline runs exactly the SQL and parameters Kysely compiles, prepared once.
    const byId = ours.kysely.selectFrom('people').selectAll().where('id', '=', ids[0]!).compile();
    const page = ours.kysely
      .selectFrom('people')
      .selectAll()
      .orderBy('name')
      .orderBy('id')
      .limit(PAGE.limit)
      .offset(PAGE.offset)
      .compile();
    const byIdStatement = sqlite.prepare(byId.sql);
    const pageStatement = sqlite.prepare(page.sql);
    const pageParameters = [...page.parameters];

    // The three must agree before their speed means anything.
    const probeId = idAt(3);
    const [a, b, c] = [
      byIdStatement.get(probeId),
      await findPersonById(ours.kysely, probeId),
      await findPersonById(stock, probeId),
    ];
    if (JSON.stringify(a) !== JSON.stringify(b) || JSON.stringify(b) !== JSON.stringify(c)) {
      throw new Error('data layer: the variants disagree on a person');
    }
    const rawPage = pageStatement.all(...pageParameters);
    const ourPage = await searchPeople(ours.kysely, PAGE);
    if (rawPage.length !== PAGE.limit || JSON.stringify(rawPage) !== JSON.stringify(ourPage)) {
      throw new Error('data layer: the variants disagree on a page');
    }

    const stockDb = stock;
    const queries = [
      await measure('person by id', byId.sql, {
        raw: (i) => byIdStatement.get(idAt(i)),
        ours: (i) => findPersonById(ours.kysely, idAt(i)),
        stock: (i) => findPersonById(stockDb, idAt(i)),
        compiled: (i) => ours.kysely.executeQuery({ ...byId, parameters: [idAt(i)] }),
      }),
      await measure('20 people by name (offset 40)', page.sql, {
        raw: () => pageStatement.all(...pageParameters),
        ours: () => searchPeople(ours.kysely, PAGE),
        stock: () => searchPeople(stockDb, PAGE),
        compiled: () => ours.kysely.executeQuery(page),
      }),
    ];
    return { people: PEOPLE, rounds: ROUNDS, queries };
  } finally {
    if (stock) await stock.destroy();
    else stockHandle?.close();
    await ours.close();
    temp.remove();
  }
}
