/**
 * An organisation keeps an owner when its two owners act at the same moment, on both engines:
 * two account deletions, a deletion and a departure, two departures. The database refuses the
 * change that would take the last owner (migration 0016); the person who lost the race gets the
 * message they would have had a moment later, never a 500.
 */
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { translator } from '../../../platform/i18n/index.js';
import { addMember } from '../index.js';

const t = translator('en');

describeEachEngine('an organisation keeps its last owner under concurrency', (engine) => {
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

  const ownersOf = async (organizationId: string) =>
    (
      await db()
        .selectFrom('organization_members')
        .select('person_id')
        .where('organization_id', '=', organizationId)
        .where('role', '=', 'owner')
        .execute()
    ).map((r) => r.person_id);

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
    return { id, slug, name };
  }

  /** Two signed-in people who own one organisation together, both on their way out. */
  async function coOwners(name: string) {
    const first = await signedUpClient(concord());
    const second = await signedUpClient(concord());
    const organization = await createOrganization(first.client, name);
    await addMember(
      concord().organizations,
      organization.id,
      await personId(second.email),
      'owner',
    );
    for (const { client } of [first, second]) {
      await client.get('/account');
      await client.get(`/organizations/${organization.slug}`);
    }
    return { first, second, organization };
  }

  const deleteAccount = (person: { client: TestClient; password: string }) =>
    person.client.post('/account/delete', { confirm: 'DELETE', password: person.password });
  const leave = (client: TestClient, slug: string) =>
    client.post(`/organizations/${slug}/leave`, {});

  const handOverRefusal = (html: string, organization: { slug: string; name: string }) =>
    html.includes(t('account.delete.handOver')) &&
    html.includes(`<a href="/organizations/${organization.slug}/people">${organization.name}</a>`);
  const lastOwnerRefusal = (html: string) => html.includes(t('org.members.lastOwner'));

  it('lets one of two co-owners delete their account at the same moment', async () => {
    const { first, second, organization } = await coOwners('Twin Deletion Union');
    const answers = await Promise.all([deleteAccount(first), deleteAccount(second)]);

    expect(answers.map((a) => a.status).sort()).toEqual([303, 422]);
    const refused = answers.find((a) => a.status === 422)!;
    expect(handOverRefusal(refused.html, organization)).toBe(true);
    const owners = await ownersOf(organization.id);
    expect(owners).toHaveLength(1);
    const remaining = await db().selectFrom('people').select('id').where('id', 'in', owners);
    expect(await remaining.execute()).toHaveLength(1);
    // The refused person keeps their account and can still sign in.
    const stayed = answers[0]!.status === 422 ? first : second;
    const client = concord().client();
    await client.get('/sign-in');
    const signedIn = await client.post('/sign-in', {
      email: stayed.email,
      password: stayed.password,
    });
    expect(signedIn.status).toBe(303);
  });

  it('lets one owner leave or the other delete their account, not both', async () => {
    const { first, second, organization } = await coOwners('Leave Or Delete Forum');
    const [left, deleted] = await Promise.all([
      leave(first.client, organization.slug),
      deleteAccount(second),
    ]);

    expect([left.status, deleted.status].filter((s) => s === 303)).toHaveLength(1);
    if (left.status === 303) expect(handOverRefusal(deleted.html, organization)).toBe(true);
    else {
      expect(left.status).toBe(409);
      expect(lastOwnerRefusal(left.html)).toBe(true);
    }
    expect(await ownersOf(organization.id)).toHaveLength(1);
  });

  it('lets one of two owners leave at the same moment', async () => {
    const { first, second, organization } = await coOwners('Double Departure Network');
    const answers = await Promise.all([
      leave(first.client, organization.slug),
      leave(second.client, organization.slug),
    ]);

    expect(answers.map((a) => a.status).sort()).toEqual([303, 409]);
    expect(lastOwnerRefusal(answers.find((a) => a.status === 409)!.html)).toBe(true);
    expect(await ownersOf(organization.id)).toHaveLength(1);
  });

  it('lets one of two owners demote the other at the same moment', async () => {
    const { first, second, organization } = await coOwners('Mutual Demotion Trust');
    const [firstId, secondId] = [await personId(first.email), await personId(second.email)];
    const demote = (client: TestClient, id: string) =>
      client.post(`/organizations/${organization.slug}/people/${id}/role`, { role: 'member' });
    const answers = await Promise.all([
      demote(first.client, secondId),
      demote(second.client, firstId),
    ]);

    expect(answers.map((a) => a.status).sort()).toEqual([303, 403]);
    expect(await ownersOf(organization.id)).toHaveLength(1);
  });

  it('lets one of two people who own two organisations together delete their account', async () => {
    const first = await signedUpClient(concord());
    const second = await signedUpClient(concord());
    const [firstId, secondId] = [await personId(first.email), await personId(second.email)];
    // Each founds an organisation and then joins the other's: their deletions reach the two
    // organisations in opposite orders.
    const mine = await createOrganization(first.client, 'First Shared Coalition');
    const theirs = await createOrganization(second.client, 'Second Shared Coalition');
    await addMember(concord().organizations, mine.id, secondId, 'owner');
    await addMember(concord().organizations, theirs.id, firstId, 'owner');
    for (const { client } of [first, second]) await client.get('/account');

    const answers = await Promise.all([deleteAccount(first), deleteAccount(second)]);

    expect(answers.map((a) => a.status).sort()).toEqual([303, 422]);
    const refused = answers.find((a) => a.status === 422)!;
    for (const organization of [mine, theirs]) {
      expect(handOverRefusal(refused.html, organization)).toBe(true);
      expect(await ownersOf(organization.id)).toHaveLength(1);
    }
  });

  it.skipIf(engine !== 'postgres')(
    'answers a deletion PostgreSQL failed to break a deadlock as if it had waited',
    async () => {
      const first = await signedUpClient(concord());
      const second = await signedUpClient(concord());
      const secondId = await personId(second.email);
      const mine = await createOrganization(first.client, 'Deadlocked Alliance');
      const other = await createOrganization(first.client, 'Deadlocked Network');
      for (const { id } of [mine, other]) {
        await addMember(concord().organizations, id, secondId, 'owner');
      }
      await first.client.get('/account');
      const waiting = async () => {
        for (;;) {
          const { rows } = await sql<{ n: number }>`
            select count(*)::int as n from pg_stat_activity
            where datname = current_database() and wait_event_type = 'Lock'`.execute(db());
          if (rows[0]!.n > 0) return;
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      };

      // The deletion takes one organisation and waits for the other, which this transaction
      // holds while it removes the co-owner from the first: PostgreSQL, checking sooner on
      // the deletion's side, fails the deletion.
      let answer: ReturnType<typeof deleteAccount> | undefined;
      await db()
        .transaction()
        .execute(async (tx) => {
          await sql`set local deadlock_timeout = '10s'`.execute(tx);
          await tx
            .selectFrom('organizations')
            .select('id')
            .where('id', '=', other.id)
            .forNoKeyUpdate()
            .execute();
          answer = deleteAccount(first);
          await waiting();
          await tx
            .deleteFrom('organization_members')
            .where('organization_id', '=', mine.id)
            .where('person_id', '=', secondId)
            .execute();
        });

      const refused = await answer!;
      expect(refused.status).toBe(422);
      expect(handOverRefusal(refused.html, mine)).toBe(true);
      expect(await ownersOf(mine.id)).toEqual([await personId(first.email)]);
    },
  );

  it('lets a co-owner leave and then the other delete their account once they hand over', async () => {
    const { first, second, organization } = await coOwners('Orderly Exit Council');
    expect((await leave(first.client, organization.slug)).status).toBe(303);
    const refused = await deleteAccount(second);
    expect(refused.status).toBe(422);
    expect(handOverRefusal(refused.html, organization)).toBe(true);
    expect(await ownersOf(organization.id)).toEqual([await personId(second.email)]);
  });
});
