/**
 * Migration 0020 records which folding each search collection was built with. It leaves the
 * record empty, so that every collection indexed before the upgrade is indexed again at start.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

describeEachEngine('migration 0020: search fold version', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  it('starts with no collection recorded, keeps one version per collection, and goes down', async () => {
    expect((await migrator().migrateTo('0020_search_fold_version')).error).toBeUndefined();
    const k = kysely();
    expect(await k.selectFrom('search_collections').selectAll().execute()).toEqual([]);
    const row = { collection: 'events', fold_version: 2, indexed_at: '2026-12-07T00:00:00.000Z' };
    await k.insertInto('search_collections').values(row).execute();
    await expect(k.insertInto('search_collections').values(row).execute()).rejects.toThrow();

    expect((await migrator().migrateTo('0017_speaker_invitations')).error).toBeUndefined();
    await expect(k.selectFrom('search_collections').selectAll().execute()).rejects.toThrow();
  });
});
