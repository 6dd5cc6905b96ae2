/**
 * The audit page filters by the person who acted and pages by id, newest first: an index on
 * (actor_id, id) finds one person's entries without reading the whole log, and lists the people
 * who acted (the filter's choices) from the index alone.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createIndex('audit_log_actor')
    .on('audit_log')
    .columns(['actor_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropIndex('audit_log_actor').execute();
}
