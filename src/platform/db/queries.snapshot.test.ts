/** The SQL of the platform's own queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../test/query-snapshots.js';
import * as audit from '../audit/queries.js';
import * as rateLimits from '../http/queries.js';
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
  listUnsentMessages: (db) => mail.listUnsentMessages(db, 50),
  markMessageSent: (db) => mail.markMessageSent(db, token, at),
  markMessageFailed: (db) => mail.markMessageFailed(db, token, 'connection refused'),
};

describeCompiledQueries(queries);
