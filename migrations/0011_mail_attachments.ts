/**
 * Mail may carry attachments (an event's calendar entry, a check-in code as a picture). They are
 * kept with the message in the outbox, as JSON with base64 content, so a message queued in a
 * transaction is sent whole or not at all.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .alterTable('mail_outbox')
    .addColumn('attachments', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.alterTable('mail_outbox').dropColumn('attachments').execute();
}
