/**
 * The SearchIndex seam: full-text search over any collection of documents (organisations,
 * later events and statements), with one contract and two implementations, SQLite FTS5 and
 * PostgreSQL tsvector. Case, accents, Azerbaijani letters and punctuation are folded once, in
 * fold.ts, for the index and the query alike; every query word is a prefix and all must match.
 */
import type { Kysely } from 'kysely';
import type { Engine } from '../db/connection.js';
import { nowIso } from '../db/ids.js';
import type { Database } from '../db/tables.js';
import { FOLD_VERSION, foldField, parseQueryTerms } from './fold.js';
import {
  deleteSearchDocument,
  findFoldVersion,
  indexFts5,
  indexTsvector,
  matchFts5,
  matchNothing,
  matchTsvector,
  RANK_SCALE,
  rankedKeysFts5,
  rankedKeysTsvector,
  SEARCH_FIELDS,
  type SearchField,
  type SearchKey,
  type SearchMatches,
  saveFoldVersion,
  searchKeysFts5,
} from './queries.js';
import './tables.js';

export {
  FOLD_VERSION,
  foldForSearch,
  MAX_QUERY_TOKENS,
  MAX_TOKEN_LENGTH,
  parseSearchQuery,
  searchTokens,
} from './fold.js';
export type { SearchField, SearchKey, SearchMatch, SearchMatches } from './queries.js';
export { MIN_PREFIX_LENGTH, SEARCH_FIELDS } from './queries.js';

/** What a document is found by, strongest first; each a list of texts in any language. */
export type SearchDocument = {
  /** Names in every language, acronyms. */
  title: readonly string[];
  /** Tags, codes. */
  keywords: readonly string[];
  /** Descriptions. */
  body: readonly string[];
};

export interface SearchIndex {
  readonly engine: Engine;
  /** Adds a document or replaces its text. Call it in the transaction that changes the document. */
  index(
    db: Kysely<Database>,
    collection: string,
    docId: string,
    document: SearchDocument,
  ): Promise<void>;
  /**
   * Indexes every document of `collection` again, in one transaction, when it was last indexed
   * with an older FOLD_VERSION than this Concord's (or never, as after an upgrade): the index
   * keeps only folded words, so a change of folding needs the documents' text, which only
   * their owner can give. Answers how many documents were indexed, 0 when none had to be.
   */
  reindexIfStale(
    db: Kysely<Database>,
    collection: string,
    documents: (db: Kysely<Database>) => Promise<Iterable<[docId: string, SearchDocument]>>,
  ): Promise<number>;
  /** Removes a document; removing one that is not indexed does nothing. */
  remove(db: Kysely<Database>, collection: string, docId: string): Promise<void>;
  /**
   * The documents of `collection` that match every word of `query` as a prefix, as rows
   * `{ doc_id, rank }` where a higher rank is a better match. Unordered: order by rank
   * descending, then doc_id, for stable pages. A blank query matches nothing. `fields`
   * narrows the search (names and tags only, say, for suggestions while typing: cheaper on
   * short prefixes that match most of a large collection).
   */
  matches(
    db: Kysely<Database>,
    collection: string,
    query: string,
    options?: { fields?: readonly SearchField[] },
  ): SearchMatches;
  /**
   * Every match of `query`, as the documents' keys with their ranks (higher is better), for a
   * caller that ranks and counts thousands of matches itself: they arrive far faster so than
   * as rows. Keys may include other collections' documents: keep those `keys` lists.
   */
  rankedKeys(
    db: Kysely<Database>,
    collection: string,
    query: string,
  ): Promise<{ keys: SearchKey[]; ranks: number[] }>;
  /** The key of each document of `collection`; null where a document's key is its id. */
  keys(db: Kysely<Database>, collection: string): Promise<Map<SearchKey, string> | null>;
}

/**
 * The search index for the engine the database runs on.
 *
 * @example
 * const search = createSearchIndex(db.engine);
 * await search.index(trx, 'organizations', org.id, {
 *   title: [org.name, ...Object.values(org.nameTranslations), org.acronym ?? ''],
 *   keywords: org.tags,
 *   body: Object.values(org.description),
 * });
 * const best = await search
 *   .matches(db.kysely, 'organizations', 'xank')
 *   .orderBy('rank', 'desc')
 *   .orderBy('doc_id')
 *   .limit(20)
 *   .execute();
 */
export function createSearchIndex(engine: Engine): SearchIndex {
  const [write, match] =
    engine === 'sqlite' ? [indexFts5, matchFts5] : [indexTsvector, matchTsvector];
  const index: SearchIndex['index'] = async (db, collection, docId, document) => {
    await write(db, collection, docId, {
      title: foldField(document.title),
      keywords: foldField(document.keywords),
      body: foldField(document.body),
    });
  };
  return {
    engine,
    index,
    async reindexIfStale(db, collection, documents) {
      return db.transaction().execute(async (trx) => {
        const found = await findFoldVersion(trx, collection);
        if (found?.fold_version === FOLD_VERSION) return 0;
        let count = 0;
        for (const [docId, document] of await documents(trx)) {
          await index(trx, collection, docId, document);
          count++;
        }
        await saveFoldVersion(trx, collection, FOLD_VERSION, nowIso());
        return count;
      });
    },
    async remove(db, collection, docId) {
      await deleteSearchDocument(db, collection, docId);
    },
    matches(db, collection, query, options = {}) {
      const terms = parseQueryTerms(query);
      const fields = SEARCH_FIELDS.filter((f) => options.fields?.includes(f) ?? true);
      if (terms.length === 0 || fields.length === 0) return matchNothing(db);
      return match(db, collection, terms, fields);
    },
    async rankedKeys(db, collection, query) {
      const terms = parseQueryTerms(query);
      if (terms.length === 0) return { keys: [], ranks: [] };
      const row = await (engine === 'sqlite'
        ? rankedKeysFts5(db, terms)
        : rankedKeysTsvector(db, collection, terms)
      ).executeTakeFirstOrThrow();
      const parse = <T>(json: string | T[] | null): T[] =>
        typeof json === 'string' ? JSON.parse(json) : (json ?? []);
      const ranks = parse(row.ranks);
      return {
        keys: parse(row.keys),
        ranks: engine === 'sqlite' ? ranks.map((r) => r / RANK_SCALE) : ranks,
      };
    },
    async keys(db, collection) {
      if (engine !== 'sqlite') return null;
      const row = await searchKeysFts5(db, collection);
      const keys: number[] = JSON.parse(row.keys ?? '[]');
      const ids: string[] = JSON.parse(row.ids ?? '[]');
      return new Map(keys.map((key, i) => [key, ids[i]!]));
    },
  };
}
