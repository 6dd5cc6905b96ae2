import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { createConfirmedPerson } from '../../modules/accounts/index.js';
import { preparedQuery } from './prepared.js';
import type { Database } from './tables.js';

const byEmail = preparedQuery((db: Kysely<Database>, p: { email: string }) =>
  db.selectFrom('people').select(['name', 'email']).where('email', '=', p.email),
);
const names = preparedQuery((db: Kysely<Database>, p: { limit: number }) =>
  db.selectFrom('people').select('name').orderBy('name').limit(p.limit),
);

describeEachEngine('preparedQuery', (engine) => {
  const concord = useConcord(engine);

  it('runs with each call’s values, on the database and inside a transaction', async () => {
    const db = concord().deps.db.kysely;
    const email = `prepared.${engine}@example.org`;
    await createConfirmedPerson(concord().accounts, {
      name: 'Prepared Person',
      email,
      password: 'a long enough passphrase',
    });
    expect(await byEmail.first(db, { email })).toEqual({ name: 'Prepared Person', email });
    expect(await byEmail.first(db, { email: 'nobody@example.org' })).toBeUndefined();
    expect((await names.all(db, { limit: 1 })).length).toBe(1);

    // A transaction's uncommitted write is seen inside it, and not outside until it commits.
    await db.transaction().execute(async (tx) => {
      await tx.updateTable('people').set({ name: 'Renamed' }).where('email', '=', email).execute();
      expect((await byEmail.first(tx, { email }))?.name).toBe('Renamed');
      if (engine === 'postgres')
        expect((await byEmail.first(db, { email }))?.name).toBe('Prepared Person');
    });
    expect((await byEmail.first(db, { email }))?.name).toBe('Renamed');
  });

  it('compiles to the SQL of the engine', () => {
    const compiled = byEmail.compile(concord().deps.db.kysely, { email: 'a@example.org' });
    expect(compiled.sql).toBe(
      `select "name", "email" from "people" where "email" = ${engine === 'postgres' ? '$1' : '?'}`,
    );
    expect(compiled.parameters).toEqual(['a@example.org']);
  });

  it('refuses a build function that computes with a param', () => {
    const bad = preparedQuery((db: Kysely<Database>, p: { email: string }) =>
      db.selectFrom('people').selectAll().where('email', '=', String(p.email)),
    );
    expect(() => bad.compile(concord().deps.db.kysely, { email: 'x' })).toThrow(/as a value/);
  });
});
