import { type Kysely, sql } from 'kysely';
import type { Database, PlatformTables } from '../db/tables.js';

export type AuditRow = PlatformTables['audit_log'];

/** Which entries a reader asks for; `from` and `to` are instants, `to` excluded. */
export type AuditFilter = {
  /** Entries of these people only (none: no entry). */
  actorIds?: readonly string[];
  action?: string;
  from?: string;
  to?: string;
  /** The id of the last entry of the page before: ids are UUIDv7, so they sort by time. */
  before?: string;
  limit: number;
};

export const insertAuditEntry = (db: Kysely<Database>, row: AuditRow) =>
  db.insertInto('audit_log').values(row).execute();

export const listAuditEntries = (db: Kysely<Database>, filter: AuditFilter) =>
  db
    .selectFrom('audit_log')
    .selectAll()
    .$if(filter.actorIds !== undefined, (q) =>
      filter.actorIds!.length === 0
        ? q.where(sql<boolean>`1 = 0`)
        : q.where('actor_id', 'in', [...filter.actorIds!]),
    )
    .$if(filter.action !== undefined, (q) => q.where('action', '=', filter.action!))
    .$if(filter.from !== undefined, (q) => q.where('at', '>=', filter.from!))
    .$if(filter.to !== undefined, (q) => q.where('at', '<', filter.to!))
    .$if(filter.before !== undefined, (q) => q.where('id', '<', filter.before!))
    .orderBy('id', 'desc')
    .limit(filter.limit)
    .execute();

/** Every action name recorded so far, for the filter of the audit page. */
export const listAuditActionNames = async (db: Kysely<Database>) =>
  (await db.selectFrom('audit_log').select('action').distinct().orderBy('action').execute()).map(
    (r) => r.action,
  );
