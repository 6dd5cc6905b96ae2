/**
 * The SQL of durable jobs. A claim is one statement that moves a due job to 'running' under a
 * lease and counts the try: on PostgreSQL the candidate row is locked with SKIP LOCKED, so
 * concurrent workers each take a different job instead of queueing on one; SQLite runs one
 * writing statement at a time, so the same UPDATE … WHERE id = (SELECT …) is atomic there.
 * Every later change of a claimed job names the claim (locked_by): a worker whose lease ran
 * out and whose job another worker took can no longer finish or fail it.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../db/connection.js';
import type { Database, PlatformTables } from '../db/tables.js';

export type JobRow = PlatformTables['jobs'];
export type JobState = JobRow['state'];
type Db = Kysely<Database>;

/** Inserts a job; with a unique key already taken nothing is written and 0 is returned. */
export const insertJob = async (db: Db, row: JobRow) => {
  const result = await db
    .insertInto('jobs')
    .values(row)
    .$if(row.unique_key !== null, (q) => q.onConflict((oc) => oc.column('unique_key').doNothing()))
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0);
};

/**
 * Whether a job of these kinds is due at `now`: a read, so that an idle worker's poll takes no
 * write lock.
 */
export const hasDueJob = async (db: Db, kinds: readonly string[], now: string) =>
  (await db
    .selectFrom('jobs')
    .select('id')
    .where('kind', 'in', kinds)
    .where((eb) =>
      eb.or([
        eb.and([eb('state', '=', 'pending'), eb('run_at', '<=', now)]),
        eb.and([eb('state', '=', 'running'), eb('locked_until', '<=', now)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst()) !== undefined;

/** Claims the job due longest among `kinds` for `claim` until `leaseUntil`; undefined if none. */
export const claimDueJob = (
  db: Db,
  engine: Engine,
  p: { kinds: readonly string[]; now: string; claim: string; leaseUntil: string },
) =>
  db
    .updateTable('jobs')
    .set((eb) => ({
      state: 'running',
      locked_by: p.claim,
      locked_until: p.leaseUntil,
      attempts: eb('attempts', '+', 1),
      updated_at: p.now,
    }))
    .where('id', '=', (eb) =>
      eb
        .selectFrom('jobs')
        .select('id')
        .where('kind', 'in', p.kinds)
        .where((w) =>
          w.or([
            w.and([w('state', '=', 'pending'), w('run_at', '<=', p.now)]),
            w.and([w('state', '=', 'running'), w('locked_until', '<=', p.now)]),
          ]),
        )
        .orderBy('run_at')
        .limit(1)
        .$if(engine === 'postgres', (q) => q.forUpdate().skipLocked()),
    )
    .returningAll()
    .executeTakeFirst();

/** The claimed job is done; false when the claim was lost (its lease ran out and it was retaken). */
export const finishJob = async (db: Db, id: string, claim: string, at: string) =>
  Number(
    (
      await db
        .updateTable('jobs')
        .set({
          state: 'done',
          locked_by: null,
          locked_until: null,
          updated_at: at,
          finished_at: at,
        })
        .where('id', '=', id)
        .where('locked_by', '=', claim)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) === 1;

/** The claimed job goes back to waiting until `runAt`: a retry, or a recurring job's next run. */
export const releaseJob = async (
  db: Db,
  id: string,
  claim: string,
  p: { runAt: string; at: string; error: string | null; resetAttempts: boolean },
) =>
  Number(
    (
      await db
        .updateTable('jobs')
        .set({
          state: 'pending',
          run_at: p.runAt,
          locked_by: null,
          locked_until: null,
          updated_at: p.at,
          ...(p.error === null ? {} : { last_error: p.error }),
          ...(p.resetAttempts ? { attempts: 0 } : {}),
        })
        .where('id', '=', id)
        .where('locked_by', '=', claim)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) === 1;

/** The claimed job failed its last try: it stays, dead, for an administrator to see and retry. */
export const buryJob = async (db: Db, id: string, claim: string, error: string, at: string) =>
  Number(
    (
      await db
        .updateTable('jobs')
        .set({
          state: 'dead',
          locked_by: null,
          locked_until: null,
          last_error: error,
          updated_at: at,
          finished_at: at,
        })
        .where('id', '=', id)
        .where('locked_by', '=', claim)
        .executeTakeFirst()
    ).numUpdatedRows,
  ) === 1;

/** A dead job gets its tries back and runs at `at`; 0 when it is not (or no longer) dead. */
export const reviveDeadJob = async (db: Db, id: string, at: string) =>
  Number(
    (
      await db
        .updateTable('jobs')
        .set({ state: 'pending', attempts: 0, run_at: at, updated_at: at, finished_at: null })
        .where('id', '=', id)
        .where('state', '=', 'dead')
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** Jobs in the given states, dead first, then running, then by when they run. */
export const listJobs = (db: Db, states: readonly JobState[], limit: number) =>
  db
    .selectFrom('jobs')
    .selectAll()
    .where('state', 'in', states)
    .orderBy((eb) =>
      eb
        .case()
        .when('state', '=', 'dead')
        .then(0)
        .when('state', '=', 'running')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('run_at')
    .orderBy('id')
    .limit(limit)
    .execute();

/** The kind of each job with these ids; ids of jobs since forgotten are left out. */
export const findJobKinds = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('jobs')
        .select(['id', 'kind'])
        .where('id', 'in', [...ids])
        .execute();

export const countJobsByState = (db: Db) =>
  db
    .selectFrom('jobs')
    .select(['state', (eb) => eb.fn.countAll<number>().as('count')])
    .groupBy('state')
    .execute();

/** Forgets jobs done before `before`; dead jobs stay until someone retries them. */
export const deleteDoneJobs = (db: Db, before: string) =>
  db.deleteFrom('jobs').where('state', '=', 'done').where('finished_at', '<', before).execute();
