/**
 * Migration 0016 on both engines: the database refuses to delete or demote an organisation's
 * last owner, directly or by deleting their account; other owners, admins and members come and
 * go, and an organisation deleted takes its people with it. Down lifts the rule.
 */
import { expect, it } from 'vitest';
import { isLastOwnerViolation } from '../src/modules/organizations/index.js';
import { describeEachEngine } from '../test/engines.js';
import { useMigratingDatabase } from '../test/fixtures/migrations.js';

const at = '2026-01-01T00:00:00.000Z';

describeEachEngine('migration 0016: an organisation keeps an owner', (engine) => {
  const { kysely, migrator } = useMigratingDatabase(engine);

  const person = (id: string) =>
    kysely()
      .insertInto('people')
      .values({ id, name: id, email: `${id}@example.org`, created_at: at, updated_at: at })
      .execute();
  const organization = (id: string, members: [string, string][]) =>
    kysely()
      .transaction()
      .execute(async (tx) => {
        await tx
          .insertInto('organizations')
          .values({ id, slug: id, name: id, country: 'AZ', created_at: at, updated_at: at })
          .execute();
        for (const [personId, role] of members) {
          await tx
            .insertInto('organization_members')
            .values({
              organization_id: id,
              person_id: personId,
              role,
              created_at: at,
              updated_at: at,
            })
            .execute();
        }
      });
  const removeMember = (organizationId: string, personId: string) =>
    kysely()
      .deleteFrom('organization_members')
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  const setRole = (organizationId: string, personId: string, role: string) =>
    kysely()
      .updateTable('organization_members')
      .set({ role })
      .where('organization_id', '=', organizationId)
      .where('person_id', '=', personId)
      .execute();
  const refusal = async (write: Promise<unknown>) => {
    const error = await write.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).not.toBeNull();
    expect(isLastOwnerViolation(error)).toBe(true);
  };
  const ownersOf = async (organizationId: string) =>
    (
      await kysely()
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'owner')
        .orderBy('person_id')
        .execute()
    ).map((r) => r.person_id);

  it('refuses to take the last owner, lets everyone else go, and comes down', async () => {
    expect((await migrator().migrateTo('0016_organization_keeps_an_owner')).error).toBeUndefined();
    for (const id of ['ana', 'bob', 'cem', 'dan']) await person(id);
    await organization('forum', [
      ['ana', 'owner'],
      ['bob', 'owner'],
      ['cem', 'admin'],
    ]);
    await organization('union', [['ana', 'owner']]);
    await organization('imported', []);

    // A second owner, an admin and a member come and go.
    await setRole('forum', 'bob', 'admin');
    await setRole('forum', 'bob', 'owner');
    await removeMember('forum', 'cem');
    await removeMember('forum', 'bob');
    expect(await ownersOf('forum')).toEqual(['ana']);

    // The last owner: not removed, not demoted, not moved, not taken with their account.
    await refusal(removeMember('forum', 'ana'));
    await refusal(setRole('forum', 'ana', 'member'));
    await refusal(
      kysely()
        .updateTable('organization_members')
        .set({ organization_id: 'imported' })
        .where('organization_id', '=', 'union')
        .execute(),
    );
    await refusal(kysely().deleteFrom('people').where('id', '=', 'ana').execute());
    expect(await ownersOf('forum')).toEqual(['ana']);
    expect(await ownersOf('union')).toEqual(['ana']);

    // An organisation that goes takes its only owner's membership with it.
    await kysely().deleteFrom('organizations').where('id', '=', 'union').execute();
    expect(await ownersOf('union')).toEqual([]);
    // Another owner arrives; the first may go, account and all.
    await kysely()
      .insertInto('organization_members')
      .values({
        organization_id: 'forum',
        person_id: 'dan',
        role: 'owner',
        created_at: at,
        updated_at: at,
      })
      .execute();
    await kysely().deleteFrom('people').where('id', '=', 'ana').execute();
    expect(await ownersOf('forum')).toEqual(['dan']);

    expect((await migrator().migrateDown()).error).toBeUndefined();
    await removeMember('forum', 'dan');
    expect(await ownersOf('forum')).toEqual([]);
  });
});
