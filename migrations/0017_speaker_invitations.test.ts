/**
 * Speakers named by address before invitations existed stay on their programmes: migration
 * 0017 turns each into an accepted invitation, one per session and address.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

describeEachEngine('migration 0017: speaker invitations', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  it('keeps speakers named by address as accepted invitations, once per session', async () => {
    const { error } = await migrator().migrateTo('0013_directory_revision');
    expect(error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    const end = '2026-01-01T01:00:00.000Z';
    const k = kysely();
    await k
      .insertInto('people')
      .values({
        id: 'p1',
        name: 'Ləman Əliyeva',
        email: 'Leman@Example.org',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await k
      .insertInto('events')
      .values({
        id: 'e1',
        slug: 'forum',
        kind: 'forum',
        starts_at: at,
        ends_at: end,
        created_at: at,
        updated_at: at,
      })
      .execute();
    await k
      .insertInto('event_sessions')
      .values({
        id: 's1',
        event_id: 'e1',
        kind: 'panel',
        starts_at: at,
        ends_at: end,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const speaker = { session_id: 's1', created_at: at };
    await k
      .insertInto('session_speakers')
      .values([
        { ...speaker, id: 'a', person_id: 'p1', role: 'moderator', position: 0 },
        { ...speaker, id: 'b', person_id: 'p1', role: 'speaker', position: 1 },
        {
          ...speaker,
          id: 'c',
          guest_name: 'John Guest',
          guest_organization: 'UNDP',
          role: 'speaker',
          position: 2,
        },
      ])
      .execute();

    expect((await migrator().migrateTo('0017_speaker_invitations')).error).toBeUndefined();
    const rows = await k.selectFrom('speaker_invitations').selectAll().execute();
    expect(rows).toEqual([
      expect.objectContaining({
        session_id: 's1',
        email: 'leman@example.org',
        role: 'moderator',
        position: 0,
        accepted_at: at,
        person_id: 'p1',
      }),
    ]);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    await expect(
      k
        .insertInto('speaker_invitations')
        .values({ ...rows[0], id: 'twice', token_hash: 'other' })
        .execute(),
    ).rejects.toThrow(/unique|duplicate key/i);
    expect((await migrator().migrateDown()).error).toBeUndefined();
  });
});
