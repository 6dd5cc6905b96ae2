/**
 * The search index's SQL: FTS5 on SQLite, a weighted tsvector on PostgreSQL. Everything here
 * receives text already folded by fold.ts and query words already parsed by parseQueryTerms.
 */
import { type Generated, type Kysely, type SelectQueryBuilder, sql } from 'kysely';
import type { Database } from '../db/tables.js';

/** A document's folded text, one string per weighted field. */
export type SearchText = { title: string; keywords: string; body: string };

/** The weighted fields of a document, strongest first. */
export const SEARCH_FIELDS = ['title', 'keywords', 'body'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** ts_rank's weight label of each field (migrations/0003_search.ts). */
const WEIGHT_LABELS: Record<SearchField, string> = { title: 'A', keywords: 'B', body: 'C' };

/** One matching document: higher `rank` is a better match, on both engines. */
export type SearchMatch = { doc_id: string; rank: number };

/** Matching documents as a query: run it, or alias it (`.as('m')`) and join it. */
export type SearchMatches = SelectQueryBuilder<Database, 'search_documents', SearchMatch>;

/** The engine-specific parts of the schema (migrations/0003_search.ts). */
type Fts5Tables = {
  search_documents: { id: Generated<number> };
  search_fts: { rowid: number } & SearchText;
};
type TsvectorTables = { search_documents: { tsv: string } };

/** Column weights: a word in the title counts ten times one in the body, a keyword four times. */
const WEIGHTS = { title: 10, keywords: 4, body: 1 } as const;
/**
 * FTS5's rank with these weights. bm25() is lower-is-better; negated so that a higher rank is
 * better on both engines.
 */
const FTS5_RANK = sql<number>`-bm25(search_fts, ${sql.lit(WEIGHTS.title)}, ${sql.lit(WEIGHTS.keywords)}, ${sql.lit(WEIGHTS.body)})`;
/** The same ratios as ts_rank's {D, C, B, A} weights (D is unused). */
const TS_RANK_WEIGHTS = `{0.1, ${WEIGHTS.body / 10}, ${WEIGHTS.keywords / 10}, ${WEIGHTS.title / 10}}`;

/** Runs `work` in the caller's transaction, or in one of its own. */
const inTransaction = <T>(db: Kysely<Database>, work: (trx: Kysely<Database>) => Promise<T>) =>
  db.isTransaction ? work(db) : db.transaction().execute(work);

/** SQLite: adds a document or replaces its text, keeping its rowid. */
export const indexFts5 = (
  db: Kysely<Database>,
  collection: string,
  docId: string,
  text: SearchText,
) =>
  inTransaction(db, async (trx) => {
    const fts = trx.withTables<Fts5Tables>();
    const { id } = await fts
      .insertInto('search_documents')
      .values({ collection, doc_id: docId })
      // A no-op update, so that RETURNING yields the existing row's id too.
      .onConflict((oc) =>
        oc
          .columns(['collection', 'doc_id'])
          .doUpdateSet({ doc_id: (eb) => eb.ref('excluded.doc_id') }),
      )
      .returning('id')
      .executeTakeFirstOrThrow();
    await fts
      .replaceInto('search_fts')
      .values({ rowid: id, ...text })
      .execute();
  });

/** PostgreSQL: adds a document or replaces its text, as one weighted tsvector. */
export const indexTsvector = (
  db: Kysely<Database>,
  collection: string,
  docId: string,
  text: SearchText,
) =>
  db
    .withTables<TsvectorTables>()
    .insertInto('search_documents')
    .values({
      collection,
      doc_id: docId,
      tsv: sql<string>`${sql.join(
        SEARCH_FIELDS.map(
          (field) =>
            sql`setweight(to_tsvector('simple', ${text[field]}), ${sql.lit(WEIGHT_LABELS[field])})`,
        ),
        sql` || `,
      )}`,
    })
    .onConflict((oc) =>
      oc.columns(['collection', 'doc_id']).doUpdateSet((eb) => ({ tsv: eb.ref('excluded.tsv') })),
    )
    .execute();

/** Both engines (on SQLite a trigger removes the document from the FTS5 index). */
export const deleteSearchDocument = (db: Kysely<Database>, collection: string, docId: string) =>
  db
    .deleteFrom('search_documents')
    .where('collection', '=', collection)
    .where('doc_id', '=', docId)
    .execute();

/**
 * Query words shorter than this match whole words only: a one-letter prefix matches nearly
 * every document, helps nobody, and costs a ranking pass over the whole collection. Judged by
 * the word as typed: its other spellings (x as kh) are whole words too.
 */
export const MIN_PREFIX_LENGTH = 2;
const isPrefix = (token: string) => Array.from(token).length >= MIN_PREFIX_LENGTH;

/**
 * An FTS5 query in which every word is a quoted prefix term (or a choice of spellings) and all
 * must match, optionally in some columns only. Words come from parseQueryTerms (letters and
 * digits only); the quoting would make any other input inert anyway.
 */
export const fts5Query = (
  terms: readonly (readonly string[])[],
  fields: readonly SearchField[] = SEARCH_FIELDS,
) => {
  const term = (word: string, prefix: boolean) =>
    `"${word.replaceAll('"', '""')}"${prefix ? '*' : ''}`;
  const query = terms
    .map((forms) => {
      const spelt = forms.map((form) => term(form, isPrefix(forms[0]!)));
      return spelt.length === 1 ? spelt[0]! : `(${spelt.join(' OR ')})`;
    })
    // FTS5 reads "a b" as a AND b, but not "(a OR b) c": say AND.
    .join(' AND ');
  return fields.length === SEARCH_FIELDS.length ? query : `{${fields.join(' ')}} : (${query})`;
};

/** The tsquery text for the same: `'tok':* & ('eli':* | 'ali':*)`, every operand quoted. */
export const tsQueryText = (
  terms: readonly (readonly string[])[],
  fields: readonly SearchField[] = SEARCH_FIELDS,
) => {
  const labels =
    fields.length === SEARCH_FIELDS.length ? '' : fields.map((f) => WEIGHT_LABELS[f]).join('');
  const term = (word: string, prefix: boolean) => {
    const quoted = `'${word.replace(/['\\]/g, (c) => `\\${c}`)}'`;
    const suffix = `${prefix ? '*' : ''}${labels}`;
    return suffix ? `${quoted}:${suffix}` : quoted;
  };
  return terms
    .map((forms) => {
      const spelt = forms.map((form) => term(form, isPrefix(forms[0]!)));
      return spelt.length === 1 ? spelt[0]! : `(${spelt.join(' | ')})`;
    })
    .join(' & ');
};

/** SQLite: documents of `collection` matching every term, ranked by weighted BM25. */
export const matchFts5 = (
  db: Kysely<Database>,
  collection: string,
  terms: readonly (readonly string[])[],
  fields?: readonly SearchField[],
): SearchMatches =>
  db
    .withTables<Fts5Tables>()
    .selectFrom('search_fts')
    // CROSS JOIN keeps the full-text index as the outer loop: SQLite would otherwise be free
    // to walk every document of the collection and ask FTS5 about each one.
    .crossJoin('search_documents')
    .select(['search_documents.doc_id', FTS5_RANK.as('rank')])
    .where(sql<boolean>`search_fts match ${fts5Query(terms, fields)}`)
    .whereRef('search_documents.id', '=', 'search_fts.rowid')
    .where('search_documents.collection', '=', collection)
    // No limit at all, but a LIMIT clause keeps SQLite from flattening this query into one that
    // joins it: flattened, the planner may put the caller's table outside the full-text index
    // and run the MATCH once per row of that table.
    .limit(sql.lit(-1));

/** PostgreSQL: documents of `collection` matching every term, ranked by weighted ts_rank. */
export const matchTsvector = (
  db: Kysely<Database>,
  collection: string,
  terms: readonly (readonly string[])[],
  fields?: readonly SearchField[],
): SearchMatches => {
  const query = sql`to_tsquery('simple', ${tsQueryText(terms, fields)})`;
  return db
    .selectFrom('search_documents')
    .select([
      'doc_id',
      // Normalisation 1 divides by 1 + log(length): shorter documents win ties, as with BM25.
      // float8, so the rank a page ends on compares exactly when it comes back as a cursor.
      sql<number>`ts_rank(${sql.lit(TS_RANK_WEIGHTS)}, tsv, ${query}, 1)::float8`.as('rank'),
    ])
    .where('collection', '=', collection)
    .where(sql<boolean>`tsv @@ ${query}`);
};

/**
 * A document's handle in the index, cheaper to carry than its id: the FTS5 rowid on SQLite,
 * the document's id itself on PostgreSQL.
 */
export type SearchKey = number | string;

/**
 * Every match's key and rank as two JSON arrays in one row, in the same order: two values cross
 * into JavaScript, not thousands of rows. SQLite hands JSON over as text, pg parses it.
 */
export type RankedKeys = {
  keys: string | SearchKey[] | null;
  /** On SQLite in millionths, as integers: SQLite writes integers into JSON far faster. */
  ranks: string | number[] | null;
};

/** SQLite's ranks in rankedKeys are in units of 1 / RANK_SCALE. */
export const RANK_SCALE = 1_000_000;

/**
 * SQLite: the key and rank of every document matching every term, in any collection: the
 * index is shared, and telling collections apart would cost a join per match; the caller keeps
 * the keys it knows (searchKeysFts5).
 */
export const rankedKeysFts5 = (
  db: Kysely<Database>,
  terms: readonly (readonly string[])[],
  fields?: readonly SearchField[],
) =>
  db
    .withTables<Fts5Tables>()
    .selectFrom(
      db
        .withTables<Fts5Tables>()
        .selectFrom('search_fts')
        .select(['search_fts.rowid as key', FTS5_RANK.as('rank')])
        .where(sql<boolean>`search_fts match ${fts5Query(terms, fields)}`)
        // bm25() is refused inside an aggregate; a LIMIT keeps the subquery from being flattened.
        .limit(sql.lit(-1))
        .as('m'),
    )
    .select([
      sql<RankedKeys['keys']>`json_group_array(m.key)`.as('keys'),
      sql<
        RankedKeys['ranks']
      >`json_group_array(cast(round(m.rank * ${sql.lit(RANK_SCALE)}) as integer))`.as('ranks'),
    ]);

/** PostgreSQL: the same, with the documents' ids as their keys. */
export const rankedKeysTsvector = (
  db: Kysely<Database>,
  collection: string,
  terms: readonly (readonly string[])[],
  fields?: readonly SearchField[],
) =>
  db
    .selectFrom(matchTsvector(db, collection, terms, fields).as('m'))
    .select([
      sql<RankedKeys['keys']>`json_agg(m.doc_id)`.as('keys'),
      sql<RankedKeys['ranks']>`json_agg(m.rank)`.as('ranks'),
    ]);

/** SQLite: the key and id of every document in `collection`, as two JSON arrays in one row. */
export const searchKeysFts5 = (db: Kysely<Database>, collection: string) =>
  db
    .withTables<Fts5Tables>()
    .selectFrom('search_documents')
    .select([
      sql<string>`json_group_array(search_documents.id)`.as('keys'),
      sql<string>`json_group_array(search_documents.doc_id)`.as('ids'),
    ])
    .where('search_documents.collection', '=', collection)
    .executeTakeFirstOrThrow();

/** A query of the same shape that matches nothing: what a blank search finds. */
export const matchNothing = (db: Kysely<Database>): SearchMatches =>
  db
    .selectFrom('search_documents')
    .select(['doc_id', sql<number>`0`.as('rank')])
    .where(sql<boolean>`1 = 0`);

/** The FOLD_VERSION `collection` was last indexed with, if it was. */
export const findFoldVersion = (db: Kysely<Database>, collection: string) =>
  db
    .selectFrom('search_collections')
    .select('fold_version')
    .where('collection', '=', collection)
    .executeTakeFirst();

/** Records that `collection` has just been indexed with `foldVersion`. */
export const saveFoldVersion = (
  db: Kysely<Database>,
  collection: string,
  foldVersion: number,
  indexedAt: string,
) =>
  db
    .insertInto('search_collections')
    .values({ collection, fold_version: foldVersion, indexed_at: indexedAt })
    .onConflict((oc) =>
      oc.column('collection').doUpdateSet({ fold_version: foldVersion, indexed_at: indexedAt }),
    )
    .execute();
