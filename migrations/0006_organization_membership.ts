/**
 * Network membership and verification: an organisation's applications to join the network
 * (with the PDF documents it uploaded), the administrators' decisions on them, and the
 * verifications that put a dated badge on a member's profile. At most one application per
 * organisation is pending at a time: a partial unique index, which both engines enforce.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('membership_applications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('motivation', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in ('pending', 'approved', 'rejected', 'withdrawn')`),
    )
    .addColumn('submitted_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('submitted_at', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('decided_at', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'membership_applications_decided',
      sql`(status = 'pending') = (decided_at is null)`,
    )
    .execute();
  await db.schema
    .createIndex('membership_applications_one_pending')
    .unique()
    .on('membership_applications')
    .column('organization_id')
    .where(sql.ref('status'), '=', 'pending')
    .execute();
  await db.schema
    .createIndex('membership_applications_queue')
    .on('membership_applications')
    .columns(['status', 'submitted_at'])
    .execute();
  await db.schema
    .createIndex('membership_applications_organization')
    .on('membership_applications')
    .columns(['organization_id', 'submitted_at'])
    .execute();

  await db.schema
    .createTable('application_documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('application_id', 'text', (c) =>
      c.notNull().references('membership_applications.id').onDelete('cascade'),
    )
    .addColumn('original_name', 'text', (c) => c.notNull())
    .addColumn('stored_name', 'text', (c) => c.notNull().unique())
    .addColumn('size_bytes', 'integer', (c) =>
      c.notNull().check(sql`size_bytes between 1 and 10485760`),
    )
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('application_documents_application')
    .on('application_documents')
    .column('application_id')
    .execute();

  await db.schema
    .createTable('organization_verifications')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('verified_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    // The administrator’s name and email when they verified, kept if their account goes.
    .addColumn('verified_by_label', 'text', (c) => c.notNull())
    .addColumn('verified_at', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull())
    // The last day the verification holds, YYYY-MM-DD.
    .addColumn('valid_until', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('revoked_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('revocation_reason', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint('organization_verifications_valid_until', sql`length(valid_until) = 10`)
    .execute();
  await db.schema
    .createIndex('organization_verifications_organization')
    .on('organization_verifications')
    .columns(['organization_id', 'verified_at'])
    .execute();
  await db.schema
    .createIndex('organization_verifications_valid_until')
    .on('organization_verifications')
    .column('valid_until')
    .execute();
}

export async function down(db: Kysely<unknown>) {
  for (const table of [
    'organization_verifications',
    'application_documents',
    'membership_applications',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
