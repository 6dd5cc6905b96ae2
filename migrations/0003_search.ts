/**
 * The full-text search index shared by every collection (organisations first): one row per
 * document in `search_documents`, its text folded by the application (platform/search/fold.ts).
 *
 * SQLite: the table maps (collection, doc_id) to the rowid of a contentless FTS5 index, so that a
 * document is found, replaced and removed by its key rather than by scanning the index.
 * PostgreSQL: the table holds a weighted `tsvector` (title A, keywords B, body C) with a GIN
 * index. Neither keeps the text itself: it lives in the collections' own tables.
 */
import { type Kysely, SqliteAdapter, sql } from 'kysely';

// Kysely marks getExecutor() internal, but it is the one place that names the dialect.
const isSqlite = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof SqliteAdapter;

export async function up(db: Kysely<unknown>) {
  if (isSqlite(db)) {
    // The key of each document: an explicit integer primary key (FTS5 refers to rows by rowid,
    // which VACUUM may renumber unless it is declared) and nothing else, so that turning FTS5
    // rowids into document ids reads a few megabytes, not the documents' text.
    await db.schema
      .createTable('search_documents')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('collection', 'text', (c) => c.notNull())
      .addColumn('doc_id', 'text', (c) => c.notNull())
      .addUniqueConstraint('search_documents_key', ['collection', 'doc_id'])
      .execute();
    // Contentless: the text lives in the collections' own tables; the index keeps only what it
    // needs to match and rank. The text arrives folded, so the tokeniser only splits on spaces
    // and never has to agree with PostgreSQL's about accents (remove_diacritics 0). Prefix
    // indexes for 2 and 3 characters make the first letters typed cheap; a longer prefix
    // matches few enough words without one (a 4-character index cost a quarter more space
    // and no measurable speed at 100,000 documents).
    await sql`
      create virtual table search_fts using fts5(
        title, keywords, body,
        content = '', contentless_delete = 1,
        tokenize = 'unicode61 remove_diacritics 0', prefix = '2 3'
      )`.execute(db);
    await sql`
      create trigger search_documents_delete after delete on search_documents begin
        delete from search_fts where rowid = old.id;
      end`.execute(db);
    return;
  }

  // Only the key and the weighted tsvector, computed from the folded text when a document is
  // indexed ('simple' lower-cases and nothing else: no stemming, no stop words, as in SQLite).
  await db.schema
    .createTable('search_documents')
    .addColumn('collection', 'text', (c) => c.notNull())
    .addColumn('doc_id', 'text', (c) => c.notNull())
    .addColumn('tsv', sql`tsvector`, (c) => c.notNull())
    .addPrimaryKeyConstraint('search_documents_pk', ['collection', 'doc_id'])
    .execute();
  // Kept in the row, compressed, rather than moved to TOAST: a search that matches most
  // documents reads every vector, and fetching each from TOAST made it five times slower.
  await sql`alter table search_documents alter column tsv set storage main`.execute(db);
  await db.schema
    .createIndex('search_documents_tsv')
    .on('search_documents')
    .using('gin')
    .column('tsv')
    .execute();
}

export async function down(db: Kysely<unknown>) {
  // Dropping the table drops its triggers; the FTS5 table takes its shadow tables with it.
  if (isSqlite(db)) await db.schema.dropTable('search_fts').execute();
  await db.schema.dropTable('search_documents').execute();
}
