/**
 * HTTP throughput and latency under load, 50 connections, with autocannon in this process and
 * every server in its own child process:
 *  - the bare baseline: node:http answering with the recorded status, headers and gzip bytes of
 *    Concord's home page;
 *  - Concord as users run it (`node dist/src/main.js serve`) on SQLite: the home page signed out
 *    in rounds that alternate with the baseline (see ROUNDS), and /account signed in with the
 *    session cookie of a confirmed person;
 *  - CPU profiles of both pages (bench/profile.ts);
 *  - the home page again on a throwaway PostgreSQL database on 127.0.0.1, when there is one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import {
  createThrowawayDatabase,
  postgresUnavailable,
  TEST_POSTGRES_URL,
} from '../test/fixtures/databases.js';
import { type ProfileResult, profilePage } from './profile.js';
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
  rssMb,
  runNode,
  spawnNode,
  tempDir,
  waitFor200,
} from './util.js';

export const CONNECTIONS = 50;
export const WARMUP_SECONDS = 3;
export const DURATION_SECONDS = 10;
/**
 * Bare and home-page runs alternate, and each round compares two runs made seconds apart; the
 * verdict takes the median round. On a shared two-core machine the bare server's rate (limited
 * partly by autocannon, in this process) moved by ±15 % from one run to the next, more than the
 * difference between two builds of Concord.
 */
export const ROUNDS = 3;

/** What a browser sends that changes the answer. */
const BROWSER = { 'accept-encoding': 'gzip', 'accept-language': 'en' };

type Server = { child: Child; port: number };
export type Heap = { totalMb: number; usedMb: number };

/** The V8 heap as Concord's Prometheus endpoint reports it. */
async function heapOf(server: Server): Promise<Heap> {
  const text = (await probe(server.port, '/metrics'))?.body.toString('utf8') ?? '';
  const mb = (name: string) =>
    Number(new RegExp(`^${name} (\\S+)`, 'm').exec(text)?.[1] ?? Number.NaN) / 1024 / 1024;
  return { totalMb: mb('nodejs_heap_size_total_bytes'), usedMb: mb('nodejs_heap_size_used_bytes') };
}

export type LoadResult = {
  label: string;
  rps: number;
  latencyMeanMs: number;
  p50Ms: number;
  p99Ms: number;
  /** Server CPU (user + system) per answered request, µs. */
  cpuUsPerRequest: number;
  ok: number;
  non2xx: number;
  errors: number;
  timeouts: number;
};

export type Round = { bare: LoadResult; home: LoadResult; share: number };
export type HttpResult = {
  rounds: Round[];
  /** The round with the median share: its bare run is what the other Concord runs are compared with. */
  median: Round;
  account: LoadResult;
  homeBytes: { gzip: number; identity: number };
  accountBytes: { gzip: number };
  rss: { afterStartMb: number; afterLoadMb: number };
  /** V8 heap from Concord's own /metrics, after start and after the runs (MB). */
  heap: { afterStart: Heap; afterLoad: Heap };
  /** CPU profiles of the home page and of /account, in that order. */
  profiles: ProfileResult[];
  postgres: { home: LoadResult } | { skipped: string };
};

/** A warm-up, then the measured run; requests/s is autocannon's mean over per-second samples. */
async function load(
  label: string,
  server: Server,
  pathname: string,
  headers: Record<string, string>,
) {
  const url = `http://${HOST}:${server.port}${pathname}`;
  await autocannon({ url, headers, connections: CONNECTIONS, duration: WARMUP_SECONDS });
  const cpuBefore = cpuMs(server.child.pid);
  const r = await autocannon({
    url,
    headers,
    connections: CONNECTIONS,
    duration: DURATION_SECONDS,
  });
  const cpu = cpuMs(server.child.pid) - cpuBefore;
  const result: LoadResult = {
    label,
    rps: r.requests.average,
    latencyMeanMs: r.latency.average,
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    cpuUsPerRequest: r['2xx'] > 0 ? (cpu * 1000) / r['2xx'] : 0,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors,
    timeouts: r.timeouts,
  };
  const failures = result.non2xx + result.errors + result.timeouts;
  progress(
    `http ${label}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99Ms} ms, ` +
      `${result.cpuUsPerRequest.toFixed(0)} µs CPU/request` +
      (failures > 0 ? ` (${failures} failed)` : ''),
  );
  return result;
}

/** GET with the browser's headers; fails unless the answer is a 200 in gzip. */
async function fetchPage(port: number, pathname: string, headers: Record<string, string>) {
  const page = await probe(port, pathname, { ...BROWSER, ...headers });
  if (page?.status !== 200)
    throw new Error(`GET ${pathname} answered ${page?.status ?? 'nothing'}`);
  if (page.headers['content-encoding'] !== 'gzip') throw new Error(`GET ${pathname} is not gzip`);
  return { ...page, html: gunzipSync(page.body).toString('utf8') };
}

/** Headers worth replaying: all but those node:http writes on each response itself. */
function replayableHeaders(headers: Record<string, string | string[] | undefined>) {
  const skip = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding', 'content-length']);
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !skip.has(name)));
}

async function startConcord(dataDir: string, extra: Record<string, string> = {}): Promise<Server> {
  const port = await freePort();
  const child = spawnNode(
    [...CONCORD_NODE_FLAGS, CONCORD_MAIN, 'serve'],
    concordEnv(dataDir, port, extra),
  );
  await waitFor200(child, port, { timeoutMs: 30_000 });
  return { child, port };
}

export async function benchHttp(): Promise<HttpResult> {
  const temp = tempDir('http');
  const servers: Server[] = [];
  try {
    // The database first, in its own process: migrated, one confirmed person, signed in.
    const seeded = await runNode(
      ['--import', 'tsx', 'bench/servers/seed.ts'],
      concordEnv(temp.dir, await freePort()),
    );
    const { cookie } = JSON.parse(seeded.trim().split('\n').at(-1)!) as { cookie: string };

    const concord = await startConcord(temp.dir);
    servers.push(concord);
    const afterStartMb = rssMb(concord.child.pid);
    const heapAfterStart = await heapOf(concord);

    const home = await fetchPage(concord.port, '/', {});
    if (/action="\/sign-out"/.test(home.html)) throw new Error('home page: signed in unexpectedly');
    const identity = await probe(concord.port, '/', { 'accept-language': 'en' });
    const account = await fetchPage(concord.port, '/account', { cookie });
    if (!/action="\/sign-out"/.test(account.html)) throw new Error('/account: not signed in');

    // The baseline replays the home page's exact status, headers and compressed bytes.
    const fixture = path.join(temp.dir, 'home.json');
    fs.writeFileSync(
      fixture,
      JSON.stringify({
        status: home.status,
        headers: replayableHeaders(home.headers),
        body: home.body.toString('base64'),
      }),
    );
    const barePort = await freePort();
    const bareChild = spawnNode([BARE_SERVER], {
      PORT: String(barePort),
      HOST,
      BENCH_FIXTURE: fixture,
    });
    const bare = { child: bareChild, port: barePort };
    servers.push(bare);
    await waitFor200(bareChild, barePort, { timeoutMs: 10_000 });
    const replayed = await probe(barePort, '/', BROWSER);
    if (!replayed?.body.equals(home.body))
      throw new Error('bare server: bytes differ from Concord');

    const rounds: Round[] = [];
    for (let i = 1; i <= ROUNDS; i++) {
      const bareRun = await load(`bare node:http, round ${i}`, bare, '/', BROWSER);
      const homeRun = await load(`home, signed out, round ${i}`, concord, '/', BROWSER);
      rounds.push({ bare: bareRun, home: homeRun, share: homeRun.rps / bareRun.rps });
    }
    await bare.child.stop();
    const accountRun = await load('/account, signed in', concord, '/account', {
      ...BROWSER,
      cookie,
    });
    const afterLoadMb = rssMb(concord.child.pid);
    const heapAfterLoad = await heapOf(concord);
    await concord.child.stop();

    const profiles = [
      await profilePage('home, signed out', temp.dir, '/'),
      await profilePage('/account, signed in', temp.dir, '/account', { cookie }),
    ];
    const postgres = await benchPostgresHome(temp.dir);

    return {
      rounds,
      median: [...rounds].sort((a, b) => a.share - b.share)[Math.floor(rounds.length / 2)]!,
      account: accountRun,
      homeBytes: { gzip: home.body.length, identity: identity?.body.length ?? 0 },
      accountBytes: { gzip: account.body.length },
      rss: { afterStartMb, afterLoadMb },
      heap: { afterStart: heapAfterStart, afterLoad: heapAfterLoad },
      profiles,
      postgres,
    };
  } finally {
    for (const server of servers) await server.child.stop();
    temp.remove();
  }
}

/** The signed-out home page on a throwaway PostgreSQL database on 127.0.0.1, if one is there. */
async function benchPostgresHome(dataDir: string): Promise<HttpResult['postgres']> {
  const { hostname } = new URL(TEST_POSTGRES_URL);
  const unavailable =
    hostname === HOST || hostname === 'localhost'
      ? await postgresUnavailable()
      : `${hostname} is not the loopback address`;
  if (unavailable) {
    progress(`http postgres skipped: ${unavailable}`);
    return { skipped: unavailable };
  }
  const database = await createThrowawayDatabase('postgres');
  if (database.target.engine !== 'postgres') throw new Error('expected a PostgreSQL database');
  let server: Server | undefined;
  try {
    server = await startConcord(path.join(dataDir, 'pg'), { DATABASE_URL: database.target.url });
    await fetchPage(server.port, '/', {});
    return { home: await load('home, signed out (PostgreSQL)', server, '/', BROWSER) };
  } finally {
    await server?.child.stop();
    await database.drop();
  }
}
