/** Migration 0018 holds one identity at most, and a logo only with its icons and hash. */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

describeEachEngine('migration 0018: the network identity', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  it('keeps one row, with a logo whole or not at all, and goes down again', async () => {
    expect((await migrator().migrateTo('0018_network_identity')).error).toBeUndefined();
    const k = kysely();
    const row = { name: 'Global South NGOs Platform', short_name: 'GSNP', updated_at: 'now' };
    await k
      .insertInto('network_identity')
      .values({ ...row, id: 1 })
      .execute();
    await expect(
      k
        .insertInto('network_identity')
        .values({ ...row, id: 2 })
        .execute(),
    ).rejects.toThrow(/check|constraint/i);
    await expect(
      k.updateTable('network_identity').set({ logo_file: 'a.png' }).where('id', '=', 1).execute(),
    ).rejects.toThrow(/check|constraint/i);
    const [stored] = await k.selectFrom('network_identity').selectAll().execute();
    expect(stored).toMatchObject({ name: row.name, purpose: '{}', logo_file: null });
    expect((await migrator().migrateDown()).error).toBeUndefined();
  });
});
