/**
 * Organisation imports: the jobs that bring a CSV file of organisations in, and the unique key
 * that makes importing the same file twice update rather than duplicate. A registration number
 * is unique within its country (the IATI identifier is unique already, since 0004). The file's
 * text is kept with its job so that a confirmed import (or one interrupted by a restart) can be
 * run again from it; jobs are deleted with the file when an administrator no longer needs them.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  // A unique index cannot be built over duplicates; say which ones rather than fail obscurely.
  const duplicates = await sql<{ country: string; registration_number: string }>`
    select country, registration_number from organizations
    where registration_number is not null
    group by country, registration_number having count(*) > 1`.execute(db);
  if (duplicates.rows.length > 0) {
    const list = duplicates.rows.map((r) => `${r.country} ${r.registration_number}`).join(', ');
    throw new Error(
      `organisations share a registration number in one country (${list}); correct them first`,
    );
  }
  await db.schema
    .createIndex('organizations_registration')
    .unique()
    .on('organizations')
    .columns(['country', 'registration_number'])
    .execute();

  await db.schema
    .createTable('organization_imports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('admit', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('mode', 'text', (c) => c.check(sql`mode is null or mode in ('all', 'valid')`))
    .addColumn('status', 'text', (c) =>
      c.notNull().check(sql`status in ('validated', 'queued', 'running', 'done', 'failed')`),
    )
    .addColumn('total_rows', 'integer', (c) => c.notNull())
    .addColumn('error_rows', 'integer', (c) => c.notNull())
    .addColumn('processed_rows', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    /** JSON: [{ row, column, key, values? }], every problem found, validation's then the run's. */
    .addColumn('problems', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('failure', 'text')
    .addColumn('created_by', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  await db.schema
    .createIndex('organization_imports_created')
    .on('organization_imports')
    .column('created_at')
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('organization_imports').execute();
  await db.schema.dropIndex('organizations_registration').execute();
}
