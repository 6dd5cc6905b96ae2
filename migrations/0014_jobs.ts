/**
 * Durable jobs (platform/jobs): work that runs outside a request, claimed by one process at a
 * time with a lease, retried with back-off and kept as dead once its tries are spent. A unique
 * key makes a job scheduled by every process exist once. Also the demo's claim: the one row a
 * first start writes before loading the demo, in the same transaction, so that two processes
 * started together load it once.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull().defaultTo('{}'))
    // NULL for most jobs; both engines let any number of rows hold NULL in a unique column.
    .addColumn('unique_key', 'text', (c) => c.unique())
    .addColumn('state', 'text', (c) =>
      c.notNull().check(sql`state in ('pending', 'running', 'done', 'dead')`),
    )
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // What a worker looks for: pending jobs that are due, running ones whose lease ran out.
  await db.schema.createIndex('jobs_due').on('jobs').columns(['state', 'run_at']).execute();
  // What the purge deletes: done jobs finished a week ago.
  await db.schema
    .createIndex('jobs_finished')
    .on('jobs')
    .columns(['state', 'finished_at'])
    .execute();

  await db.schema
    .createTable('demo_load')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('loaded_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('demo_load').execute();
  await db.schema.dropTable('jobs').execute();
}
