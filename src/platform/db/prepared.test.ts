/**
 * preparedQuery on both engines, over a throwaway database and the platform's own table of
 * instance secrets: no module is booted.
 */
import type { Kysely } from 'kysely';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { migrations } from '../../migrations.js';
import { type Db, openDatabase } from './connection.js';
import { migrateToLatest } from './migrate.js';
import { preparedQuery } from './prepared.js';
import type { Database } from './tables.js';

const byName = preparedQuery((db: Kysely<Database>, p: { name: string }) =>
  db.selectFrom('instance_secrets').select(['name', 'value']).where('name', '=', p.name),
);
const names = preparedQuery((db: Kysely<Database>, p: { limit: number }) =>
  db.selectFrom('instance_secrets').select('name').orderBy('name').limit(p.limit),
);

describeEachEngine('preparedQuery', (engine) => {
  let throwaway: ThrowawayDatabase;
  let database: Db<Database>;
  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    database = openDatabase<Database>(throwaway.target);
    await migrateToLatest(database.kysely, migrations);
  });
  afterAll(async () => {
    await database.close();
    await throwaway.drop();
  });

  it('runs with each call’s values, on the database and inside a transaction', async () => {
    const db = database.kysely;
    const name = `prepared.${engine}`;
    await db
      .insertInto('instance_secrets')
      .values({ name, value: 'Prepared', created_at: new Date().toISOString() })
      .execute();
    expect(await byName.first(db, { name })).toEqual({ name, value: 'Prepared' });
    expect(await byName.first(db, { name: 'nobody' })).toBeUndefined();
    expect((await names.all(db, { limit: 1 })).length).toBe(1);

    // A transaction's uncommitted write is seen inside it, and not outside until it commits.
    await db.transaction().execute(async (tx) => {
      await tx
        .updateTable('instance_secrets')
        .set({ value: 'Renamed' })
        .where('name', '=', name)
        .execute();
      expect((await byName.first(tx, { name }))?.value).toBe('Renamed');
      if (engine === 'postgres') expect((await byName.first(db, { name }))?.value).toBe('Prepared');
    });
    expect((await byName.first(db, { name }))?.value).toBe('Renamed');
  });

  it('compiles to the SQL of the engine', () => {
    const compiled = byName.compile(database.kysely, { name: 'signing' });
    expect(compiled.sql).toBe(
      `select "name", "value" from "instance_secrets" where "name" = ${engine === 'postgres' ? '$1' : '?'}`,
    );
    expect(compiled.parameters).toEqual(['signing']);
  });

  it('refuses a build function that computes with a param', () => {
    const bad = preparedQuery((db: Kysely<Database>, p: { name: string }) =>
      db.selectFrom('instance_secrets').selectAll().where('name', '=', String(p.name)),
    );
    expect(() => bad.compile(database.kysely, { name: 'x' })).toThrow(/as a value/);
  });
});
