/**
 * PostgreSQL failing under a running Concord, for real: a connection in use ended by the server
 * (as a restart, a failover or an administrator does), a connection reset, and a network that
 * stops carrying bytes, played by a small TCP proxy between Concord and the server.
 */
import net from 'node:net';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../../../test/app.js';
import {
  createThrowawayDatabase,
  postgresUnavailable,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { bootConcord, type Concord } from '../../boot.js';
import { loadConfig } from '../../config.js';
import { createLogger } from '../log.js';
import { isConnectionFailure } from './errors.js';

/** Forwards TCP to `target`; `stall()` holds every byte until `resume()`, `reset()` cuts all. */
async function startProxy(target: URL) {
  const sockets = new Set<net.Socket>();
  const held: Array<() => void> = [];
  let stalled = false;
  const forward = (from: net.Socket, to: net.Socket) => {
    from.on('data', (chunk) => {
      if (stalled) held.push(() => to.write(chunk));
      else to.write(chunk);
    });
    from.on('error', () => to.destroy());
    from.on('close', () => {
      sockets.delete(from);
      to.destroy();
    });
  };
  const server = net.createServer((client) => {
    const upstream = net.connect(Number(target.port || 5432), target.hostname);
    sockets.add(client);
    sockets.add(upstream);
    forward(client, upstream);
    forward(upstream, client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as net.AddressInfo).port,
    stall() {
      stalled = true;
    },
    resume() {
      stalled = false;
      for (const write of held.splice(0)) write();
    },
    reset() {
      for (const socket of sockets) socket.resetAndDestroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

const unavailable = await postgresUnavailable();

describe.skipIf(unavailable !== undefined)('PostgreSQL faults', { timeout: 60_000 }, () => {
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);
  let throwaway: ThrowawayDatabase;
  let proxy: Awaited<ReturnType<typeof startProxy>>;
  let admin: pg.Client;
  /** On the server directly, with the default timeouts. */
  let direct: Concord;
  /** Through the proxy, with short timeouts. */
  let proxied: Concord;
  let database: string;

  const boot = (url: string, env: Record<string, string> = {}) =>
    bootConcord(
      {
        ...loadConfig({ NODE_ENV: 'test', CONCORD_SECRET: 'x'.repeat(40), ...env }),
        database: { engine: 'postgres', url },
      },
      createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
      { poolSize: 4 },
    );

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    throwaway = await createThrowawayDatabase('postgres');
    const url = new URL((throwaway.target as { url: string }).url);
    database = url.pathname.slice(1);
    proxy = await startProxy(url);
    direct = await boot(url.href);
    const throughProxy = new URL(url);
    throughProxy.hostname = '127.0.0.1';
    throughProxy.port = String(proxy.port);
    proxied = await boot(throughProxy.href, {
      DATABASE_CONNECT_TIMEOUT_MS: '500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1500',
      DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '500',
    });
    admin = new pg.Client({ connectionString: url.href });
    await admin.connect();
  });
  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
    await admin?.end();
    await direct?.close();
    await proxied?.close();
    await proxy?.close();
    await throwaway?.drop();
  });

  /**
   * Sends `count` requests for `path` (which must look up an event) while the events table is
   * locked, so that each waits in the database holding a connection; runs `fault` once they all
   * wait there, then lifts the lock.
   */
  async function inFlight(
    concord: Concord,
    path: string,
    count: number,
    fault: (pids: number[]) => unknown,
  ) {
    await admin.query('begin');
    await admin.query('lock table events in access exclusive mode');
    try {
      const responses = Array.from({ length: count }, () => new TestClient(concord).get(path));
      await fault(await waitingBackends(count));
      return await Promise.all(responses);
    } finally {
      await admin.query('rollback');
    }
  }

  async function waitingBackends(count: number) {
    for (let attempt = 0; attempt < 100; attempt++) {
      // Inside a transaction the activity view is a snapshot taken at its first reading.
      await admin.query('select pg_stat_clear_snapshot()');
      const { rows } = await admin.query<{ pid: number }>(
        `select pid from pg_stat_activity
         where datname = $1 and wait_event_type = 'Lock' and pid <> pg_backend_pid()`,
        [database],
      );
      if (rows.length === count) return rows.map((r) => r.pid);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error(`not all ${count} requests waited on the lock`);
  }

  it('answers 503 when the server ends a connection in use, and serves the next request', async () => {
    // Several at once: whether a lost client raised its 'error' unheard depended on timing.
    const terminate = (pids: number[]) =>
      admin.query('select pg_terminate_backend(pid) from unnest($1::int[]) as pid', [pids]);

    const pages = await inFlight(direct, '/events/a-forum', 4, terminate);
    for (const page of pages) {
      expect(page.status).toBe(503);
      expect(page.html).toContain('The service is briefly unavailable');
    }
    expect((await new TestClient(direct).get('/events')).status).toBe(200);

    const answers = await inFlight(direct, '/api/v1/events/a-forum', 4, terminate);
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(JSON.parse(answer.html)).toMatchObject({ error: { code: 'error.503' } });
    }
    expect((await new TestClient(direct).get('/api/v1/events')).status).toBe(200);

    expect(crashes).toEqual([]);
  });

  it('answers 503 when the connection resets, and serves the next request', async () => {
    const pages = await inFlight(proxied, '/events/a-forum', 2, () => proxy.reset());
    expect(pages.map((page) => page.status)).toEqual([503, 503]);
    expect((await new TestClient(proxied).get('/events')).status).toBe(200);
    expect(crashes).toEqual([]);
  });

  it('fails fast while the network carries nothing, and recovers when it does again', async () => {
    const client = new TestClient(proxied);
    expect((await client.get('/readyz')).status).toBe(200);
    proxy.stall();
    try {
      let started = performance.now();
      const ready = await client.get('/readyz');
      expect(ready.status).toBe(503);
      // Its deadline is 0.8 s; the rest is room for a busy machine.
      expect(performance.now() - started).toBeLessThan(1200);

      // A connection in the pool waits for its statement timeout and a second more; a new one
      // for the connection timeout.
      started = performance.now();
      expect((await client.get('/events')).status).toBe(503);
      expect(performance.now() - started).toBeLessThan(3500);
      started = performance.now();
      expect((await client.get('/events')).status).toBe(503);
      expect(performance.now() - started).toBeLessThan(3500);
    } finally {
      proxy.resume();
    }
    expect((await client.get('/events')).status).toBe(200);
    expect((await client.get('/readyz')).status).toBe(200);
    expect(crashes).toEqual([]);
  });

  it('ends a transaction left idle, and serves the next request', async () => {
    const left = await proxied.deps.db.kysely
      .transaction()
      .execute(async (tx) => {
        await sql`select 1`.execute(tx);
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await sql`select 1`.execute(tx);
      })
      .catch((error: unknown) => error);
    expect(isConnectionFailure(left)).toBe(true);
    expect((await new TestClient(proxied).get('/events')).status).toBe(200);
    expect(crashes).toEqual([]);
  });
});
