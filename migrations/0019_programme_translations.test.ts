/**
 * Rooms, tracks and topics that existed before their translations keep their text and read as
 * having none; the new columns take each language's text as JSON.
 */
import { expect, it } from 'vitest';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

describeEachEngine('migration 0019: programme translations', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  it('gives existing rooms, tracks and topics no translations, and keeps them', async () => {
    expect((await migrator().migrateTo('0017_speaker_invitations')).error).toBeUndefined();
    const at = '2026-01-01T00:00:00.000Z';
    const end = '2026-01-01T01:00:00.000Z';
    const k = kysely();
    const stamps = { created_at: at, updated_at: at };
    await k
      .insertInto('venues')
      .values({ id: 'v1', name: 'Khankendi', ...stamps })
      .execute();
    await k
      .insertInto('rooms')
      .values({ id: 'r1', venue_id: 'v1', name: 'Hall A', ...stamps })
      .execute();
    await k
      .insertInto('events')
      .values({ id: 'e1', slug: 'forum', kind: 'forum', starts_at: at, ends_at: end, ...stamps })
      .execute();
    await k
      .insertInto('event_sessions')
      .values({
        id: 's1',
        event_id: 'e1',
        kind: 'panel',
        starts_at: at,
        ends_at: end,
        room_id: 'r1',
        track: 'Great Return',
        ...stamps,
      })
      .execute();
    await k.insertInto('session_tags').values({ session_id: 's1', tag: 'housing' }).execute();

    expect((await migrator().migrateTo('0019_programme_translations')).error).toBeUndefined();
    expect(await k.selectFrom('rooms').select(['name', 'name_translations']).execute()).toEqual([
      { name: 'Hall A', name_translations: '{}' },
    ]);
    expect(
      await k.selectFrom('event_sessions').select(['track', 'track_translations']).execute(),
    ).toEqual([{ track: 'Great Return', track_translations: '{}' }]);
    await k
      .updateTable('session_tags')
      .set({ tag_translations: JSON.stringify({ ru: 'жильё' }) })
      .execute();
    expect(
      await k.selectFrom('session_tags').select(['tag', 'tag_translations']).execute(),
    ).toEqual([{ tag: 'housing', tag_translations: '{"ru":"жильё"}' }]);
    expect((await migrator().migrateDown()).error).toBeUndefined();
    expect(await k.selectFrom('rooms').selectAll().execute()).toEqual([
      expect.not.objectContaining({ name_translations: expect.anything() }),
    ]);
  });
});
