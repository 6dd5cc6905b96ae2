/** The SQL of task reminders (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const { at, id } = FIXED;

const queries: Record<string, Query> = {
  listTasksToRemind: (db) => q.listTasksToRemind(db, '2026-04-03', 200),
  claimTaskReminder: (db) => q.claimTaskReminder(db, id, at),
};

describeCompiledQueries(queries);
