/**
 * Durable jobs in the database: work that runs outside a request (delivering a mail, sending
 * reminders, later digests and notifications), claimed by one process at a time however many
 * poll the table.
 *
 * - Enqueue with `enqueueJob(tx, …)` inside the transaction that causes the work, so a job
 *   exists exactly when that work was committed. A unique key makes a job that several
 *   processes schedule (a recurring one, "the digest for day X") exist once: the database's
 *   unique constraint decides, not a check.
 * - A worker claims a due job in one committed statement that also counts the try and sets a
 *   lease, then runs its kind's handler. The claim is recorded before the work starts, so a
 *   job is done at most once per claim; a process that dies mid-job leaves the lease to run
 *   out, and another claims the job again.
 * - A handler that throws is tried again after a back-off that doubles from 30 seconds (to at
 *   most an hour); after its last try the job is dead, shown at /admin/jobs with its error
 *   until an administrator retries it. A recurring job never dies: its back-off stops at its
 *   period, and it keeps its last error for the page.
 */
import os from 'node:os';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Engine } from '../db/connection.js';
import { newId } from '../db/ids.js';
import type { Database } from '../db/tables.js';
import * as q from './queries.js';

export type { JobRow, JobState } from './queries.js';

/** Tries before a job is dead, unless it is enqueued with its own. */
export const DEFAULT_MAX_ATTEMPTS = 8;
/** How long a claim holds: a job must finish well within it, or another process retakes it. */
export const DEFAULT_LEASE_MS = 5 * 60_000;
const FIRST_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 60 * 60_000;
/** Done jobs are kept this long (for the administrators' page), then purged. */
const KEEP_DONE_MS = 7 * 24 * 3600_000;

/** How long a job waits after its `attempt`-th try failed. */
export const backoffMs = (attempt: number) =>
  Math.min(FIRST_BACKOFF_MS * 2 ** Math.max(0, attempt - 1), MAX_BACKOFF_MS);

export type JobRun = { id: string; attempt: number; now: Date };

export type JobHandler<P> = {
  run(payload: P, job: JobRun): Promise<void>;
  /** Makes the kind recurring: one job, under the kind as its unique key, run every `every` ms. */
  every?: number;
};

/**
 * Queues a job; pass the transaction of the work that causes it. Returns false when a job with
 * `uniqueKey` already exists (nothing is written).
 *
 * @example await enqueueJob(tx, { kind: 'mail.deliver', payload: { id } })
 */
export async function enqueueJob(
  db: Kysely<Database>,
  job: {
    kind: string;
    payload?: unknown;
    runAt?: Date;
    uniqueKey?: string;
    maxAttempts?: number;
  },
) {
  const now = new Date().toISOString();
  const inserted = await q.insertJob(db, {
    id: newId(),
    kind: job.kind,
    payload: JSON.stringify(job.payload ?? {}),
    unique_key: job.uniqueKey ?? null,
    state: 'pending',
    run_at: (job.runAt ?? new Date()).toISOString(),
    attempts: 0,
    max_attempts: job.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: now,
    updated_at: now,
    finished_at: null,
  });
  return inserted === 1;
}

/** What the administrators' page shows. */
export const listJobs = (db: Kysely<Database>, states: readonly q.JobState[], limit: number) =>
  q.listJobs(db, states, limit);

/** The kind of each job with these ids, for the audit log; forgotten jobs are left out. */
export const findJobKinds = (db: Kysely<Database>, ids: readonly string[]) =>
  q.findJobKinds(db, ids);

/** How many jobs are in each state. */
export async function countJobs(db: Kysely<Database>) {
  const counts: Record<q.JobState, number> = { pending: 0, running: 0, done: 0, dead: 0 };
  for (const row of await q.countJobsByState(db)) counts[row.state] = Number(row.count);
  return counts;
}

/** Gives a dead job its tries back, to run now; false when it was not dead. */
export const retryDeadJob = async (db: Kysely<Database>, id: string) =>
  (await q.reviveDeadJob(db, id, new Date().toISOString())) === 1;

export type Worker = { stop(): Promise<void> };

export type Jobs = {
  /** Registers the handler of a kind; a process claims only the kinds it has handlers for. */
  register<P>(kind: string, handler: JobHandler<P>): void;
  /** Schedules every recurring kind, once across processes: the unique key decides. */
  scheduleRecurring(now?: Date): Promise<void>;
  /** Runs due jobs one after another until none is due; returns how many ran. `now` fixes the clock. */
  runDue(now?: Date): Promise<number>;
  /**
   * Schedules the recurring kinds, then polls every `pollMs` until stopped; `stop()` lets the
   * job in hand finish.
   */
  start(options?: { pollMs?: number }): Worker;
};

/** @example const jobs = createJobs({ db, engine, log }); jobs.register('mail.deliver', …) */
export function createJobs(options: { db: Kysely<Database>; engine: Engine; log: Logger }): Jobs {
  const { db, engine, log } = options;
  const handlers = new Map<string, JobHandler<unknown>>();
  const worker = `${os.hostname()}:${process.pid}`;

  async function scheduleRecurring(now = new Date()) {
    for (const [kind, handler] of handlers) {
      if (handler.every !== undefined) await enqueueJob(db, { kind, uniqueKey: kind, runAt: now });
    }
  }

  /**
   * Runs one claimed job to its end: done, rescheduled, retried later, or dead. Only the
   * handler's own failure counts as a failed try; when recording the outcome fails (the
   * database is gone), the job stays claimed until its lease runs out, as if this process died.
   */
  async function runClaimed(job: q.JobRow, claim: string, clock: () => Date) {
    const handler = handlers.get(job.kind)!;
    let failure: { error: unknown } | undefined;
    try {
      await handler.run(JSON.parse(job.payload), {
        id: job.id,
        attempt: job.attempts,
        now: clock(),
      });
    } catch (error) {
      failure = { error };
    }
    const at = clock();
    if (!failure) {
      const kept =
        handler.every === undefined
          ? await q.finishJob(db, job.id, claim, at.toISOString())
          : await q.releaseJob(db, job.id, claim, {
              runAt: new Date(at.getTime() + handler.every).toISOString(),
              at: at.toISOString(),
              error: null,
              resetAttempts: true,
            });
      if (!kept) log.warn({ job: job.id, kind: job.kind }, 'job finished after its lease ran out');
      return;
    }
    const { error } = failure;
    const message = ((error as Error)?.message ?? String(error)).slice(0, 2000);
    log.warn({ err: error, job: job.id, kind: job.kind, attempt: job.attempts }, 'job failed');
    if (handler.every === undefined && job.attempts >= job.max_attempts) {
      await q.buryJob(db, job.id, claim, message, at.toISOString());
      log.error({ job: job.id, kind: job.kind, error: message }, 'job dead after its last try');
      return;
    }
    const wait = Math.min(backoffMs(job.attempts), handler.every ?? MAX_BACKOFF_MS);
    await q.releaseJob(db, job.id, claim, {
      runAt: new Date(at.getTime() + wait).toISOString(),
      at: at.toISOString(),
      error: message,
      resetAttempts: false,
    });
  }

  async function runDue(now?: Date, stopping: () => boolean = () => false) {
    const clock = () => now ?? new Date();
    const kinds = [...handlers.keys()];
    let ran = 0;
    while (!stopping()) {
      const at = clock();
      if (!(await q.hasDueJob(db, kinds, at.toISOString()))) break;
      const claim = `${worker}:${newId().slice(-12)}`;
      const job = await q.claimDueJob(db, engine, {
        kinds,
        now: at.toISOString(),
        claim,
        leaseUntil: new Date(at.getTime() + DEFAULT_LEASE_MS).toISOString(),
      });
      if (!job) break;
      await runClaimed(job, claim, clock);
      ran++;
    }
    return ran;
  }

  const jobs: Jobs = {
    register(kind, handler) {
      if (handlers.has(kind)) throw new Error(`job kind ${kind} is registered twice`);
      handlers.set(kind, handler as JobHandler<unknown>);
    },
    scheduleRecurring,
    runDue: (now) => runDue(now),
    start({ pollMs = 5000 } = {}) {
      let stopping = false;
      let scheduled = false;
      let wake = () => {};
      let timer: NodeJS.Timeout | undefined;
      const loop = (async () => {
        while (!stopping) {
          try {
            if (!scheduled) await scheduleRecurring();
            scheduled = true;
            await runDue(undefined, () => stopping);
          } catch (error) {
            log.error({ err: error }, 'jobs: polling failed');
          }
          if (stopping) break;
          await new Promise<void>((resolve) => {
            wake = resolve;
            timer = setTimeout(resolve, pollMs);
          });
        }
      })();
      return {
        async stop() {
          stopping = true;
          clearTimeout(timer);
          wake();
          await loop;
        },
      };
    },
  };

  jobs.register('jobs.purge', {
    every: 6 * 3600_000,
    run: async (_, { now }) => {
      await q.deleteDoneJobs(db, new Date(now.getTime() - KEEP_DONE_MS).toISOString());
    },
  });
  return jobs;
}
