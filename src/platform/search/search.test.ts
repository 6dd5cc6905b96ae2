/**
 * The SearchIndex contract, run on both engines against real databases: folding, prefixes,
 * ranking, replacing and removing documents, hostile input, and keyset pages.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { DIRECTORY } from '../../../test/fixtures/search-documents.js';
import { migrations } from '../../migrations.js';
import { type Db, openDatabase } from '../db/connection.js';
import { migrateToLatest } from '../db/migrate.js';
import type { Database } from '../db/tables.js';
import { createSearchIndex, type SearchIndex } from './index.js';

describeEachEngine('search index', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Db<Database>;
  let search: SearchIndex;
  const kysely = (): Kysely<Database> => db.kysely;

  /** The ids `query` finds in the directory, best first. */
  const find = async (query: string, options?: Parameters<SearchIndex['matches']>[3]) =>
    (
      await search
        .matches(kysely(), 'organizations', query, options)
        .orderBy('rank', 'desc')
        .orderBy('doc_id')
        .execute()
    ).map((row) => row.doc_id);

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = openDatabase<Database>(throwaway.target, { poolSize: 2 });
    await migrateToLatest(db.kysely, migrations);
    search = createSearchIndex(engine);
    for (const [id, document] of Object.entries(DIRECTORY))
      await search.index(kysely(), 'organizations', id, document);
    // Another collection with the same words must never leak into the directory's results.
    await search.index(kysely(), 'events', 'xankendi-forum', {
      title: ['Xankəndi Forum'],
      keywords: ['youth'],
      body: [],
    });
  });
  afterAll(async () => {
    await db?.close();
    await throwaway?.drop();
  });

  it('finds Azerbaijani names typed without their letters', async () => {
    expect((await find('xankendi'))[0]).toBe('xankendi-youth');
    expect(await find('Gəncə ekoloji')).toEqual(['ganja-eco']);
    expect(await find('gence ekoloji')).toEqual(['ganja-eco']);
    expect(await find('baki insan huquq')).toEqual(['baku-rights']);
    expect(await find('ŞƏKİ')).toEqual(['sheki-initiative']);
  });

  it('finds Əli by ali and Ali by Əli', async () => {
    expect(await find('ali')).toEqual(['ali-baba', 'hasanov-fund']);
    // Both spellings of Əli match the name that has it, so it comes first.
    expect(await find('Əli')).toEqual(['hasanov-fund', 'ali-baba']);
    expect(await find('Gəncə ekol')).toEqual(['ganja-eco']);
    expect(await find('ganca')).toEqual(['ganja-eco']);
    expect(await find('hasanov')).toEqual(['hasanov-fund']);
    expect(await find('ƏLİ həsənov')).toEqual(['hasanov-fund']);
  });

  it('finds Cyrillic names in any case and by prefix', async () => {
    expect(await find('ХАНКЕНДИ')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('ханк')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('айгерим')).toEqual(['aigerim']);
    expect(await find('АЙГ')).toEqual(['aigerim']);
    expect(await find('ёлка')).toEqual(['yolka']);
    expect(await find('елк')).toEqual(['yolka']);
  });

  it('finds names across scripts, and well-known places by any of their names', async () => {
    // Khankendi's Russian name is in its title; Sheki's description names Xankəndi.
    expect(await find('Ханкенди')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('khankendi')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('Шеки')).toEqual(['sheki-initiative']);
    expect(await find('Баку')).toEqual(['baku-rights']);
    expect(await find('Bakı insan')).toEqual(['baku-rights']);
    expect(await find('Гянджа')).toEqual(['ganja-eco']);
    expect(await find('Гяндж')).toEqual(['ganja-eco']);
    expect(await find('Карабах')).toEqual([]);
  });

  it('finds Turkish dotted and dotless i either way', async () => {
    expect(await find('istanbul')).toEqual(['istanbul-solidarity']);
    expect(await find('ISTANBUL')).toEqual(['istanbul-solidarity']);
    expect(await find('ıstanbul dayanisma')).toEqual(['istanbul-solidarity']);
  });

  it('treats every word as a prefix from two letters on', async () => {
    expect(await find('kha')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('khankendi you')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('ag 20')).toEqual(['agenda']);
    // One letter matches whole words only: 'x' is nobody's name, '5' is in SDG-5.
    expect(await find('x')).toEqual([]);
    expect(await find('sdg 5')).toEqual(['agenda']);
  });

  it('requires every word to match', async () => {
    expect(await find('baku rights')).toEqual(['baku-rights']);
    expect(await find('baku youth')).toEqual([]);
    expect((await find('network')).sort()).toEqual(['agenda', 'aigerim', 'ali-baba']);
    expect(await find('network women')).toEqual(['aigerim']);
  });

  it('ranks a match in the name above a match in the description', async () => {
    const rows = await search
      .matches(kysely(), 'organizations', 'xankendi')
      .orderBy('rank', 'desc')
      .execute();
    expect(rows.map((r) => r.doc_id)).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(rows[0]!.rank).toBeGreaterThan(rows[1]!.rank);
    expect(rows[1]!.rank).toBeGreaterThan(0);
    // A tag outranks the description too.
    expect((await find('youth'))[0]).toBe('xankendi-youth');
    expect(await find('water')).toEqual(['ganja-eco']);
  });

  it('keeps collections apart', async () => {
    const events = await search.matches(kysely(), 'events', 'xankendi').execute();
    expect(events.map((r) => r.doc_id)).toEqual(['xankendi-forum']);
    expect(await find('forum')).toEqual([]);
  });

  it('can search some fields only', async () => {
    expect(await find('scholarships')).toEqual(['hasanov-fund']);
    expect(await find('scholarships', { fields: ['title', 'keywords'] })).toEqual([]);
    expect(await find('xankendi', { fields: ['title'] })).toEqual(['xankendi-youth']);
    expect(await find('charity', { fields: ['keywords'] })).toEqual(['hasanov-fund']);
    expect(await find('charity', { fields: [] })).toEqual([]);
  });

  it('replaces a document when it is indexed again, and forgets it when removed', async () => {
    const k = kysely();
    await search.index(k, 'organizations', 'renamed', {
      title: ['Old Harbour Trust'],
      keywords: [],
      body: [],
    });
    expect(await find('harbour')).toEqual(['renamed']);
    await k.transaction().execute((trx) =>
      search.index(trx, 'organizations', 'renamed', {
        title: ['New Lighthouse Trust'],
        keywords: ['sea'],
        body: [],
      }),
    );
    expect(await find('harbour')).toEqual([]);
    expect(await find('lighthouse')).toEqual(['renamed']);
    expect(await find('trust')).toEqual(['renamed']);

    await search.remove(k, 'organizations', 'renamed');
    expect(await find('lighthouse')).toEqual([]);
    expect(await find('trust')).toEqual([]);
    await search.remove(k, 'organizations', 'renamed');
    await search.remove(k, 'organizations', 'never-indexed');
  });

  it('indexes documents with no text at all without matching them', async () => {
    await search.index(kysely(), 'organizations', 'empty', {
      title: [],
      keywords: [],
      body: ['—'],
    });
    expect(await find('empty')).toEqual([]);
    await search.remove(kysely(), 'organizations', 'empty');
  });

  it('matches nothing for a blank query', async () => {
    for (const query of ['', '   ', '"', '*', '-', '&|!', '()'])
      expect(await find(query)).toEqual([]);
  });

  it('reads hostile input as plain words and never fails', async () => {
    const hostile = [
      '"',
      '""',
      '"xankendi',
      'xankendi"',
      '*',
      'xank*',
      '*xank',
      ':',
      'title:xankendi',
      '{title}: xankendi',
      '&',
      'xankendi & ali',
      '|',
      'xankendi | ali',
      '!',
      '!xankendi',
      '(',
      'xankendi)',
      'NEAR(xankendi youth, 2)',
      'xankendi NEAR youth',
      'OR',
      'xankendi OR ali',
      'AND NOT',
      '-xankendi',
      'xankendi -youth',
      "'",
      "xankendi'; drop table search_documents; --",
      '\\',
      '\u0000xankendi',
      '^xankendi',
      '+xankendi',
      ':*',
      "'xank':*",
      'x'.repeat(10_000),
      `xankendi ${'y'.repeat(10_000)}`,
      Array.from({ length: 2000 }, () => 'xank').join(' '),
      '🌍🔥',
    ];
    for (const query of hostile) {
      const found = await find(query);
      expect(Array.isArray(found), query).toBe(true);
    }
    expect(await find('"xankendi')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('xank*')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('-xankendi')).toEqual(['xankendi-youth', 'sheki-initiative']);
    expect(await find('title:xankendi')).toEqual([]);
    expect(await find('xankendi OR ali')).toEqual([]);
    expect(await find(Array.from({ length: 2000 }, () => 'xank').join(' '))).toEqual([
      'xankendi-youth',
      'sheki-initiative',
    ]);
    expect(await find(`xankendi ${'y'.repeat(10_000)}`)).toEqual([]);
  });

  it('joins to other tables and counts what it finds', async () => {
    const k = kysely();
    const matches = search.matches(k, 'organizations', 'network').as('m');
    const rows = await k
      .selectFrom('search_documents as d')
      .innerJoin(matches, 'm.doc_id', 'd.doc_id')
      .where('d.collection', '=', 'organizations')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(rows.n)).toBe(3);
  });

  it.skipIf(engine !== 'sqlite')('runs the full-text match once when joined', () => {
    // Flattened into the caller's join, the MATCH could run once per row of the other table:
    // minutes instead of milliseconds at 100,000 documents.
    const k = kysely();
    const { sql, parameters } = k
      .selectFrom('search_documents as d')
      .innerJoin(search.matches(k, 'organizations', 'network').as('m'), 'm.doc_id', 'd.doc_id')
      .select(['d.collection', (eb) => eb.fn.countAll().as('n')])
      .groupBy('d.collection')
      .compile();
    const plan = db
      .sqlite!.prepare(`explain query plan ${sql}`)
      .all(...parameters)
      .map((row) => (row as { detail: string }).detail);
    expect(plan[0]).toMatch(/^(CO-ROUTINE|MATERIALIZE) m$/);
    expect(plan.filter((step) => step.includes('search_fts'))).toHaveLength(1);
  });

  it('pages through ties and near-ties by rank and id without gaps or repeats', async () => {
    const k = kysely();
    const ids = Array.from({ length: 23 }, (_, i) => `page-${String(i).padStart(2, '0')}`);
    for (const [i, id] of ids.entries())
      await search.index(k, 'pages', id, {
        // Some documents tie exactly; the others differ a little in length.
        title: [`Paging test ${i % 3 === 0 ? '' : 'x'.repeat(i)}`],
        keywords: [],
        body: i % 2 === 0 ? ['paging'] : [],
      });
    const all = search.matches(k, 'pages', 'paging');
    const everything = await all.orderBy('rank', 'desc').orderBy('doc_id').execute();
    expect(everything.map((r) => r.doc_id).sort()).toEqual(ids);

    const seen: string[] = [];
    let after: { rank: number; doc_id: string } | undefined;
    for (;;) {
      const page = await k
        .selectFrom(search.matches(k, 'pages', 'paging').as('m'))
        .select(['m.doc_id', 'm.rank'])
        .$if(after !== undefined, (q) =>
          q.where((eb) =>
            eb.or([
              eb('m.rank', '<', after!.rank),
              eb.and([eb('m.rank', '=', after!.rank), eb('m.doc_id', '>', after!.doc_id)]),
            ]),
          ),
        )
        .orderBy('m.rank', 'desc')
        .orderBy('m.doc_id')
        .limit(5)
        .execute();
      if (page.length === 0) break;
      seen.push(...page.map((r) => r.doc_id));
      after = page.at(-1);
    }
    expect(seen).toEqual(everything.map((r) => r.doc_id));
  });
});
