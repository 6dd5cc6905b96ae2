import { describe, expect, it } from 'vitest';
import {
  adminClient,
  signedUpClient,
  type TestClient,
  type TestConcord,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

const KHANKENDI = {
  name: '“Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyi',
  nameEn: '“Khankendi” Public Union for Support to Internally Displaced Persons',
  acronym: 'KPU',
  country: 'AZ',
  city: 'Xankəndi',
  foundedYear: '2009',
  website: 'https://khankendi-idp.example',
  descriptionEn: 'Supports **displaced families** returning to Garabagh.',
  descriptionAz: 'Qarabağa qayıdan **köçkün ailələrə** dəstək verir.',
  tags: 'displaced people, housing, youth',
  workingLanguages: 'az, en, ru',
  iatiType: '22',
};

async function personId(concord: TestConcord, email: string) {
  const row = await concord.deps.db.kysely
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Creates an organisation through the form; returns its slug. */
async function createThroughForm(
  client: TestClient,
  fields: Record<string, string> = KHANKENDI,
  sdgs = ['1', '11'],
) {
  await client.get('/organizations/new');
  const body = new URLSearchParams(fields);
  for (const sdg of sdgs) body.append('sdgs', sdg);
  const page = await client.post('/organizations', body);
  expect(page.status).toBe(303);
  return page.location!.split('?')[0]!.replace('/organizations/', '');
}

describeEachEngine('organisations', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;

  describe('profiles', () => {
    it('creates an organisation whose creator is its owner, with goals and tags', async () => {
      const { client, email } = await signedUpClient(concord());
      const slug = await createThroughForm(client);
      const org = await db()
        .selectFrom('organizations')
        .selectAll()
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      expect(org.name).toBe(KHANKENDI.name);
      expect(JSON.parse(org.name_translations)).toEqual({ en: KHANKENDI.nameEn });
      expect(org.membership_status).toBe('none');
      const members = await db()
        .selectFrom('organization_members')
        .selectAll()
        .where('organization_id', '=', org.id)
        .execute();
      expect(members).toEqual([
        expect.objectContaining({ person_id: await personId(concord(), email), role: 'owner' }),
      ]);
      const sdgs = await db()
        .selectFrom('organization_sdgs')
        .select('sdg')
        .where('organization_id', '=', org.id)
        .orderBy('sdg')
        .execute();
      expect(sdgs.map((r) => r.sdg)).toEqual([1, 11]);
      const page = await client.get(`/organizations/${slug}`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('<strong>displaced families</strong>');
      expect(page.html).toContain('Owner');
    });

    it('shows each bad field its message and writes nothing', async () => {
      const { client } = await signedUpClient(concord());
      await client.get('/organizations/new');
      const before = await db()
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      const body = new URLSearchParams({
        name: ' ',
        country: 'XX',
        foundedYear: '1066',
        website: 'javascript:alert(1)',
        email: 'nope',
        phone: 'call me',
        iatiIdentifier: 'not an identifier',
        iatiType: '99',
        workingLanguages: 'English',
      });
      body.append('sdgs', '18');
      const page = await client.post('/organizations', body);
      expect(page.status).toBe(422);
      for (const message of [
        'Enter the organisation’s name',
        'Choose the country where the organisation is registered',
        'Enter a year between 1800 and this year',
        'Enter a web address starting with https://',
        'Enter an email address like name@example.org',
        'Enter a phone number in digits',
        'Enter an IATI identifier like AZ-MOJ-1234567',
        'Choose a type from the list',
        'Give language codes like az, en, ru',
        'Choose goals from the list',
      ]) {
        expect(page.html).toContain(message);
      }
      expect(page.html).toContain('value="1066"');
      const after = await db()
        .selectFrom('organizations')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });

    it('never gives an organisation a slug that is a page of the directory', async () => {
      const { client } = await signedUpClient(concord());
      for (const name of ['New', 'Mine', 'Acting']) {
        const slug = await createThroughForm(client, { name, country: 'AZ' }, []);
        expect(slug).toBe(`${name.toLowerCase()}-2`);
        expect((await client.get(`/organizations/${slug}`)).html).toContain(name);
      }
    });

    it('refuses an IATI identifier another organisation uses', async () => {
      const { client } = await signedUpClient(concord());
      await createThroughForm(client, {
        ...KHANKENDI,
        acronym: 'IATI1',
        iatiIdentifier: 'AZ-MOJ-1400123',
      });
      await client.get('/organizations/new');
      const page = await client.post(
        '/organizations',
        new URLSearchParams({ name: 'Other', country: 'AZ', iatiIdentifier: 'AZ-MOJ-1400123' }),
      );
      expect(page.status).toBe(422);
      expect(page.html).toContain('already uses this IATI identifier');
    });

    it('lets owners edit, not members, and hides unaccepted organisations from others', async () => {
      const owner = await signedUpClient(concord());
      const slug = await createThroughForm(owner.client, { ...KHANKENDI, acronym: 'EDIT' });
      const edit = await owner.client.get(`/organizations/${slug}/edit`);
      expect(edit.status).toBe(200);
      expect(edit.html).toContain('value="Xankəndi"');
      const saved = await owner.client.post(
        `/organizations/${slug}`,
        new URLSearchParams({ ...KHANKENDI, acronym: 'EDIT', city: 'Şuşa' }),
      );
      expect(saved.status).toBe(303);
      const org = await db()
        .selectFrom('organizations')
        .select(['id', 'city'])
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      expect(org.city).toBe('Şuşa');

      const member = await signedUpClient(concord());
      await concord()
        .organizations.deps.db.kysely.insertInto('organization_members')
        .values({
          organization_id: org.id,
          person_id: await personId(concord(), member.email),
          role: 'member',
          listed: 1,
          created_at: 'x',
          updated_at: 'x',
        })
        .execute();
      expect((await member.client.get(`/organizations/${slug}`)).status).toBe(200);
      expect((await member.client.get(`/organizations/${slug}/edit`)).status).toBe(403);

      const stranger = await signedUpClient(concord());
      expect((await stranger.client.get(`/organizations/${slug}`)).status).toBe(404);
      expect((await concord().client().get(`/organizations/${slug}`)).status).toBe(404);
      const admin = await adminClient(concord());
      expect((await admin.client.get(`/organizations/${slug}`)).status).toBe(200);
    });

    it('publishes schema.org NGO data and Open Graph tags for a network member', async () => {
      const { client } = await signedUpClient(concord());
      const slug = await createThroughForm(client, { ...KHANKENDI, acronym: 'PUB' });
      await db()
        .updateTable('organizations')
        .set({ membership_status: 'member' })
        .where('slug', '=', slug)
        .execute();
      const page = await concord().client().get(`/organizations/${slug}`);
      expect(page.status).toBe(200);
      const json = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(page.html)?.[1];
      const data = JSON.parse(json!);
      expect(data).toMatchObject({
        '@type': 'NGO',
        name: KHANKENDI.name,
        foundingDate: '2009',
        address: { addressCountry: 'AZ' },
      });
      expect(page.html).toContain('property="og:title"');
    });
  });

  describe('people and roles', () => {
    async function orgWithTwoOwners() {
      const a = await signedUpClient(concord());
      const b = await signedUpClient(concord());
      const slug = await createThroughForm(a.client, {
        ...KHANKENDI,
        acronym: `R${Math.random().toString(36).slice(2, 7)}`,
      });
      const org = await db()
        .selectFrom('organizations')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow();
      const bId = await personId(concord(), b.email);
      await db()
        .insertInto('organization_members')
        .values({
          organization_id: org.id,
          person_id: bId,
          role: 'member',
          listed: 1,
          created_at: 'x',
          updated_at: 'x',
        })
        .execute();
      await a.client.get(`/organizations/${slug}/people`);
      const promoted = await a.client.post(`/organizations/${slug}/people/${bId}/role`, {
        role: 'owner',
      });
      expect(promoted.status).toBe(303);
      return { a, b, slug, orgId: org.id, aId: await personId(concord(), a.email), bId };
    }

    it('keeps the last owner: no demotion, no leaving', async () => {
      const { client, email } = await signedUpClient(concord());
      const slug = await createThroughForm(client, { ...KHANKENDI, acronym: 'LAST' });
      const id = await personId(concord(), email);
      await client.get(`/organizations/${slug}/people`);
      const demote = await client.post(`/organizations/${slug}/people/${id}/role`, {
        role: 'member',
      });
      expect(demote.status).toBe(409);
      expect(demote.html).toContain('needs at least one owner');
      await client.get(`/organizations/${slug}`);
      const leave = await client.post(`/organizations/${slug}/leave`, {});
      expect(leave.status).toBe(409);
    });

    it('lets admins manage members but not owners', async () => {
      const { a, slug, orgId } = await orgWithTwoOwners();
      const c = await signedUpClient(concord());
      const cId = await personId(concord(), c.email);
      await db()
        .insertInto('organization_members')
        .values({
          organization_id: orgId,
          person_id: cId,
          role: 'member',
          listed: 1,
          created_at: 'x',
          updated_at: 'x',
        })
        .execute();
      await a.client.get(`/organizations/${slug}/people`);
      expect(
        (await a.client.post(`/organizations/${slug}/people/${cId}/role`, { role: 'admin' }))
          .status,
      ).toBe(303);
      const { aId } = { aId: await personId(concord(), a.email) };
      await c.client.get(`/organizations/${slug}/people`);
      expect(
        (await c.client.post(`/organizations/${slug}/people/${aId}/role`, { role: 'member' }))
          .status,
      ).toBe(403);
      expect(
        (await c.client.post(`/organizations/${slug}/people/${cId}/role`, { role: 'owner' }))
          .status,
      ).toBe(403);
      expect(
        (await c.client.post(`/organizations/${slug}/people/${cId}/role`, { role: 'boss' })).status,
      ).toBe(400);
      const roles = await db()
        .selectFrom('organization_members')
        .select(['person_id', 'role'])
        .where('organization_id', '=', orgId)
        .execute();
      expect(roles.find((r) => r.person_id === cId)?.role).toBe('admin');
      expect(roles.find((r) => r.person_id === aId)?.role).toBe('owner');
    });

    it('never leaves zero owners when two owners demote each other at once', async () => {
      for (let round = 0; round < 3; round++) {
        const { a, b, slug, orgId, aId, bId } = await orgWithTwoOwners();
        await b.client.get(`/organizations/${slug}/people`);
        await a.client.get(`/organizations/${slug}/people`);
        const results = await Promise.all([
          a.client.post(`/organizations/${slug}/people/${bId}/role`, { role: 'member' }),
          b.client.post(`/organizations/${slug}/people/${aId}/role`, { role: 'member' }),
        ]);
        const owners = await db()
          .selectFrom('organization_members')
          .select('person_id')
          .where('organization_id', '=', orgId)
          .where('role', '=', 'owner')
          .execute();
        expect(owners).toHaveLength(1);
        expect(results.map((r) => r.status).sort()).toEqual([303, expect.any(Number)]);
      }
    });

    it('records role changes in the audit log', async () => {
      const { orgId } = await orgWithTwoOwners();
      const rows = await db()
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('subject_id', '=', orgId)
        .execute();
      expect(rows.map((r) => r.action)).toEqual(
        expect.arrayContaining(['organization.create', 'organization.member.role']),
      );
    });
  });
});
