/** The SQL of the platform's own queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../test/query-snapshots.js';
import * as audit from '../audit/queries.js';
import * as rateLimits from '../http/queries.js';
import * as jobs from '../jobs/queries.js';
import * as mail from '../mail/queries.js';

const { at, person, id: token } = FIXED;

const queries: Record<string, Query> = {
  // platform/http
  incrementRateLimitHits: (db) => rateLimits.incrementRateLimitHits(db, 'sign-in:ip:0', 900_000),
  deleteExpiredRateLimitHits: (db) => rateLimits.deleteExpiredRateLimitHits(db, 1_000_000),
  decrementRateLimitHits: (db) => rateLimits.decrementRateLimitHits(db, 'sign-in:ip:0'),
  deleteRateLimitHits: (db) => rateLimits.deleteRateLimitHits(db, 'sign-in:ip:0'),
  // platform/audit
  insertAuditEntry: (db) =>
    audit.insertAuditEntry(db, {
      id: token,
      at,
      actor_id: person,
      actor_label: 'leyla@example.org',
      action: 'auth.signIn',
      subject_type: null,
      subject_id: null,
      ip: '198.51.100.7',
      details: '{}',
    }),
  listAuditActionNames: (db) => audit.listAuditActionNames(db),
  listAuditEntries: (db) => audit.listAuditEntries(db, { limit: 50 }),
  'listAuditEntries (action, before)': (db) =>
    audit.listAuditEntries(db, { action: 'auth.signIn', before: token, limit: 50 }),
  'listAuditEntries (people, dates)': (db) =>
    audit.listAuditEntries(db, {
      actorIds: [person, token],
      from: at,
      to: '2025-05-29T00:00:00.000Z',
      limit: 50,
    }),
  'listAuditEntries (nobody)': (db) => audit.listAuditEntries(db, { actorIds: [], limit: 50 }),
  // platform/mail
  insertOutboxMessage: (db) =>
    mail.insertOutboxMessage(db, {
      id: token,
      to_address: 'leyla@example.org',
      subject: 'Confirm',
      body_text: 'Open the link',
      created_at: at,
      sent_at: null,
      attempts: 0,
      last_error: null,
      attachments: '[]',
    }),
  listOutboxMessages: (db) => mail.listOutboxMessages(db, 50),
  'listOutboxMessages (before)': (db) => mail.listOutboxMessages(db, 50, token),
  findOutboxMessage: (db) => mail.findOutboxMessage(db, token),
  markMessageSent: (db) => mail.markMessageSent(db, token, at),
  markMessageFailed: (db) => mail.markMessageFailed(db, token, 'connection refused'),
  // platform/jobs
  insertJob: (db) => jobs.insertJob(db, job(null)),
  'insertJob (unique key)': (db) => jobs.insertJob(db, job('delegation.reminders')),
  hasDueJob: (db) => jobs.hasDueJob(db, ['mail.deliver', 'jobs.purge'], at),
  claimDueJob: (db, engine) =>
    jobs.claimDueJob(db, engine, {
      kinds: ['mail.deliver', 'jobs.purge'],
      now: at,
      claim: 'host:4242:0123456789ab',
      leaseUntil: '2025-05-28T09:05:00.000Z',
    }),
  finishJob: (db) => jobs.finishJob(db, token, 'host:4242:0123456789ab', at),
  releaseJob: (db) =>
    jobs.releaseJob(db, token, 'host:4242:0123456789ab', {
      runAt: '2025-05-28T09:00:30.000Z',
      at,
      error: 'connection refused',
      resetAttempts: false,
    }),
  'releaseJob (recurring)': (db) =>
    jobs.releaseJob(db, token, 'host:4242:0123456789ab', {
      runAt: '2025-05-28T09:10:00.000Z',
      at,
      error: null,
      resetAttempts: true,
    }),
  buryJob: (db) => jobs.buryJob(db, token, 'host:4242:0123456789ab', 'connection refused', at),
  reviveDeadJob: (db) => jobs.reviveDeadJob(db, token, at),
  listJobs: (db) => jobs.listJobs(db, ['dead', 'running', 'pending'], 200),
  countJobsByState: (db) => jobs.countJobsByState(db),
  findJobKinds: (db) => jobs.findJobKinds(db, [token]),
  deleteDoneJobs: (db) => jobs.deleteDoneJobs(db, at),
};

function job(uniqueKey: string | null): jobs.JobRow {
  return {
    id: token,
    kind: uniqueKey ?? 'mail.deliver',
    payload: uniqueKey ? '{}' : `{"id":"${person}"}`,
    unique_key: uniqueKey,
    state: 'pending',
    run_at: at,
    attempts: 0,
    max_attempts: 8,
    locked_by: null,
    locked_until: null,
    last_error: null,
    created_at: at,
    updated_at: at,
    finished_at: null,
  };
}

describeCompiledQueries(queries);
