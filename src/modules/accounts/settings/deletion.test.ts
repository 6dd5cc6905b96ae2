/**
 * Deleting an account that alone owns organisations, on both engines: refused with the
 * organisations to hand over first, nothing deleted; possible once another person owns them; a
 * co-owned organisation does not stand in the way.
 */
import { expect, it } from 'vitest';
import { signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { translator } from '../../../platform/i18n/index.js';
import { addMember } from '../../organizations/index.js';

const t = translator('en');

describeEachEngine('deleting an account that owns organisations', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;

  const personId = async (email: string) =>
    (
      await db()
        .selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

  async function createOrganization(client: TestClient, name: string) {
    await client.get('/organizations/new');
    const created = await client.post('/organizations', { name, country: 'AZ' });
    expect(created.status).toBe(303);
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    const { id } = await db()
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    return { id, slug };
  }

  const ownersOf = async (organizationId: string) =>
    (
      await db()
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'owner')
        .orderBy('person_id')
        .execute()
    ).map((r) => r.person_id);

  it('names the organisations to hand over first, deletes nothing, then deletes', async () => {
    const owner = await signedUpClient(concord());
    const partner = await signedUpClient(concord());
    const [ownerId, partnerId] = [await personId(owner.email), await personId(partner.email)];
    const sole = await createOrganization(owner.client, 'Sole Owner Union');
    const shared = await createOrganization(owner.client, 'Shared Owners Forum');
    await addMember(concord().organizations, shared.id, partnerId, 'owner');

    await owner.client.get('/account');
    const refused = await owner.client.post('/account/delete', {
      confirm: 'DELETE',
      password: owner.password,
    });
    expect(refused.status).toBe(422);
    expect(refused.html).toContain(t('account.delete.handOver'));
    expect(refused.html).toContain(
      `<a href="/organizations/${sole.slug}/people">Sole Owner Union</a>`,
    );
    // A co-owned organisation has another owner already: it is not named.
    expect(refused.html).not.toContain('Shared Owners Forum');
    expect(
      await db().selectFrom('people').select('id').where('id', '=', ownerId).execute(),
    ).toEqual([{ id: ownerId }]);
    expect(await ownersOf(sole.id)).toEqual([ownerId]);
    expect((await owner.client.get('/account')).status).toBe(200);

    await addMember(concord().organizations, sole.id, partnerId, 'owner');
    const deleted = await owner.client.post('/account/delete', {
      confirm: 'DELETE',
      password: owner.password,
    });
    expect(deleted.status).toBe(303);
    expect(
      await db().selectFrom('people').select('id').where('id', '=', ownerId).execute(),
    ).toEqual([]);
    expect(await ownersOf(sole.id)).toEqual([partnerId]);
    expect(await ownersOf(shared.id)).toEqual([partnerId]);
  });

  it('deletes the account of a co-owner at once', async () => {
    const owner = await signedUpClient(concord());
    const partner = await signedUpClient(concord());
    const shared = await createOrganization(owner.client, 'Co-owned Alliance');
    await addMember(concord().organizations, shared.id, await personId(partner.email), 'owner');
    await owner.client.get('/account');
    const deleted = await owner.client.post('/account/delete', {
      confirm: 'DELETE',
      password: owner.password,
    });
    expect(deleted.status).toBe(303);
    expect(await ownersOf(shared.id)).toEqual([await personId(partner.email)]);
  });
});
