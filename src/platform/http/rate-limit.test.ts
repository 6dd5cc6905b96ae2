import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { uniqueEmail, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { clientAt, expectRefused, freshIp, wrongSignIn } from '../../../test/fixtures/sign-in.js';
import { bootConcord, type Concord } from '../../boot.js';
import { createLogger } from '../log.js';
import { type RateLimitRule, takeRateLimit, takeRateLimitAttempt } from './rate-limit.js';

const MINUTE = 60_000;
/** A fixed instant at the start of a one-minute window (in 2025), apart from real-clock windows. */
const WINDOW_START = 29_000_000 * MINUTE;
const rule = (limit: number): RateLimitRule => ({
  bucket: `test-${randomUUID()}`,
  limit,
  windowSeconds: 60,
});

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

  describe('takeRateLimitAttempt', () => {
    const attempt = (r: RateLimitRule, subject: string, now: number) =>
      takeRateLimitAttempt(concord().deps.db.kysely, [{ rule: r, subject }], now);

    it('counts only the attempts that are not given back', async () => {
      const r = rule(3);
      for (let i = 0; i < 10; i++) {
        const success = await attempt(r, 'owner', WINDOW_START);
        expect(success.allowed).toBe(true);
        if (success.allowed) await success.giveBack();
      }
      for (let i = 0; i < 3; i++)
        expect((await attempt(r, 'owner', WINDOW_START)).allowed).toBe(true);
      expect(await attempt(r, 'owner', WINDOW_START + 20_000)).toEqual({
        allowed: false,
        retryAfterSeconds: 40,
        refusedBy: [r],
      });
    });

    it('gives a refused attempt back at once, and waits for the last limit it hit', async () => {
      const db = concord().deps.db.kysely;
      const short = rule(1);
      const long = { ...rule(1), windowSeconds: 600 };
      const open = rule(5);
      const charges = [
        { rule: short, subject: 'x' },
        { rule: long, subject: 'x' },
        { rule: open, subject: 'x' },
      ];
      expect((await takeRateLimitAttempt(db, charges, WINDOW_START)).allowed).toBe(true);
      expect(await takeRateLimitAttempt(db, charges, WINDOW_START)).toEqual({
        allowed: false,
        retryAfterSeconds: 600,
        refusedBy: [short, long],
      });
      // The refused attempt left no trace: four more fit under the open limit's five.
      for (let i = 0; i < 4; i++)
        expect((await attempt(open, 'x', WINDOW_START)).allowed).toBe(true);
      expect((await attempt(open, 'x', WINDOW_START)).allowed).toBe(false);
    });

    it('lets exactly `limit` of many simultaneous failures through', async () => {
      const r = rule(10);
      const verdicts = await Promise.all(
        Array.from({ length: 25 }, () => attempt(r, 'burst', WINDOW_START)),
      );
      expect(verdicts.filter((v) => v.allowed)).toHaveLength(10);
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
      const email = uniqueEmail('target');
      const processes: Concord[] = [concord(), second];
      const clients = await Promise.all(processes.map((p) => clientAt(p, ip, '/sign-in')));
      for (let i = 0; i < 10; i++)
        expect((await wrongSignIn(clients[i % 2]!, email)).status).toBe(422);
      expectRefused(await wrongSignIn(clients[0]!, email));
      expectRefused(await wrongSignIn(clients[1]!, email));
    });
  });
});
