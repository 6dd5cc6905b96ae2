import type { Kysely } from 'kysely';
import type { Database, PlatformTables } from '../db/tables.js';

export type AuditRow = PlatformTables['audit_log'];

export const insertAuditEntry = (db: Kysely<Database>, row: AuditRow) =>
  db.insertInto('audit_log').values(row).execute();

export const listAuditEntries = (
  db: Kysely<Database>,
  filter: { action?: string; before?: string; limit: number },
) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .$if(filter.action !== undefined, (q) => q.where('action', '=', filter.action!))
    .$if(filter.before !== undefined, (q) => q.where('id', '<', filter.before!))
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();

/** Every action name recorded so far, for the filter of the audit page. */
export const listAuditActionNames = async (db: Kysely<Database>) =>
  (await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()).map(
    (r) => r.action,
  );
