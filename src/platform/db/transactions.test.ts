/**
 * inOneTransaction on both engines: the services' own transactions inside it are savepoints (one
 * that fails takes back only its part), and the whole commits or rolls back at once.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '../../../test/engines.js';
import {
  createThrowawayDatabase,
  type ThrowawayDatabase,
} from '../../../test/fixtures/databases.js';
import { migrations } from '../../migrations.js';
import { type Db, openDatabase } from './connection.js';
import { newId } from './ids.js';
import { migrateToLatest } from './migrate.js';
import type { Database } from './tables.js';
import { inOneTransaction } from './transactions.js';

describeEachEngine('inOneTransaction', (engine) => {
  let throwaway: ThrowawayDatabase;
  let db: Db<Database>;
  beforeAll(async () => {
    throwaway = await createThrowawayDatabase(engine);
    db = openDatabase<Database>(throwaway.target);
    await migrateToLatest(db.kysely, migrations);
  });
  afterAll(async () => {
    await db.close();
    await throwaway.drop();
  });

  const secret = (name: string) => ({ name, value: 'v', created_at: new Date().toISOString() });
  const names = async () =>
    (await db.kysely.selectFrom('instance_secrets').select('name').orderBy('name').execute()).map(
      (r) => r.name,
    );

  it('keeps what nested transactions committed and drops what one of them rolled back', async () => {
    await inOneTransaction(db, async (scoped) => {
      await scoped.kysely
        .transaction()
        .execute((tx) => tx.insertInto('instance_secrets').values(secret('kept')).execute());
      await expect(
        scoped.kysely.transaction().execute(async (tx) => {
          await tx.insertInto('instance_secrets').values(secret('taken back')).execute();
          throw new Error('this part fails');
        }),
      ).rejects.toThrow('this part fails');
      // Queries at once take turns on the one connection.
      await Promise.all(
        ['a', 'b', 'c'].map((n) =>
          scoped.kysely
            .insertInto('instance_secrets')
            .values(secret(`parallel ${n}`))
            .execute(),
        ),
      );
      // Not visible outside until committed.
      if (engine === 'postgres') expect(await names()).toEqual([]);
    });
    expect(await names()).toEqual(['kept', 'parallel a', 'parallel b', 'parallel c']);
  });

  it('rolls everything back when the work fails', async () => {
    await expect(
      inOneTransaction(db, async (scoped) => {
        await scoped.kysely
          .transaction()
          .execute((tx) => tx.insertInto('instance_secrets').values(secret(newId())).execute());
        await scoped.kysely.insertInto('instance_secrets').values(secret(newId())).execute();
        throw new Error('the work failed');
      }),
    ).rejects.toThrow('the work failed');
    expect(await names()).toEqual(['kept', 'parallel a', 'parallel b', 'parallel c']);
  });
});
