/**
 * The network in figures, on both engines: counts of public members by country, region, Global
 * South (the configured grouping: here the Group of 77, which leaves Azerbaijan out), SDG and
 * type, checked against numbers worked out by hand; organisations that are not members, or are
 * suspended, are not counted; the page shows tables and charts with the same numbers as the
 * JSON, and names places in the page's language.
 */
import { beforeAll, expect, it } from 'vitest';
import { adminClient, signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { admitToNetwork, createOrganization } from '../index.js';
import { changeMembership } from '../membership/service.js';
import { addDays, today, verifyMember } from '../membership/verification.js';

type Seed = { name: string; country: string; sdgs: number[]; iatiType?: number };

const MEMBERS: Seed[] = [
  { name: 'Xankəndi Köçkünlərə Dəstək Birliyi', country: 'AZ', sdgs: [1, 11], iatiType: 22 },
  { name: 'Azerbaijan National NGO Forum', country: 'AZ', sdgs: [16, 17], iatiType: 22 },
  { name: 'Nairobi Water Women', country: 'KE', sdgs: [5, 6], iatiType: 24 },
  { name: 'Rede Água Brasil', country: 'BR', sdgs: [6], iatiType: 21 },
  { name: 'Nordic Aid Partners', country: 'NO', sdgs: [17] },
  { name: 'Stiftung Partnerschaft', country: 'DE', sdgs: [], iatiType: 60 },
];
/** Never admitted. */
const APPLICANT: Seed = { name: 'Kerala Water Trust', country: 'IN', sdgs: [6], iatiType: 22 };
/** Admitted, verified, then suspended. */
const SUSPENDED: Seed = { name: 'Sahel Solidarity', country: 'ML', sdgs: [1, 6], iatiType: 22 };

// Worked out by hand from the seeds above.
const EXPECTED = {
  members: 6,
  countries: 5,
  // Group of 77: Kenya and Brazil; not Azerbaijan, Norway or Germany.
  globalSouth: { members: 2, elsewhere: 4, share: 2 / 6 },
  byRegion: [
    { code: '142', name: 'Asia', members: 2 },
    { code: '150', name: 'Europe', members: 2 },
    { code: '002', name: 'Africa', members: 1 },
    { code: '019', name: 'Americas', members: 1 },
    { code: '009', name: 'Oceania', members: 0 },
  ],
  bySdg: { 1: 1, 5: 1, 6: 2, 11: 1, 16: 1, 17: 2 } as Record<number, number>,
  byType: [
    { code: 22, members: 2 },
    // Ties in alphabetical order: Foundation, International NGO, Partner Country based NGO.
    { code: 60, members: 1 },
    { code: 21, members: 1 },
    { code: 24, members: 1 },
    { code: null, members: 1 },
  ],
  // The first organisation's verification holds; the Kenyan one's has expired.
  verified: 1,
};

const row = (label: string, value: string, share: string) =>
  `<tr><th scope="row">${label}</th><td class="num">${value}</td><td class="num">${share}</td></tr>`;

describeEachEngine('network figures', (engine) => {
  const concord = useConcord(engine, { GLOBAL_SOUTH: 'g77' });

  beforeAll(async () => {
    const ctx = concord().organizations;
    const db = concord().deps.db.kysely;
    const actorOf = async (email: string, isAdmin: boolean): Promise<Actor> => {
      const person = await db
        .selectFrom('people')
        .selectAll()
        .where('email', '=', email)
        .executeTakeFirstOrThrow();
      return { id: person.id, name: person.name, email, isAdmin, locale: null, sessionId: 's' };
    };
    const owner = await actorOf((await signedUpClient(concord())).email, false);
    const by = { actor: await actorOf((await adminClient(concord())).email, true) };

    const create = async (seed: Seed) => {
      const created = await createOrganization(ctx, owner, {
        ...seed,
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      });
      if (!created.ok) throw new Error(JSON.stringify(created.problems));
      return created.id;
    };
    const ids: string[] = [];
    for (const seed of MEMBERS) {
      const id = await create(seed);
      expect(await admitToNetwork(ctx, by, id, 'founding member')).toBe(true);
      ids.push(id);
    }
    await create(APPLICANT);
    const suspended = await create(SUSPENDED);
    await admitToNetwork(ctx, by, suspended, 'founding member');

    const day = today(ctx);
    const verify = (id: string, validUntil: string) =>
      verifyMember(ctx, by, id, { evidence: 'Registration certificate', validUntil });
    expect((await verify(ids[0]!, addDays(day, 365))).ok).toBe(true);
    expect((await verify(ids[2]!, addDays(day, -1))).ok).toBe(true);
    expect((await verify(suspended, addDays(day, 365))).ok).toBe(true);
    const change = await changeMembership(ctx, by, suspended, { suspend: true, reason: 'Audit' });
    expect(change.ok).toBe(true);
  });

  it('gives the figures as JSON, with codes and names, counting public members only', async () => {
    const response = await concord().client().get('/network/figures.json?lang=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const figures = JSON.parse(response.html);
    expect(figures.members).toBe(EXPECTED.members);
    expect(figures.countries).toBe(EXPECTED.countries);
    expect(figures.verifiedMembers).toBe(EXPECTED.verified);
    expect(figures.globalSouth).toMatchObject({
      grouping: { id: 'g77', name: 'Group of 77' },
      members: EXPECTED.globalSouth.members,
      elsewhere: EXPECTED.globalSouth.elsewhere,
    });
    expect(figures.globalSouth.share).toBeCloseTo(EXPECTED.globalSouth.share, 10);
    expect(figures.byRegion).toEqual(EXPECTED.byRegion);
    expect(figures.bySubRegion).toEqual([
      { code: '145', name: 'Western Asia', members: 2 },
      { code: '419', name: 'Latin America and the Caribbean', members: 1 },
      { code: '154', name: 'Northern Europe', members: 1 },
      { code: '202', name: 'Sub-Saharan Africa', members: 1 },
      { code: '155', name: 'Western Europe', members: 1 },
    ]);
    expect(figures.bySdg).toHaveLength(17);
    for (const sdg of figures.bySdg) {
      expect(sdg.members, `SDG ${sdg.code}`).toBe(EXPECTED.bySdg[sdg.code] ?? 0);
    }
    expect(figures.bySdg[5]).toEqual({ code: 6, name: 'Clean water and sanitation', members: 2 });
    expect(figures.byOrganisationType.map((t: { code: number | null }) => t.code)).toEqual(
      EXPECTED.byType.map((t) => t.code),
    );
    expect(figures.byOrganisationType[0]).toEqual({
      code: 22,
      name: 'National NGO',
      members: 2,
    });
    // Neither the applicant (India) nor the suspended member (Mali) is counted anywhere.
    expect(figures.byCountry.map((c: { code: string }) => c.code).sort()).toEqual([
      'AZ',
      'BR',
      'DE',
      'KE',
      'NO',
    ]);
    expect(figures.byCountry[0]).toEqual({ code: 'AZ', name: 'Azerbaijan', members: 2 });
  });

  it('shows each figure as a chart beside a table with the same numbers', async () => {
    const page = await concord().client().get('/network/figures');
    expect(page.status).toBe(200);
    const { html } = page;
    expect(html).toContain('<h1>The network in figures</h1>');
    expect(html).toContain('<strong>6</strong> member organisations');
    expect(html).toContain('<strong>5</strong> countries represented');
    expect(html).toContain('<strong>33%</strong> of members from the Global South');
    expect(html).toContain('<strong>1</strong> verified member');
    expect(html).toContain('the grouping “Group of 77”');
    // One chart per breakdown: Global South, region, sub-region, SDG, type.
    expect(html.match(/<svg class="chart"[^>]* role="img"/g)).toHaveLength(5);
    expect(html).toContain('<title id="fig-region-title">Members by region</title>');
    expect(html).toContain('Global South: 2 (33%)');
    // The tables: Global South, regions, SDGs, types, countries.
    expect(html).toContain(row('Global South', '2', '33%'));
    expect(html).toContain(row('Elsewhere', '4', '67%'));
    expect(html).toContain(row('Asia', '2', '33%'));
    expect(html).toContain(row('Oceania', '0', '0%'));
    expect(html).toContain(row('6. Clean water and sanitation', '2', '33%'));
    expect(html).toContain(row('14. Life below water', '0', '0%'));
    expect(html).toContain(row('National NGO', '2', '33%'));
    expect(html).toContain(row('Not stated', '1', '17%'));
    expect(html).toContain(row('Azerbaijan', '2', '33%'));
    expect(html).not.toContain('India');
    expect(html).not.toContain('Mali');
    expect(html).not.toContain('NaN');
    // The CSP forbids inline styles: the charts use presentation attributes only.
    expect(html).not.toContain('style=');
    expect(html).toContain('href="/network/figures.json?lang=en"');
  });

  it('names regions, countries and goals in Azerbaijani and Russian', async () => {
    const az = await concord()
      .client()
      .request('/network/figures', { headers: { 'accept-language': 'az' } });
    expect(az.html).toContain('<html lang="az"');
    expect(az.html).toContain(row('Asiya', '2', '33%'));
    expect(az.html).toContain(row('Avropa', '2', '33%'));
    expect(az.html).toContain(row('Afrika', '1', '17%'));
    expect(az.html).toContain(row('Azərbaycan', '2', '33%'));
    expect(az.html).toContain(row('6. Təmiz su və sanitariya', '2', '33%'));
    expect(az.html).toContain('<h2 id="fig-region-heading">Regionlar üzrə üzvlər</h2>');

    const json = JSON.parse((await concord().client().get('/network/figures.json?lang=az')).html);
    expect(json.byRegion.map((r: { name: string }) => r.name)).toEqual([
      'Asiya',
      'Avropa',
      'Afrika',
      'Amerika',
      'Okeaniya',
    ]);

    const ru = await concord()
      .client()
      .request('/network/figures', { headers: { 'accept-language': 'ru' } });
    expect(ru.html).toContain(row('Азия', '2', '33\u00a0%'));
    expect(ru.html).toContain('<strong>6</strong> организаций-участников');
  });

  it('is linked from the home page and the site navigation, with its headline there', async () => {
    const home = await concord().client().get('/');
    // The home page reads the headline alone; it says what the figures page says.
    expect(home.html).toContain('<strong>6</strong> member organisations');
    expect(home.html).toContain('<strong>5</strong> countries represented');
    expect(home.html).toContain('<strong>33%</strong> of members from the Global South');
    expect(home.html).not.toContain('verified member');
    expect(home.html).toContain('<a href="/network/figures">The network in figures</a>');
    expect(home.html).toContain(
      '<a href="/network/figures">See the network in figures: members by country, region and goal</a>',
    );
  });
});
