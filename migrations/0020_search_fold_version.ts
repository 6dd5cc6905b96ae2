/**
 * Which version of the search folding (platform/search/fold.ts, FOLD_VERSION) each collection
 * of the index was last built with. A collection with no row, as every one has after this
 * migration, is indexed again from its own tables when Concord starts: the index keeps only
 * folded words, so folding it anew takes the documents' text, which only their modules can read.
 */
import type { Kysely } from 'kysely';

export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('search_collections')
    .addColumn('collection', 'text', (c) => c.primaryKey())
    .addColumn('fold_version', 'integer', (c) => c.notNull())
    .addColumn('indexed_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>) {
  await db.schema.dropTable('search_collections').execute();
}
