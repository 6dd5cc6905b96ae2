/**
 * Whom each person acts for when a later module asks (endorsing, registering): one row per
 * person who has chosen. No row means "never chosen" (their only organisation, if they have
 * exactly one); a row without an organisation means "only myself". The choice is checked
 * against organization_members whenever it is read, so a person removed from an organisation
 * never acts for it, whatever this table still says.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('acting_organizations')
    .addColumn('person_id', 'text', (c) =>
      c.primaryKey().references('people.id').onDelete('cascade'),
    )
    .addColumn('organization_id', 'text', (c) =>
      c.references('organizations.id').onDelete('cascade'),
    )
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('acting_organizations').execute();
}
