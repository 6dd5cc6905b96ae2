/**
 * The demo data: the people of the seed story, confirmed, with a random administrator password;
 * organisations each with an owner of its own; the past dated as it happened, the assembly ahead.
 */
import { parse } from 'csv-parse/sync';
import { expect, it } from 'vitest';
import { signedUpClient, type TestConcord, useConcord } from '../../test/app.js';
import { describeEachEngine } from '../../test/engines.js';
import { ASSEMBLY_WEEKS_AHEAD } from './events.js';
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

const signedIn = (concord: TestConcord, admin: { email: string; password: string }) =>
  signIn(concord, admin.email, admin.password);

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
  let admin: Awaited<ReturnType<typeof loadDemoData>>;

  it(
    'puts the story’s organisations and a spread of Global South members in the directory',
    async () => {
      admin = await loadDemoData(concord());
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

  it('holds discussions on the forum’s sessions in Azerbaijani, English and Russian, and a network topic', async () => {
    const visitor = concord().client();
    const past = await visitor.get('/events?when=past&q=khankendi');
    const slug = /href="\/events\/([^"?]+)"[^>]*><strong>Azerbaijan NGOs Cooperation Forum/.exec(
      past.html,
    )?.[1];
    // The programme links each session's public discussion; the others are for their readers.
    const programme = await visitor.get(`/events/${slug}/programme`);
    const link =
      /<a href="(\/discussions\/[^"]+)">Discussion: Which digital tools made your results measurable\? \(4 posts\)/.exec(
        programme.html,
      );
    expect(link, programme.html.slice(0, 2000)).not.toBeNull();
    const digital = await visitor.get(link![1]!);
    expect(digital.status).toBe(200);
    expect(digital.html).toContain('on behalf of Azerbaijan National NGO Forum');
    expect(digital.html).toContain('Language: Russian (detected)');
    expect(digital.html).toContain('Language: Azerbaijani (detected)');
    expect(digital.html).toContain('Quoting post 2');
    expect(digital.html).toContain('3 people agree');
    const { client } = await signedUpClient(concord(), { name: 'Demo reader' });
    const topics = await client.get('/discussions');
    expect(topics.html).toContain('Preparing the platform’s next General Assembly');
    const signedIn = await client.get(`/events/${slug}/programme`);
    expect(signedIn.html).toContain('Discussion: WUF13 Bakıda: QHT-lər iştiraka necə hazırlaşır?');
    // The Great Return's discussion is for the forum's participants: not for this reader.
    expect(signedIn.html).not.toContain('Великое возвращение: как НПО');
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
    // Its meeting link is for those who hold a seat; nobody has checked in for it yet.
    expect(open.html).not.toContain('meet.gsngo-platform.example');
    const figures = JSON.parse((await visitor.get(`/events/${assembly}/figures.json`)).html);
    expect(figures).toMatchObject({ basis: 'registrations', attended: 0 });
    const delegations = await visitor.get('/delegations');
    expect(delegations.html).toContain('World Urban Forum 13 (WUF13)');
    expect(delegations.html).toContain('Nairobi Urban Housing Forum');
  });

  it('gives each organisation an owner of its own, at its domain, in its language', async () => {
    const db = concord().deps.db.kysely;
    const members = await db
      .selectFrom('organization_members as m')
      .innerJoin('people as p', 'p.id', 'm.person_id')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .select(['o.name as organization', 'o.country', 'm.role', 'p.name', 'p.email', 'p.locale'])
      .execute();
    const owners = members.filter((m) => m.role === 'owner');
    expect(owners).toHaveLength(33);
    expect(new Set(owners.map((o) => o.organization)).size).toBe(33);
    // The secretariat keeps only the network's own organisation; everyone else owns one.
    expect(owners.filter((o) => o.email === admin.email).map((o) => o.organization)).toEqual([
      'Global South NGO Platform',
    ]);
    expect(new Set(owners.map((o) => o.email)).size).toBe(33);
    const domain = (email: string) => email.slice(email.indexOf('@'));
    for (const owner of owners.filter((o) => o.email !== admin.email)) {
      // At their organisation's domain, where its other people are too.
      const staff = members.filter((m) => m.organization === owner.organization && m !== owner);
      expect(staff.length, owner.organization).toBeGreaterThan(0);
      for (const person of staff) expect(domain(person.email)).toBe(domain(owner.email));
      const locale =
        owner.country === 'AZ' ? 'az' : ['KZ', 'KG', 'UZ'].includes(owner.country) ? 'ru' : 'en';
      expect({ [owner.name]: owner.locale }).toEqual({ [owner.name]: locale });
    }
    // Names as their owners write them, in their country's script.
    expect(owners).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organization: 'Tbilisi Civic Lab', name: 'ნინო კაპანაძე' }),
        expect.objectContaining({ country: 'KG', name: 'Бактыгүл Осмонова', locale: 'ru' }),
        expect.objectContaining({ country: 'VN', name: 'Nguyễn Thị Thu Hà', locale: 'en' }),
      ]),
    );
  });

  it('dates the forum’s registrations before it and its check-ins on its morning, audit too', async () => {
    const { client } = await signedIn(concord(), admin);
    const past = await client.get('/events?when=past&q=khankendi');
    const slug = /href="\/events\/([^"?]+)"[^>]*><strong>Azerbaijan NGOs Cooperation Forum/.exec(
      past.html,
    )?.[1];
    const csv = await client.get(`/events/${slug}/participants.csv`);
    expect(csv.status).toBe(200);
    const rows: Record<string, string>[] = parse(csv.html, { columns: true });
    expect(rows.length).toBeGreaterThanOrEqual(200);
    const registered = rows.map((r) => r.registered_at!).sort();
    // Registration opened on 1 September 2025 and ended three days before the forum.
    expect(registered[0]! >= '2025-09-01T05:00:00.000Z').toBe(true);
    expect(registered.at(-1)! < '2025-10-18T00:00:00.000Z').toBe(true);
    expect(new Set(registered.map((at) => at.slice(0, 10))).size).toBeGreaterThan(30);
    // Checked in between 10:00 and noon in Baku (UTC+4) on 20 October 2025.
    const attended = rows.flatMap((r) => (r.attended_at ? [r.attended_at] : [])).sort();
    expect(attended.length).toBeGreaterThanOrEqual(180);
    expect(attended[0]! >= '2025-10-20T06:00:00.000Z').toBe(true);
    expect(attended.at(-1)! < '2025-10-20T08:00:00.000Z').toBe(true);
    // The audit log says when each happened, and its order (by id) is that time's.
    const audit = await concord()
      .deps.db.kysely.selectFrom('audit_log')
      .select(['id', 'at', 'action'])
      .where('action', 'in', ['event.registration.create', 'event.checkin'])
      .execute();
    const at = (action: string) =>
      audit
        .filter((a) => a.action === action)
        .map((a) => a.at)
        .sort();
    expect(at('event.registration.create')).toEqual(registered);
    expect(at('event.checkin')).toEqual(attended);
    for (const entry of audit) {
      expect(Number.parseInt(entry.id.replaceAll('-', '').slice(0, 12), 16)).toBe(
        Date.parse(entry.at),
      );
    }
  });

  it('places the assembly and its side events ahead of today, WUF13 behind with its report', async () => {
    const api = await concord().app.request('/api/v1/events?when=upcoming');
    const upcoming: { kind: string; title: string; startsAt: string }[] = (await api.json()).events;
    const now = Date.now();
    const week = 7 * 86_400_000;
    const assembly = upcoming.find((e) => e.kind === 'general_assembly')!;
    const starts = Date.parse(assembly.startsAt);
    expect(starts).toBeGreaterThan(now + ASSEMBLY_WEEKS_AHEAD * week - 86_400_000);
    expect(starts).toBeLessThan(now + (ASSEMBLY_WEEKS_AHEAD + 1) * week);
    expect(new Date(starts).getUTCDay()).toBe(4); // a Thursday
    const sides = upcoming.filter((e) => e.kind === 'side_event');
    expect(sides.map((e) => e.title)).toEqual([
      'Homes after displacement: lessons from Nairobi and Garabagh',
      'The digital NGO: tools members share',
    ]);
    expect(sides.map((e) => Date.parse(e.startsAt) - starts)).toEqual([
      -19 * 3_600_000,
      25 * 3_600_000,
    ]);
    // Only those: the forum, COP29 and their side events are past, as they happened.
    expect(upcoming).toHaveLength(3);
    const past = await concord().app.request('/api/v1/events?when=past&q=khankendi');
    expect((await past.json()).events).toEqual([
      expect.objectContaining({ startsAt: '2025-10-20T10:00:00+04:00' }),
    ]);
    // WUF13 is over; its delegation's checklist is done, the report after it included.
    const { client } = await signedIn(concord(), admin);
    const list = await client.get('/delegations');
    const href = /href="(\/delegations\/[^"]+)"[^>]*>Global South NGO Platform at WUF13/.exec(
      list.html,
    )?.[1];
    expect(href, list.html.slice(0, 3000)).toBeDefined();
    const page = await client.get(href!);
    expect(page.html).toContain('Write the delegation’s report for the network');
    expect(page.html.match(/<td>Done/g)).toHaveLength(6);
    expect(page.html).not.toContain('<td>To do');
    const wuf = await concord()
      .deps.db.kysely.selectFrom('external_events')
      .select('ends_on')
      .executeTakeFirstOrThrow();
    expect(wuf.ends_on).toBe('2026-05-22');
    expect(Date.parse(`${wuf.ends_on}T23:59:59+04:00`)).toBeLessThan(now);
  });
});
