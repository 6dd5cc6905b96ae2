/**
 * An organisation's logo: the generated name of the re-encoded image under
 * `${UPLOADS_DIR}/logos/`, its size in pixels (so pages can reserve the space), and when it was
 * last changed. All null while there is no logo; the file name changes with every upload, which
 * is what versions the logo's URL.
 */
import { type Kysely, sql } from 'kysely';

const COLUMNS = ['logo_file', 'logo_width', 'logo_height', 'logo_updated_at'] as const;

export async function up(db: Kysely<unknown>) {
  // One column per statement: SQLite adds only one at a time.
  await db.schema.alterTable('organizations').addColumn('logo_file', 'text').execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('logo_width', 'integer', (c) => c.check(sql`logo_width > 0`))
    .execute();
  await db.schema
    .alterTable('organizations')
    .addColumn('logo_height', 'integer', (c) => c.check(sql`logo_height > 0`))
    .execute();
  await db.schema.alterTable('organizations').addColumn('logo_updated_at', 'text').execute();
}

export async function down(db: Kysely<unknown>) {
  for (const column of [...COLUMNS].reverse()) {
    await db.schema.alterTable('organizations').dropColumn(column).execute();
  }
}
