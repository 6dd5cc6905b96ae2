/** Row type of the search index's table (see migrations/0003_search.ts). */
declare module '../db/tables.js' {
  interface Database extends SearchTables {}
}

export interface SearchTables {
  /**
   * One row per indexed document of any collection. The rest is engine-specific and only the
   * search queries use it: on SQLite an integer `id`, the rowid of the document in the FTS5
   * table `search_fts`; on PostgreSQL its weighted `tsv`.
   */
  search_documents: { collection: string; doc_id: string };
  /**
   * The FOLD_VERSION each collection was last indexed with (migrations/0020_search_fold_version.ts);
   * a collection without a row is indexed again at start.
   */
  search_collections: { collection: string; fold_version: number; indexed_at: string };
}
