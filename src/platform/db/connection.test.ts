/** The two engines behave alike where Concord's SQL relies on them. */
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { type Db, openDatabase } from './connection.js';

type Scratch = { words: { id: number; word: string } };

describeEachEngine('database connection', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Db<Scratch>;
  const kysely = (): Kysely<Scratch> => db.kysely;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = openDatabase<Scratch>(throwaway.target, { poolSize: 2 });
    await kysely()
      .schema.createTable('words')
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('word', 'text', (c) => c.notNull())
      .execute();
    await kysely()
      .insertInto('words')
      .values([
        { id: 1, word: 'Əliyeva' },
        { id: 2, word: 'ШАХОВА' },
        { id: 3, word: 'snake_case' },
        { id: 4, word: 'snakeXcase' },
        { id: 5, word: '100% sure' },
      ])
      .execute();
  });
  afterAll(async () => {
    await db?.close();
    await throwaway?.drop();
  });

  it('reports its engine', () => {
    expect(db.engine).toBe(engine);
    expect(db.sqlite === undefined).toBe(engine === 'postgres');
  });

  it('folds case in every script, not only ASCII', async () => {
    const { rows } = await sql<{ low: string; up: string }>`
      select lower(${'ƏLİYEVA Şahin ÇÖĞÜ ДОМ'}) as low, upper(${'əli şahin дом'}) as up`.execute(
      kysely(),
    );
    expect(rows[0]).toEqual({ low: 'əliyeva şahin çöğü дом', up: 'ƏLI ŞAHIN ДОМ' });
  });

  it('finds words case-insensitively with lower() … like', async () => {
    const find = async (term: string) =>
      (
        await kysely()
          .selectFrom('words')
          .select('id')
          .where(sql<boolean>`lower(word) like ${`%${term.toLowerCase()}%`}`)
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    expect(await find('əli')).toEqual([1]);
    expect(await find('ƏL')).toEqual([1]);
    expect(await find('шах')).toEqual([2]);
  });

  it("escapes LIKE's wildcards with a named escape character", async () => {
    const find = async (term: string) =>
      (
        await kysely()
          .selectFrom('words')
          .select('id')
          .where(
            sql<boolean>`word like ${`%${term.replace(/[\\%_]/g, (m) => `\\${m}`)}%`} escape '\\'`,
          )
          .orderBy('id')
          .execute()
      ).map((r) => r.id);
    expect(await find('snake_case')).toEqual([3]);
    expect(await find('100%')).toEqual([5]);
  });

  it('returns counts as numbers', async () => {
    const row = await kysely()
      .selectFrom('words')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(row.n).toBe(5);
  });

  it.skipIf(engine !== 'sqlite')(
    'runs SQLite in WAL mode with foreign keys on and a busy timeout',
    () => {
      const sqlite = db.sqlite!;
      expect(sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    },
  );

  it.runIf(engine === 'postgres')(
    'survives the server ending its idle connections, and reconnects',
    async () => {
      const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(kysely());
      const pid = rows[0]!.pid;
      const admin = openDatabase<Scratch>(
        { engine: 'postgres', url: (throwaway.target as { url: string }).url },
        { poolSize: 1 },
      );
      try {
        await sql`select pg_terminate_backend(${pid})`.execute(admin.kysely);
      } finally {
        await admin.close();
      }
      // Give the pool time to notice; an unhandled 'error' would fail the run here.
      await new Promise((resolve) => setTimeout(resolve, 200));
      const again = await sql<{ one: number }>`select 1 as one`.execute(kysely());
      expect(again.rows[0]!.one).toBe(1);
    },
  );
});
