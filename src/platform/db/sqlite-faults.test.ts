/**
 * SQLite failing under a running Concord, for real: a full database (SQLite's max_page_count
 * plays the full disk, it fails the same way with SQLITE_FULL).
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, TestClient, type TestConcord } from '../../../test/app.js';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { bootConcord } from '../../boot.js';
import { loadConfig } from '../../config.js';
import { openDatabase } from './connection.js';
import { WRITE_FAILURE_WINDOW_MS, WriteFailures } from './write-failures.js';

const full = () => Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });

describe('WriteFailures', () => {
  it('remembers a storage failure for a while, and nothing else', () => {
    const failures = new WriteFailures();
    failures.note(Object.assign(new Error('UNIQUE constraint failed'), { code: '23505' }), 0);
    expect(failures.recent(0)).toBeUndefined();
    failures.note(full(), 1000);
    expect(failures.recent(1000 + WRITE_FAILURE_WINDOW_MS - 1)?.message).toBe(
      'database or disk is full',
    );
    expect(failures.recent(1000 + WRITE_FAILURE_WINDOW_MS)).toBeUndefined();
  });
});

describe('a transaction on a full SQLite database', () => {
  it('fails with SQLITE_FULL, not with the rollback SQLite has already done', async () => {
    const throwaway = await createThrowawayDatabase('sqlite');
    const db = openDatabase<{ notes: { id: number; body: string } }>(throwaway.target);
    try {
      await db.kysely.schema
        .createTable('notes')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('body', 'text')
        .execute();
      const sqlite = db.sqlite!;
      sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);
      // A statement without a statement journal: on SQLITE_FULL SQLite rolls back the whole
      // transaction, as it does when a commit finds the disk full.
      const failed = await db.kysely
        .transaction()
        .execute((tx) =>
          tx
            .insertInto('notes')
            .values({ id: 1, body: 'x'.repeat(10_000) })
            .execute(),
        )
        .catch((error: unknown) => error);
      expect(failed).toMatchObject({ code: 'SQLITE_FULL', message: 'database or disk is full' });
      expect(sqlite.inTransaction).toBe(false);
      expect(db.writeFailures.recent()).toBe(failed);
    } finally {
      await db.close();
      await throwaway.drop();
    }
  });
});

describe('a full SQLite database', () => {
  const logged: Array<{ msg: string; err?: { code?: string; message: string } }> = [];
  let throwaway: ThrowawayDatabase;
  let concord: TestConcord;

  beforeAll(async () => {
    throwaway = await createThrowawayDatabase('sqlite');
    const log = pino({ level: 'info' }, { write: (line: string) => logged.push(JSON.parse(line)) });
    const booted = await bootConcord(
      {
        ...loadConfig({ NODE_ENV: 'test', CONCORD_SECRET: 'x'.repeat(40), TRUST_PROXY: '1' }),
        database: throwaway.target,
      },
      log,
    );
    concord = Object.assign(booted, { client: () => new TestClient(booted) });
  });
  afterAll(async () => {
    await concord?.close();
    await throwaway?.drop();
  });

  it('logs SQLITE_FULL as the cause, answers 503 and reports itself not ready', async () => {
    const { client } = await signedUpClient(concord);
    const sqlite = concord.deps.db.sqlite!;
    // No free pages left over from the migrations: every new row needs the file to grow.
    sqlite.exec('vacuum');
    sqlite.pragma(`max_page_count = ${sqlite.pragma('page_count', { simple: true })}`);

    await client.get('/organizations/new');
    const created = await client.post('/organizations', {
      name: 'Full Disk Union',
      country: 'AZ',
      descriptionEn: 'A description long enough to need pages the database cannot have. '.repeat(
        100,
      ),
    });
    expect(created.status).toBe(503);
    expect(created.html).toContain('The service is briefly unavailable');

    const errors = logged.filter((line) => line.err);
    expect(errors.length).toBeGreaterThan(0);
    for (const line of errors) {
      expect(line.err).toMatchObject({ code: 'SQLITE_FULL' });
      expect(line.err!.message).not.toContain('cannot rollback');
    }

    const ready = await client.get('/readyz');
    expect(ready.status).toBe(503);
    expect(ready.html).toBe('database cannot write (SQLITE_FULL: database or disk is full)');
  });
});
