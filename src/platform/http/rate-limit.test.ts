import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { TestClient, uniqueEmail, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { bootConcord, type Concord } from '../../boot.js';
import { createLogger } from '../log.js';
import { type RateLimitRule, takeRateLimit } from './rate-limit.js';

const MINUTE = 60_000;
/** A fixed instant at the start of a one-minute window (in 2025), apart from real-clock windows. */
const WINDOW_START = 29_000_000 * MINUTE;
const rule = (limit: number): RateLimitRule => ({
  bucket: `test-${randomUUID()}`,
  limit,
  windowSeconds: 60,
});

let ips = 0;
/** An address of its own, so that tests in one file never share a per-IP counter. */
const freshIp = () => `203.0.113.${++ips}`;

/** A client from `ip` that has already loaded the form (and so holds a CSRF token). */
async function clientAt(concord: Concord, ip: string, form: string) {
  const client = new TestClient(concord, ip);
  await client.get(form);
  return client;
}

const wrongSignIn = (client: TestClient, email = uniqueEmail('guess')) =>
  client.post('/sign-in', { email, password: 'not the password' });

function expectRefused(page: { status: number; html: string; headers: Headers }) {
  expect(page.status).toBe(429);
  const retryAfter = Number(page.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(0);
  expect(page.html).toContain('Too many attempts. Please wait');
  expect(page.html).toContain('and try again.');
}

describeEachEngine('rate limits', (engine) => {
  const concord = useConcord(engine);

  describe('takeRateLimit', () => {
    it('allows `limit` attempts in a window, then refuses until the next window', async () => {
      const db = concord().deps.db.kysely;
      const r = rule(3);
      for (let i = 0; i < 3; i++) {
        expect(await takeRateLimit(db, r, ['a'], WINDOW_START + i * 1000)).toEqual({
          allowed: true,
        });
      }
      expect(await takeRateLimit(db, r, ['a'], WINDOW_START + 15_000)).toEqual({
        allowed: false,
        retryAfterSeconds: 45,
      });
      expect(await takeRateLimit(db, r, ['a'], WINDOW_START + MINUTE - 1)).toEqual({
        allowed: false,
        retryAfterSeconds: 1,
      });
      expect(await takeRateLimit(db, r, ['a'], WINDOW_START + MINUTE)).toEqual({ allowed: true });
    });

    it('counts each subject apart, and refuses when any subject is over', async () => {
      const db = concord().deps.db.kysely;
      const r = rule(2);
      const now = WINDOW_START + 30_000;
      await takeRateLimit(db, r, ['ip-1', 'alice'], now);
      await takeRateLimit(db, r, ['ip-2', 'alice'], now);
      expect(await takeRateLimit(db, r, ['ip-3', 'bob'], now)).toEqual({ allowed: true });
      expect(await takeRateLimit(db, r, ['ip-3', 'alice'], now)).toEqual({
        allowed: false,
        retryAfterSeconds: 30,
      });
      // The refused attempt still counted for ip-3: it has now had two.
      expect((await takeRateLimit(db, r, ['ip-3'], now)).allowed).toBe(false);
      expect((await takeRateLimit(db, rule(2), ['alice'], now)).allowed).toBe(true);
    });

    it('lets exactly `limit` of many simultaneous attempts through', async () => {
      const db = concord().deps.db.kysely;
      const r = rule(10);
      const verdicts = await Promise.all(
        Array.from({ length: 25 }, () => takeRateLimit(db, r, ['crowd'], WINDOW_START)),
      );
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
    });

    it('now and then sweeps away counters of windows that have ended', async () => {
      const db = concord().deps.db.kysely;
      const r = rule(5);
      await takeRateLimit(db, r, ['old'], WINDOW_START);
      const prefix = `${r.bucket}:`;
      const rows = () =>
        db.selectFrom('rate_limit_hits').select('key').where('key', 'like', `${prefix}%`).execute();
      expect(await rows()).toHaveLength(1);
      const random = vi.spyOn(Math, 'random').mockReturnValue(0);
      try {
        await takeRateLimit(db, r, ['new'], WINDOW_START + 2 * MINUTE);
      } finally {
        random.mockRestore();
      }
      expect((await rows()).map((row) => row.key)).toEqual([
        `${prefix}new:${WINDOW_START + 2 * MINUTE}`,
      ]);
    });
  });

  describe('on the account pages', () => {
    it('refuses the 11th sign-in from one address in the window', async () => {
      const client = await clientAt(concord(), freshIp(), '/sign-in');
      for (let i = 0; i < 10; i++) expect((await wrongSignIn(client)).status).toBe(422);
      expectRefused(await wrongSignIn(client));
      // Another address is not affected.
      const other = await clientAt(concord(), freshIp(), '/sign-in');
      expect((await wrongSignIn(other)).status).toBe(422);
    });

    it('refuses the 11th sign-in to one account, whatever the addresses', async () => {
      const email = uniqueEmail('target');
      for (let i = 0; i < 10; i++) {
        const client = await clientAt(concord(), freshIp(), '/sign-in');
        expect((await wrongSignIn(client, email)).status).toBe(422);
      }
      const last = await clientAt(concord(), freshIp(), '/sign-in');
      // However the address is written.
      expectRefused(await wrongSignIn(last, ` ${email.toUpperCase()}`));
    });

    it('does not let malformed sign-ins from many addresses lock out one another', async () => {
      for (let i = 0; i < 12; i++) {
        const client = await clientAt(concord(), freshIp(), '/sign-in');
        const page = await client.post('/sign-in', { email: 'not-an-email', password: '' });
        expect(page.status).toBe(422);
      }
    });

    it('answers a refused sign-in in the visitor’s language', async () => {
      const email = uniqueEmail('russian');
      for (let i = 0; i < 10; i++) {
        await wrongSignIn(await clientAt(concord(), freshIp(), '/sign-in'), email);
      }
      const client = await clientAt(concord(), freshIp(), '/sign-in');
      const page = await client.request('/sign-in', {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          'accept-language': 'ru',
        },
        body: new URLSearchParams({
          email,
          password: 'not the password',
          _csrf: /name="_csrf" value="([^"]+)"/.exec((await client.get('/sign-in')).html)![1]!,
        }).toString(),
      });
      expect(page.status).toBe(429);
      const minutes = Math.ceil(Number(page.headers.get('retry-after')) / 60);
      const word = { one: 'минуту', few: 'минуты', many: 'минут' }[
        new Intl.PluralRules('ru').select(minutes) as 'one' | 'few' | 'many'
      ];
      expect(page.html).toContain(`Слишком много попыток. Подождите ${minutes} ${word} и`);
    });

    it('refuses the 11th sign-up from one address in the window', async () => {
      const client = await clientAt(concord(), freshIp(), '/sign-up');
      // Invalid forms count too: the limit is taken before the form is read.
      const invalid = { name: '', email: 'not-an-email', password: 'x' };
      for (let i = 0; i < 10; i++)
        expect((await client.post('/sign-up', invalid)).status).toBe(422);
      expectRefused(await client.post('/sign-up', invalid));
    });

    it('refuses the 6th password reset for one address, whatever the addresses', async () => {
      const email = uniqueEmail('reset');
      for (let i = 0; i < 5; i++) {
        const client = await clientAt(concord(), freshIp(), '/forgot-password');
        expect((await client.post('/forgot-password', { email })).status).toBe(200);
      }
      const last = await clientAt(concord(), freshIp(), '/forgot-password');
      expectRefused(await last.post('/forgot-password', { email }));
      const other = await clientAt(concord(), freshIp(), '/forgot-password');
      expect((await other.post('/forgot-password', { email: uniqueEmail() })).status).toBe(200);
    });
  });

  describe('across two processes sharing the database', () => {
    let second: Concord;
    beforeAll(async () => {
      second = await bootConcord(concord().deps.config, createLogger('silent'), { poolSize: 5 });
    });
    afterAll(async () => {
      await second?.close();
    });

    it('holds the sign-in limit when attempts alternate between the processes', async () => {
      const ip = freshIp();
      const processes: Concord[] = [concord(), second];
      const clients = await Promise.all(processes.map((p) => clientAt(p, ip, '/sign-in')));
      for (let i = 0; i < 10; i++) expect((await wrongSignIn(clients[i % 2]!)).status).toBe(422);
      expectRefused(await wrongSignIn(clients[0]!));
      expectRefused(await wrongSignIn(clients[1]!));
    });
  });
});
