import SqliteDatabase from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './sqlite-cache.js';

const opened: SqliteDatabase.Database[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

/** An in-memory database whose prepare() calls are counted, and the cache in front of it. */
function cached(limit?: number) {
  const db = new SqliteDatabase(':memory:');
  opened.push(db);
  const prepare = vi.spyOn(db, 'prepare');
  return { db, prepare, cache: withStatementCache(db, limit) };
}

describe('withStatementCache', () => {
  it('prepares the same SQL once and hands back the same statement', () => {
    const { prepare, cache } = cached();
    const first = cache.prepare('select ? as n');
    const second = cache.prepare('select ? as n');
    expect(second).toBe(first);
    expect(prepare).toHaveBeenCalledTimes(1);
    expect(second.get(7)).toEqual({ n: 7 });
    cache.prepare('select ? as m');
    expect(prepare).toHaveBeenCalledTimes(2);
  });

  it('keeps at most `limit` statements, evicting the least recently used', () => {
    const { prepare, cache } = cached(2);
    cache.prepare('select 1');
    cache.prepare('select 2');
    cache.prepare('select 1'); // now the most recently used
    cache.prepare('select 3'); // evicts 'select 2'
    expect(prepare).toHaveBeenCalledTimes(3);

    cache.prepare('select 1');
    cache.prepare('select 3');
    expect(prepare).toHaveBeenCalledTimes(3); // both still cached

    cache.prepare('select 2'); // was evicted: prepared again, evicting 'select 1'
    expect(prepare).toHaveBeenCalledTimes(4);
    cache.prepare('select 1');
    expect(prepare).toHaveBeenCalledTimes(5);
  });

  it('stays bounded however many distinct statements pass through', () => {
    const { prepare, cache } = cached(10);
    for (let i = 0; i < 100; i++) cache.prepare(`select ${i}`);
    prepare.mockClear();
    for (let i = 90; i < 100; i++) cache.prepare(`select ${i}`);
    expect(prepare).not.toHaveBeenCalled();
    cache.prepare('select 0');
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('serves Kysely: repeated queries prepare once, and close() closes the database', async () => {
    const { db, prepare, cache } = cached();
    const kysely = new Kysely<{ t: { id: number } }>({
      dialect: new SqliteDialect({ database: cache }),
    });
    await sql`create table t (id integer primary key)`.execute(kysely);
    for (let id = 1; id <= 5; id++) await kysely.insertInto('t').values({ id }).execute();
    const rows = await kysely.selectFrom('t').select('id').orderBy('id').execute();
    expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5]);
    // create table, one insert statement reused five times, one select
    expect(prepare).toHaveBeenCalledTimes(3);
    await kysely.destroy();
    expect(db.open).toBe(false);
  });
});
