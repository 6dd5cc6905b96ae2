import type { Kysely } from 'kysely';
import type { Database, PlatformTables } from '../db/tables.js';

export type OutboxRow = PlatformTables['mail_outbox'];

export const insertOutboxMessage = (db: Kysely<Database>, row: OutboxRow) =>
  db.insertInto('mail_outbox').values(row).execute();

export const listOutboxMessages = (db: Kysely<Database>, limit: number, before?: string) =>
  db
    .selectFrom('mail_outbox')
    .selectAll()
    .$if(before !== undefined, (q) => q.where('id', '<', before!))
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();

export const findOutboxMessage = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mail_outbox').selectAll().where('id', '=', id).executeTakeFirst();

export const markMessageSent = (db: Kysely<Database>, id: string, at: string) =>
  db
    .updateTable('mail_outbox')
    .set((eb) => ({ sent_at: at, attempts: eb('attempts', '+', 1) }))
    .where('id', '=', id)
    .execute();

export const markMessageFailed = (db: Kysely<Database>, id: string, error: string) =>
  db
    .updateTable('mail_outbox')
    .set((eb) => ({ attempts: eb('attempts', '+', 1), last_error: error }))
    .where('id', '=', id)
    .execute();
