/** Migration 0021 indexes the audit log by person, and keeps every entry as it was. */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

describeEachEngine('migration 0021: the audit log by person', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  it('adds the index and takes it away again, keeping the entries', async () => {
    expect((await migrator().migrateTo('0017_speaker_invitations')).error).toBeUndefined();
    const entry = {
      id: '0190d000-0000-7000-8000-000000000001',
      at: '2025-10-20T08:00:00.000Z',
      actor_id: 'p1',
      actor_label: 'leyla@example.org',
      action: 'auth.signIn',
      details: '{}',
    };
    await kysely().insertInto('audit_log').values(entry).execute();

    expect((await migrator().migrateTo('0021_audit_by_person')).error).toBeUndefined();
    const indexes = async () =>
      engine === 'sqlite'
        ? (
            await kysely()
              .selectFrom('sqlite_master')
              .select('name')
              .where('type', '=', 'index')
              .execute()
          ).map((r) => r.name)
        : (await kysely().selectFrom('pg_indexes').select('indexname as name').execute()).map(
            (r) => r.name,
          );
    expect(await indexes()).toContain('audit_log_actor');
    const rows = await kysely()
      .selectFrom('audit_log')
      .select(['id', 'actor_id'])
      .where('actor_id', '=', 'p1')
      .execute();
    expect(rows).toEqual([{ id: entry.id, actor_id: 'p1' }]);

    expect((await migrator().migrateTo('0017_speaker_invitations')).error).toBeUndefined();
    expect(await indexes()).not.toContain('audit_log_actor');
    expect(await kysely().selectFrom('audit_log').select('id').execute()).toHaveLength(1);
  });
});
