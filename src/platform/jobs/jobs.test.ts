/**
 * Durable jobs on a real database, with two Concords on it as two processes: retries with
 * back-off, the dead job on the administrators' page and its retry, a lease that runs out, and
 * a recurring job scheduled once however many processes schedule it.
 */
import { describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, useConcords } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { backoffMs, DEFAULT_LEASE_MS, enqueueJob } from './index.js';

const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

describeEachEngine('durable jobs', (engine) => {
  const concords = useConcords(engine, 2);
  const one = () => concords()[0]!;
  const two = () => concords()[1]!;
  const job = (id: string) =>
    one()
      .deps.db.kysely.selectFrom('jobs')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
  const jobOfKind = (kind: string) =>
    one()
      .deps.db.kysely.selectFrom('jobs')
      .selectAll()
      .where('kind', '=', kind)
      .executeTakeFirstOrThrow();

  describe('a job that throws', () => {
    it('is retried with back-off, dead after its last try, shown to administrators and retried', async () => {
      let failing = true;
      const runs: number[] = [];
      one().jobs.register<{ word: string }>('test.flaky', {
        run: async ({ word }, { attempt }) => {
          runs.push(attempt);
          if (failing) throw new Error(`the relay refused ${word}`);
        },
      });
      await enqueueJob(one().deps.db.kysely, {
        kind: 'test.flaky',
        payload: { word: 'salam' },
        maxAttempts: 3,
      });
      const { id } = await jobOfKind('test.flaky');
      const t0 = later(new Date(), 1000);

      expect(await one().jobs.runDue(t0)).toBe(1);
      expect(await job(id)).toMatchObject({
        state: 'pending',
        attempts: 1,
        last_error: 'the relay refused salam',
        run_at: later(t0, backoffMs(1)).toISOString(),
        locked_by: null,
      });
      // Not before its back-off is over.
      expect(await one().jobs.runDue(later(t0, backoffMs(1) - 1))).toBe(0);
      const t1 = later(t0, backoffMs(1));
      expect(await one().jobs.runDue(t1)).toBe(1);
      expect(await job(id)).toMatchObject({
        state: 'pending',
        attempts: 2,
        run_at: later(t1, backoffMs(2)).toISOString(),
      });
      expect(backoffMs(2)).toBe(2 * backoffMs(1));
      const t2 = later(t1, backoffMs(2));
      expect(await one().jobs.runDue(t2)).toBe(1);
      expect(await job(id)).toMatchObject({ state: 'dead', attempts: 3, locked_by: null });
      // Dead stays dead, whenever the workers look.
      expect(await one().jobs.runDue(later(t2, 86_400_000))).toBe(0);
      expect(runs).toEqual([1, 2, 3]);

      const admin = await adminClient(one());
      const page = await admin.client.get('/admin/jobs');
      expect(page.status).toBe(200);
      const row = page.html.slice(page.html.indexOf('<code>test.flaky</code>'));
      expect(row).toContain('dead');
      expect(row).toContain('3 / 3');
      expect(row).toContain('the relay refused salam');
      expect(page.html).toContain(`action="/admin/jobs/${id}/retry"`);

      const member = await signedUpClient(one(), { name: 'Not An Administrator' });
      await member.client.get('/account');
      expect((await member.client.post(`/admin/jobs/${id}/retry`, {})).status).toBe(403);
      expect((await job(id)).state).toBe('dead');

      failing = false;
      const retried = await admin.client.post(`/admin/jobs/${id}/retry`, {});
      expect(retried.status).toBe(303);
      expect(retried.location).toBe('/admin/jobs?retried=1');
      expect(await job(id)).toMatchObject({ state: 'pending', attempts: 0 });
      const audit = await one()
        .deps.db.kysely.selectFrom('audit_log')
        .select(['action', 'actor_id'])
        .where('subject_id', '=', id)
        .execute();
      expect(audit).toEqual([{ action: 'jobs.retry', actor_id: admin.id }]);
      // Retrying what is no longer dead is refused, and changes nothing.
      await admin.client.get('/admin/jobs');
      expect((await admin.client.post(`/admin/jobs/${id}/retry`, {})).status).toBe(409);

      expect(await one().jobs.runDue()).toBe(1);
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 1 });
      expect(runs).toEqual([1, 2, 3, 1]);
      const after = await admin.client.get('/admin/jobs');
      expect(after.html).not.toContain('<code>test.flaky</code>');
    });
  });

  describe('a process that dies mid-job', () => {
    it('leaves the lease to run out; then another process claims the job again', async () => {
      let release = () => {};
      const ran: string[] = [];
      one().jobs.register('test.lease', {
        run: () =>
          new Promise<void>((resolve) => {
            ran.push('one');
            release = resolve;
          }),
      });
      two().jobs.register('test.lease', {
        run: async () => {
          ran.push('two');
        },
      });
      await enqueueJob(one().deps.db.kysely, { kind: 'test.lease' });
      const { id } = await jobOfKind('test.lease');
      const t0 = later(new Date(), 1000);

      // The first process claims it and hangs, as one stopped by kill -9 would never answer.
      const hanging = one().jobs.runDue(t0);
      while ((await job(id)).state !== 'running') await new Promise((r) => setTimeout(r, 10));
      expect(await job(id)).toMatchObject({
        attempts: 1,
        locked_until: later(t0, DEFAULT_LEASE_MS).toISOString(),
      });
      expect(await two().jobs.runDue(later(t0, DEFAULT_LEASE_MS - 1))).toBe(0);

      expect(await two().jobs.runDue(later(t0, DEFAULT_LEASE_MS))).toBe(1);
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 2, locked_by: null });

      // The first process comes back: its claim is gone, so it changes nothing.
      release();
      expect(await hanging).toBe(1);
      expect(await job(id)).toMatchObject({ state: 'done', attempts: 2 });
      expect(ran).toEqual(['one', 'two']);
    });
  });

  describe('a recurring job that throws', () => {
    it('is never dead: it retries no later than its next period, keeping its error', async () => {
      let tries = 0;
      two().jobs.register('test.recurring', {
        every: 60_000,
        run: async () => {
          tries++;
          throw new Error('the digest could not be built');
        },
      });
      const t0 = later(new Date(), 1000);
      await two().jobs.scheduleRecurring(t0);
      let at = t0;
      for (let i = 0; i < 12; i++) {
        await two().jobs.runDue(at);
        const row = await jobOfKind('test.recurring');
        expect(row.state).toBe('pending');
        expect(new Date(row.run_at).getTime() - at.getTime()).toBeLessThanOrEqual(60_000);
        at = new Date(row.run_at);
      }
      expect(tries).toBe(12);
      expect(await jobOfKind('test.recurring')).toMatchObject({
        attempts: 12,
        last_error: 'the digest could not be built',
      });
    });
  });

  describe('a unique key', () => {
    it('makes a job that both processes schedule at once exist once', async () => {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          enqueueJob((i % 2 ? one() : two()).deps.db.kysely, {
            kind: 'test.digest',
            uniqueKey: 'digest:2026-12-07',
            runAt: new Date('2026-12-08T06:00:00Z'),
          }),
        ),
      );
      expect(results.filter(Boolean)).toHaveLength(1);
      const rows = await one()
        .deps.db.kysely.selectFrom('jobs')
        .select(['kind', 'run_at', 'state'])
        .where('unique_key', '=', 'digest:2026-12-07')
        .execute();
      expect(rows).toEqual([
        { kind: 'test.digest', run_at: '2026-12-08T06:00:00.000Z', state: 'pending' },
      ]);
    });
  });
});
