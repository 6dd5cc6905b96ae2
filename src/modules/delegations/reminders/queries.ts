/**
 * The SQL of task reminders: the tasks due, and the claim that makes a reminder go out once
 * however many processes look for due tasks.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

/** Tasks not done, with an owner, due on or before `dueBy` (YYYY-MM-DD), not yet reminded. */
export const listTasksToRemind = (db: Db, dueBy: string, limit: number) =>
  db
    .selectFrom('delegation_tasks as t')
    .innerJoin('delegations as d', 'd.id', 't.delegation_id')
    .innerJoin('external_events as e', 'e.id', 'd.external_event_id')
    .select([
      't.id',
      't.title',
      't.due_on',
      't.owner_id',
      't.delegation_id',
      'd.title as delegation_title',
      'd.lead_organization_id',
      'e.name as event_name',
    ])
    .where('t.done_at', 'is', null)
    .where('t.reminded_at', 'is', null)
    .where('t.owner_id', 'is not', null)
    .where('t.due_on', '<=', dueBy)
    .orderBy('t.due_on')
    .limit(limit)
    .execute();

/**
 * Claims a task's reminder: 1 for the one process whose update found it unreminded and not
 * done, 0 for any other. The row lock (PostgreSQL) or the single writer (SQLite) orders them.
 */
export const claimTaskReminder = async (db: Db, id: string, now: string) =>
  Number(
    (
      await db
        .updateTable('delegation_tasks')
        .set({ reminded_at: now })
        .where('id', '=', id)
        .where('reminded_at', 'is', null)
        .where('done_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );
