/** The demo data: the people of the seed story, confirmed, with a random administrator password. */
import { expect, it } from 'vitest';
import { type TestConcord, useConcord } from '../../test/app.js';
import { describeEachEngine } from '../../test/engines.js';
import { DemoNotEmptyError, loadDemoData } from './index.js';

const people = (concord: TestConcord) =>
  concord.deps.db.kysely
    .selectFrom('people')
    .select(['name', 'email', 'email_verified', 'is_admin'])
    .orderBy('name')
    .execute();

async function signIn(concord: TestConcord, email: string, password: string) {
  const client = concord.client();
  await client.get('/sign-in');
  const page = await client.post('/sign-in', { email, password });
  return { client, status: page.status };
}

describeEachEngine('demo data', (engine) => {
  const one = useConcord(engine);
  const two = useConcord(engine);
  let firstAdmin: Awaited<ReturnType<typeof loadDemoData>>;

  it('holds the seed story’s people, confirmed, with the secretariat as the only administrator', async () => {
    const admin = await loadDemoData(one());
    firstAdmin = admin;
    const rows = await people(one());
    expect(rows.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'Khatira Valiyeva',
        'Azerbaijan National NGO Forum',
        'Global South NGO Platform Secretariat',
      ]),
    );
    for (const row of rows)
      expect({ name: row.name, confirmed: row.email_verified }).toEqual({
        name: row.name,
        confirmed: 1,
      });
    expect(rows.filter((r) => r.is_admin === 1)).toEqual([
      {
        name: 'Global South NGO Platform Secretariat',
        email: admin.email,
        email_verified: 1,
        is_admin: 1,
      },
    ]);
    // The demo sends no mail: nobody has to confirm anything.
    expect(await one().deps.mailer.list(10)).toEqual([]);
  });

  it('gives each database its own random administrator password, which works', async () => {
    const second = await loadDemoData(two());
    expect(second.email).toBe(firstAdmin.email);
    expect(second.password).not.toBe(firstAdmin.password);
    expect(second.password.length).toBeGreaterThanOrEqual(12);
    for (const [concord, admin] of [
      [one(), firstAdmin],
      [two(), second],
    ] as const) {
      const signedIn = await signIn(concord, admin.email, admin.password);
      expect(signedIn.status).toBe(303);
      expect((await signedIn.client.get('/admin')).status).toBe(200);
    }
  });

  it('refuses to load into a database that already has people', async () => {
    const before = await people(two());
    await expect(loadDemoData(two())).rejects.toBeInstanceOf(DemoNotEmptyError);
    expect(await people(two())).toEqual(before);
  });
});

describeEachEngine('demo organisations', (engine) => {
  const concord = useConcord(engine);

  it('puts the story’s organisations and a spread of Global South members in the directory', async () => {
    await loadDemoData(concord());
    const visitor = concord().client();
    const found = await visitor.get('/organizations?q=xankendi');
    expect(found.html).toContain('Public Union for Support to Internally Displaced Persons');
    const directory = await visitor.get('/organizations');
    expect(directory.html).toContain('33 organisations');
    const countries = [
      ...directory.html.matchAll(/href="\/organizations\?country=([A-Z]{2})"/g),
    ].map((m) => m[1]);
    expect(new Set(countries).size).toBeGreaterThanOrEqual(12); // the facet lists the top twelve
    const slug = /href="\/organizations\/([^"?]+)"><strong>[^<]*Khankendi/.exec(found.html)?.[1];
    const profile = await visitor.get(`/organizations/${slug}`);
    expect(profile.html).toContain('Verified by the network');
    const owners = await concord()
      .deps.db.kysely.selectFrom('organization_members')
      .innerJoin('people', 'people.id', 'organization_members.person_id')
      .select('people.name')
      .where(
        'organization_members.organization_id',
        '=',
        (
          await concord()
            .deps.db.kysely.selectFrom('organizations')
            .select('id')
            .where('slug', '=', slug!)
            .executeTakeFirstOrThrow()
        ).id,
      )
      .execute();
    expect(owners.map((o) => o.name)).toEqual(['Khatira Valiyeva']);
  });
});
