/** The demo data: the people of the seed story, confirmed, with a random administrator password. */
import { expect, it } from 'vitest';
import { signedUpClient, type TestConcord, useConcord } from '../../test/app.js';
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

/** Loading writes hundreds of people and registrations: seconds, more on a busy machine. */
const LOAD_TIMEOUT = 180_000;

describeEachEngine('demo data', (engine) => {
  const one = useConcord(engine);
  const two = useConcord(engine);
  let firstAdmin: Awaited<ReturnType<typeof loadDemoData>>;

  it(
    'holds the seed story’s people, confirmed, with the secretariat as the only administrator',
    async () => {
      const admin = await loadDemoData(one());
      firstAdmin = admin;
      const rows = await people(one());
      expect(rows.map((r) => r.name)).toEqual(
        expect.arrayContaining([
          'Xatirə Vəliyeva',
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
      // The network is the seed's, named on every page, its purpose in the page's language.
      const home = await one()
        .client()
        .request('/', { headers: { 'accept-language': 'az' } });
      expect(home.html).toContain('<title>');
      expect(home.html).toContain('— Global South NGOs</title>');
      // The header's link: the full name on a wide screen, the short one on a phone.
      expect(home.html).toContain(
        '<span class="brand-name">Global South NGOs Platform</span><span class="brand-short">Global South NGOs</span></a>',
      );
      expect(home.html).toContain(
        '<meta name="description" content="Dünya əhalisinin 80 faizinin yaşadığı Qlobal Cənubun',
      );
      // The demo sends no mail: nobody has to confirm anything.
      expect(await one().deps.mailer.list(10)).toEqual([]);
      // One argon2id hash for all the demo's people (hashed once per load), the admin's own.
      const hashes = await one()
        .deps.db.kysely.selectFrom('accounts')
        .innerJoin('people', 'people.id', 'accounts.user_id')
        .select(['accounts.password', 'people.is_admin'])
        .execute();
      const shared = new Set(hashes.filter((h) => h.is_admin === 0).map((h) => h.password));
      const adminHash = hashes.find((h) => h.is_admin === 1)!.password;
      expect(hashes.length).toBe(rows.length);
      expect(shared.size).toBe(1);
      expect([...shared][0]).toMatch(/^\$argon2id\$/);
      expect(shared.has(adminHash)).toBe(false);
    },
    LOAD_TIMEOUT,
  );

  it(
    'gives each database its own random administrator password, which works',
    async () => {
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
    },
    LOAD_TIMEOUT,
  );

  it('refuses to load into a database that already has people', async () => {
    const before = await people(two());
    await expect(loadDemoData(two())).rejects.toBeInstanceOf(DemoNotEmptyError);
    expect(await people(two())).toEqual(before);
  });
});

describeEachEngine('demo organisations', (engine) => {
  const concord = useConcord(engine);

  it(
    'puts the story’s organisations and a spread of Global South members in the directory',
    async () => {
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
        .where('organization_members.role', '=', 'owner')
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
      expect(owners.map((o) => o.name)).toEqual(['Xatirə Vəliyeva']);
    },
    LOAD_TIMEOUT,
  );

  it('holds the Khankendi forum with its programme and its participants checked in', async () => {
    const visitor = concord().client();
    const past = await visitor.get('/events?when=past&q=khankendi');
    const slug = /href="\/events\/([^"?]+)"[^>]*><strong>Azerbaijan NGOs Cooperation Forum/.exec(
      past.html,
    )?.[1];
    expect(slug, past.html.slice(0, 3000)).toBeDefined();
    const programme = await visitor.get(`/events/${slug}/programme`);
    expect(programme.status).toBe(200);
    for (const title of [
      'Opening plenary: NGOs on one platform',
      'The Great Return: rebuilt towns and their communities',
      'The Global South NGO Platform: from Baku to the world',
      'Closing plenary: adoption of the address',
    ])
      expect(programme.html).toContain(title);
    // The speakers were invited by address and accepted: the programme names them.
    for (const speaker of ['Xatirə Vəliyeva', 'Amina Diallo', 'Rahul Menon']) {
      expect(programme.html).toContain(speaker);
    }
    const russian = concord().client();
    await russian.get(`/locale/ru?next=/events/${slug}/programme`);
    const ru = await russian.get(`/events/${slug}/programme`);
    expect(ru.html).toContain('Заключительное пленарное заседание: принятие обращения');
    // Rooms, tracks and topics read in the reader's language too, never in English.
    expect(ru.html).toContain('<span> · Пленарный зал</span>');
    expect(ru.html).toContain('<span class="badge muted">Великое возвращение</span>');
    expect(ru.html).toContain('<dd>возвращение, городское развитие, жильё</dd>');
    // English stays only in the filters' values, which shared links carry.
    expect(ru.html).not.toMatch(/ · Plenary hall<|>Great Return<|<dd>[^<]*urban development/);
    const azerbaijani = concord().client();
    await azerbaijani.get(`/locale/az?next=/events/${slug}/programme`);
    const az = await azerbaijani.get(`/events/${slug}/programme`);
    expect(az.html).toContain('<span> · A zalı</span>');
    expect(az.html).toContain('<span class="badge muted">Qlobal Cənub</span>');
    expect(az.html).toContain('<dd>advokasiya, COP29, iqlim</dd>');
    expect(az.html).not.toMatch(/ · Hall A<|>Global South<|<dd>[^<]*climate/);
    const figures = JSON.parse((await visitor.get(`/events/${slug}/figures.json`)).html);
    expect(figures).toMatchObject({ basis: 'attendance', organizations: 33 });
    expect(figures.registered).toBeGreaterThanOrEqual(200);
    expect(figures.attended).toBeGreaterThanOrEqual(180);
    expect(figures.attended).toBeLessThan(figures.registered);
    expect(figures.countries).toBeGreaterThanOrEqual(25);
    const page = await visitor.get(`/events/${slug}`);
    expect(page.html).toContain('Year of Constitution and Sovereignty');
    // The home page leads to it: the latest forum, with its figures, programme and figures page.
    const home = await visitor.get('/');
    expect(home.html).toMatch(
      new RegExp(`<h2 id="home-forum">The latest forum</h2><p><a href="/events/${slug}"`),
    );
    expect(home.html).toContain(`<a href="/events/${slug}/programme">`);
    expect(home.html).toMatch(/\d+ participants from 33 organisations in \d+ countries/);
  });

  it('holds the COP29 hall with side events, an assembly open for registration and a WUF13 delegation', async () => {
    const visitor = concord().client();
    const past = await visitor.get('/events?when=past&kind=side_event');
    expect(past.html).toContain('Women keep the water: adaptation in the Sahel');
    const hall = await visitor.get('/events?when=past&kind=conference');
    const hallSlug = /href="\/events\/([^"?]+)"[^>]*><strong>NGO Hall at COP29/.exec(
      hall.html,
    )?.[1];
    const host = await visitor.get(`/events/${hallSlug}`);
    expect(host.html).toContain('Delta cities under rising seas');
    const upcoming = await visitor.get('/events');
    const assembly =
      /href="\/events\/([^"?]+)"[^>]*><strong>Global South NGO Platform General Assembly</.exec(
        upcoming.html,
      )?.[1];
    expect(assembly, upcoming.html.slice(0, 3000)).toBeDefined();
    const { client } = await signedUpClient(concord(), { name: 'Demo visitor' });
    const open = await client.get(`/events/${assembly}`);
    expect(open.html).toContain(`action="/events/${assembly}/register"`);
    // Its meeting link is for those who hold a seat; nobody has checked in for 2027 yet.
    expect(open.html).not.toContain('meet.gsngo-platform.example');
    const figures = JSON.parse((await visitor.get(`/events/${assembly}/figures.json`)).html);
    expect(figures).toMatchObject({ basis: 'registrations', attended: 0 });
    const delegations = await visitor.get('/delegations');
    expect(delegations.html).toContain('World Urban Forum 13 (WUF13)');
    expect(delegations.html).toContain('Nairobi Urban Housing Forum');
  });
});
