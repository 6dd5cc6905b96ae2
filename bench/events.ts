/**
 * An event at scale, on SQLite and on PostgreSQL (bench/events-data.ts: 5,000 registrations from
 * ~800 organisations, 200 sessions):
 *  - the programme page and the figures page over HTTP from the built server (`dist/`), one
 *    request at a time on a kept-alive connection, p50/p95; the baseline is the bare node:http
 *    server replaying each page's recorded status, headers and gzip bytes;
 *  - registration throughput: 50 registrants at once (1,500 people, 1,000 seats) through the
 *    registration service (the form's handler minus HTTP and the session), then a check that
 *    nobody is overbooked or registered twice; the baseline is the bare transaction a correct
 *    registration cannot do without (take a seat or a place in the queue, write the row), run by
 *    the same 50 registrants on the same database.
 */

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sql } from 'kysely';
import { bootConcord, type Concord } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { registerForEvent } from '../src/modules/events/registration/service.js';
import type { EventRow } from '../src/modules/events/tables.js';
import type { Engine } from '../src/platform/db/connection.js';
import type { Actor } from '../src/platform/http/context.js';
import { createLogger } from '../src/platform/log.js';
import {
  createThrowawayDatabase,
  postgresUnavailable,
  TEST_POSTGRES_URL,
} from '../test/fixtures/databases.js';
import { percentile, type Timing } from './directory.js';
import {
  createOrganiser,
  ORGANIZATIONS,
  PEOPLE,
  personId,
  publishedEvent,
  SESSIONS,
  seedMemberOrganizations,
  seedPeople,
  seedProgramme,
  seedRegistrations,
} from './events-data.js';
import {
  BARE_SERVER,
  type Child,
  CONCORD_MAIN,
  CONCORD_NODE_FLAGS,
  concordEnv,
  cpuMs,
  freePort,
  HOST,
  probe,
  progress,
  spawnNode,
  tempDir,
  waitFor200,
} from './util.js';

export const REGISTRANTS = 1_500;
export const SEATS = 1_000;
export const CONCURRENCY = 50;
/** Registrants who submit the form twice at once (a double click). */
export const DOUBLE_SUBMITS = 100;
const WARMUP = 20;
const RUNS = 200;
const pad = (n: number) => String(n).padStart(6, '0');
const BROWSER = { 'accept-encoding': 'gzip', 'accept-language': 'en' };

export type PageTimings = {
  page: string;
  bytes: number;
  concord: Timing;
  bare: Timing;
  /** Concord's CPU (user + system) per timed request, ms: steadier than latency on a busy machine. */
  concordCpuMs: number;
  /** How many of the texts the page was expected to show it shows (sessions, figures). */
  found: number;
};
export type RegistrationRun = { label: string; seconds: number; perSecond: number };
export type RegistrationCheck = {
  capacity: number;
  /** The event's counter and the rows it counts. */
  confirmedCount: number;
  confirmedRows: number;
  waitlistedCount: number;
  waitlistedRows: number;
  /** People with more than one registration row for the event. */
  doubles: number;
  /** Registrations the service answered with anything but success. */
  refused: number;
  ok: boolean;
};
export type EventsEngineResult =
  | {
      engine: Engine;
      seedSeconds: number;
      pages: PageTimings[];
      registration: { service: RegistrationRun; bare: RegistrationRun; check: RegistrationCheck };
    }
  | { engine: Engine; skipped: string };
export type EventsBenchResult = {
  engines: EventsEngineResult[];
  runs: number;
  people: number;
  organizations: number;
  sessions: number;
};

const timing = (samples: number[]): Timing => ({
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  samples,
});

/** GETs `pathname` one at a time on one kept-alive connection; ms per answer. */
async function sequential(port: number, pathname: string) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = () =>
    new Promise<number>((resolve, reject) => {
      const started = process.hrtime.bigint();
      const request = http.get(
        { host: HOST, port, path: pathname, headers: BROWSER, agent },
        (response) => {
          response.resume();
          response.on('end', () => {
            if (response.statusCode !== 200)
              reject(new Error(`GET ${pathname} answered ${response.statusCode}`));
            else resolve(Number(process.hrtime.bigint() - started) / 1e6);
          });
        },
      );
      request.on('error', reject);
    });
  try {
    for (let i = 0; i < WARMUP; i++) await get();
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) samples.push(await get());
    return timing(samples);
  } finally {
    agent.destroy();
  }
}

/** The page in gzip as a browser gets it, and how many of `expect` its HTML holds (not none). */
async function fetchPage(port: number, pathname: string, expect: string[]) {
  const page = await probe(port, pathname, BROWSER);
  if (page?.status !== 200)
    throw new Error(`GET ${pathname} answered ${page?.status ?? 'nothing'}`);
  if (page.headers['content-encoding'] !== 'gzip') throw new Error(`GET ${pathname} is not gzip`);
  const html = gunzipSync(page.body).toString('utf8');
  const found = expect.filter((text) => html.includes(text)).length;
  if (found === 0) throw new Error(`GET ${pathname}: none of "${expect.join('", "')}" on the page`);
  return { ...page, found };
}

/** The page on Concord, then the same bytes from the bare server, each timed one at a time. */
async function measurePage(
  concord: { port: number; pid: number },
  dir: string,
  name: string,
  pathname: string,
  expect: string[],
): Promise<PageTimings> {
  const page = await fetchPage(concord.port, pathname, expect);
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
  const fixture = path.join(dir, `${name}.json`);
  fs.writeFileSync(
    fixture,
    JSON.stringify({
      status: page.status,
      headers: Object.fromEntries(Object.entries(page.headers).filter(([h]) => !skip.has(h))),
      body: page.body.toString('base64'),
    }),
  );
  const port = await freePort();
  const bare = spawnNode([BARE_SERVER], { PORT: String(port), HOST, BENCH_FIXTURE: fixture });
  try {
    await waitFor200(bare, port, { timeoutMs: 10_000 });
    if (!(await probe(port, pathname, BROWSER))?.body.equals(page.body))
      throw new Error('bare server: bytes differ from Concord');
    const bareTiming = await sequential(port, pathname);
    const cpuBefore = cpuMs(concord.pid);
    const concordTiming = await sequential(concord.port, pathname);
    // The warm-up requests ran on the same clock: spread the CPU over every request made.
    const concordCpuMs = (cpuMs(concord.pid) - cpuBefore) / (WARMUP + RUNS);
    return {
      page: name,
      bytes: page.body.length,
      concord: concordTiming,
      bare: bareTiming,
      concordCpuMs,
      found: page.found,
    };
  } finally {
    await bare.stop();
  }
}

const actorFor = (n: number): Actor => ({
  id: personId(n),
  name: `Participant ${n}`,
  email: `bench.participant.${n}@example.org`,
  isAdmin: false,
  locale: null,
  sessionId: 'bench',
});

/** People 0…REGISTRANTS-1 (the first DOUBLE_SUBMITS twice) shared out to CONCURRENCY workers. */
async function registrants(label: string, register: (n: number) => Promise<void>) {
  const queue = [
    ...Array.from({ length: REGISTRANTS }, (_, n) => n),
    ...Array.from({ length: DOUBLE_SUBMITS }, (_, n) => n),
  ];
  // The second submissions sit among the first ones, as a double click would.
  for (let i = 0; i < DOUBLE_SUBMITS; i++) {
    const at = 2 * i + 1;
    queue.splice(at, 0, queue.pop()!);
  }
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < queue.length) await register(queue[next++]!);
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const run = { label, seconds, perSecond: REGISTRANTS / seconds };
  progress(`events ${label}: ${run.perSecond.toFixed(0)} registrations/s`);
  return run;
}

/** The event's counters against its rows: seats never above capacity, nobody twice. */
async function check(concord: Concord, event: EventRow, refused: number) {
  const db = concord.deps.db.kysely;
  const counters = await db
    .selectFrom('events')
    .select(['confirmed_count', 'waitlisted_count', 'capacity'])
    .where('id', '=', event.id)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('event_registrations')
    .select(['status', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('event_id', '=', event.id)
    .groupBy('status')
    .execute();
  const doubles = await db
    .selectFrom('event_registrations')
    .select('person_id')
    .where('event_id', '=', event.id)
    .groupBy('person_id')
    .having((eb) => eb.fn.countAll(), '>', 1)
    .execute();
  const count = (status: string) => Number(rows.find((r) => r.status === status)?.n ?? 0);
  const result: RegistrationCheck = {
    capacity: counters.capacity ?? 0,
    confirmedCount: counters.confirmed_count,
    confirmedRows: count('confirmed'),
    waitlistedCount: counters.waitlisted_count,
    waitlistedRows: count('waitlisted'),
    doubles: doubles.length,
    refused,
    ok: false,
  };
  result.ok =
    result.confirmedCount === result.confirmedRows &&
    result.confirmedRows <= result.capacity &&
    result.waitlistedCount === result.waitlistedRows &&
    result.confirmedRows + result.waitlistedRows === REGISTRANTS &&
    result.doubles === 0 &&
    refused === 0;
  progress(
    `events registration check: ${result.confirmedRows} confirmed (counter ${result.confirmedCount}) ` +
      `of ${result.capacity} seats, ${result.waitlistedRows} waitlisted, ${result.doubles} doubles` +
      (result.ok ? '' : ' — FAIL'),
  );
  return result;
}

/** 50 registrants through the service, then through the bare transaction, each on its own event. */
async function measureRegistration(
  concord: Concord,
  organiser: Parameters<typeof publishedEvent>[1],
) {
  const dates = { startsAt: '2027-11-10T10:00', endsAt: '2027-11-10T18:00', capacity: SEATS };
  const served = await publishedEvent(concord, organiser, { ...dates, title: 'Registration rush' });
  const floor = await publishedEvent(concord, organiser, { ...dates, title: 'Bare registration' });
  let refused = 0;
  const service = await registrants('registration service', async (n) => {
    const result = await registerForEvent(concord.events, actorFor(n), served, { listed: false });
    if (!result.ok) refused++;
  });
  const db = concord.deps.db.kysely;
  const now = new Date().toISOString();
  const bare = await registrants('bare transaction', (n) =>
    db.transaction().execute(async (tx) => {
      // The row first: a second submission stops at the unique constraint, taking no seat.
      const inserted = await tx
        .insertInto('event_registrations')
        .values({
          id: `bench-bare-${pad(n)}`,
          event_id: floor.id,
          person_id: personId(n),
          organization_id: null,
          status: 'confirmed',
          code: `BARE${pad(n)}`,
          queued_at: now,
          listed: 0,
          attended_at: null,
          checked_in_by: null,
          decided_by: null,
          created_at: now,
          updated_at: now,
        })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return;
      const seat = await tx
        .updateTable('events')
        .set({ confirmed_count: sql`confirmed_count + 1` })
        .where('id', '=', floor.id)
        .where('confirmed_count', '<', SEATS)
        .executeTakeFirst();
      if (Number(seat.numUpdatedRows) === 1) return;
      await tx
        .updateTable('events')
        .set({ waitlisted_count: sql`waitlisted_count + 1` })
        .where('id', '=', floor.id)
        .execute();
      await tx
        .updateTable('event_registrations')
        .set({ status: 'waitlisted' })
        .where('id', '=', `bench-bare-${pad(n)}`)
        .execute();
    }),
  );
  return { service, bare, check: await check(concord, served, refused) };
}

async function startConcord(dataDir: string, extra: Record<string, string>) {
  const port = await freePort();
  const child: Child = spawnNode(
    [...CONCORD_NODE_FLAGS, CONCORD_MAIN, 'serve'],
    concordEnv(dataDir, port, extra),
  );
  await waitFor200(child, port, { timeoutMs: 30_000 });
  return { child, port, pid: child.pid };
}

async function benchEngine(engine: Engine): Promise<EventsEngineResult> {
  if (engine === 'postgres') {
    const { hostname } = new URL(TEST_POSTGRES_URL);
    const unavailable =
      hostname === HOST || hostname === 'localhost'
        ? await postgresUnavailable()
        : `${hostname} is not the loopback address`;
    if (unavailable) {
      progress(`events postgres skipped: ${unavailable}`);
      return { engine, skipped: unavailable };
    }
  }
  const temp = tempDir('events');
  const database = engine === 'postgres' ? await createThrowawayDatabase('postgres') : undefined;
  const extra: Record<string, string> =
    database?.target.engine === 'postgres' ? { DATABASE_URL: database.target.url } : {};
  let server: Awaited<ReturnType<typeof startConcord>> | undefined;
  try {
    const started = Date.now();
    progress(`events ${engine}: seeding`);
    // Seeded in this process, as `serve` would boot (migrations, instance secret), then closed.
    const env = concordEnv(temp.dir, await freePort(), extra);
    const concord = await bootConcord(loadConfig(env), createLogger('warn'));
    let event: EventRow;
    let titles: string[];
    let figures: { confirmed: number; attended: number };
    let registration: Awaited<ReturnType<typeof measureRegistration>>;
    try {
      const organiser = await createOrganiser(concord);
      const orgIds = await seedMemberOrganizations(concord);
      await seedPeople(concord, PEOPLE);
      event = await publishedEvent(concord, organiser, {
        title: 'Global Civil Society Forum',
        capacity: PEOPLE + 1_000,
        startsAt: '2027-10-20T09:00',
        endsAt: '2027-10-22T18:00',
      });
      ({ titles } = await seedProgramme(concord, organiser.actor, event));
      figures = await seedRegistrations(concord, event, PEOPLE, orgIds);
      if (concord.deps.db.sqlite) concord.deps.db.sqlite.exec('analyze');
      else await sql`vacuum analyze`.execute(concord.deps.db.kysely);
      progress(`events ${engine}: seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
      registration = await measureRegistration(concord, organiser);
    } finally {
      await concord.close();
    }
    const seedSeconds =
      (Date.now() - started) / 1000 - registration.service.seconds - registration.bare.seconds;

    server = await startConcord(temp.dir, extra);
    const base = `/events/${event.slug}`;
    const pages = [
      await measurePage(server, temp.dir, 'programme', `${base}/programme`, titles),
      await measurePage(server, temp.dir, 'figures', `${base}/figures`, [
        figures.attended.toLocaleString('en-US'),
      ]),
    ];
    for (const p of pages)
      progress(
        `events ${engine} ${p.page}: p50 ${p.concord.p50.toFixed(1)} ms, p95 ${p.concord.p95.toFixed(1)} ms ` +
          `(bare p95 ${p.bare.p95.toFixed(2)} ms, ${p.bytes} bytes gzip, ` +
          `${p.concordCpuMs.toFixed(1)} ms CPU/request, ${p.found} expected texts found)`,
      );
    return { engine, seedSeconds, pages, registration };
  } finally {
    await server?.child.stop();
    await database?.drop();
    temp.remove();
  }
}

export async function benchEvents(
  only: readonly Engine[] = ['sqlite', 'postgres'],
): Promise<EventsBenchResult> {
  const engines: EventsEngineResult[] = [];
  for (const engine of only) engines.push(await benchEngine(engine));
  return { engines, runs: RUNS, people: PEOPLE, organizations: ORGANIZATIONS, sessions: SESSIONS };
}

/** `npx tsx bench/events.ts [sqlite|postgres]`: this benchmark alone, figures on stderr. */
if (process.argv[1]?.endsWith('events.ts')) {
  const engines = process.argv
    .slice(2)
    .filter((a): a is Engine => a === 'sqlite' || a === 'postgres');
  await benchEvents(engines.length > 0 ? engines : undefined);
}
