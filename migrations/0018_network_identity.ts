/**
 * The network's identity, set by its administrators: its name, short name, one line on its
 * purpose in each language (JSON by language, like every translated text) and its logo. One
 * row at most (`id` is always 1); until an administrator saves it there is none, and pages use
 * the default words.
 */
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('network_identity')
    .addColumn('id', 'integer', (c) => c.primaryKey().check(sql`id = 1`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('short_name', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull().defaultTo('{}'))
    // The stored logo (PNG, at most 512 px a side), its icons (32 and 180 px) and the first
    // characters of its SHA-256, which name it in the content-hashed paths pages link to.
    .addColumn('logo_file', 'text')
    .addColumn('icon_file', 'text')
    .addColumn('touch_icon_file', 'text')
    .addColumn('logo_hash', 'text')
    .addColumn('logo_width', 'integer')
    .addColumn('logo_height', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addCheckConstraint(
      'network_identity_logo_whole',
      sql`(logo_file is null) = (logo_hash is null) and (logo_file is null) = (icon_file is null)`,
    )
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('network_identity').execute();
}
