/**
 * The append-only record of security-relevant and governance events: sign-ins, role changes,
 * verification, adoption, endorsements. Entries are only ever inserted.
 */
import type { Kysely } from 'kysely';
import { newId, nowIso } from '../db/ids.js';
import type { Database } from '../db/tables.js';
import type { AuditFilter } from './queries.js';
import * as q from './queries.js';

export type AuditEntry = {
  action: string;
  actor?: { id: string; label: string } | null;
  subject?: { type: string; id: string };
  ip?: string;
  details?: Record<string, unknown>;
  /**
   * When it happened, if not now (UTC ISO): only for callers that record the past as it was,
   * the demo's forum. The entry's id takes the same time, so the log's order stays the time's.
   */
  at?: string;
};

/** How the audit names a signed-in person: their id, and their address as it was then. */
export const auditActor = (actor: { id: string; email: string }) => ({
  id: actor.id,
  label: actor.email,
});

/** Records one event; pass the transaction that did the work so both land or neither. */
export async function recordAudit(db: Kysely<Database>, entry: AuditEntry) {
  await q.insertAuditEntry(db, {
    id: newId(entry.at),
    at: entry.at ?? nowIso(),
    actor_id: entry.actor?.id ?? null,
    actor_label: entry.actor?.label ?? null,
    action: entry.action,
    subject_type: entry.subject?.type ?? null,
    subject_id: entry.subject?.id ?? null,
    ip: entry.ip ?? null,
    details: JSON.stringify(entry.details ?? {}),
  });
}

/** One page of the log, newest first, as the filter narrows it. */
export const listAudit = (db: Kysely<Database>, filter: AuditFilter) =>
  q.listAuditEntries(db, filter);

/** The action names present in the log, so the filter offers what modules actually record. */
export const listAuditActions = (db: Kysely<Database>) => q.listAuditActionNames(db);

/** The key of an action's label in the message catalogues: `audit.action.` and the action. */
export const auditActionKey = (action: string) => `audit.action.${action}`;

export type { AuditFilter, AuditRow } from './queries.js';
