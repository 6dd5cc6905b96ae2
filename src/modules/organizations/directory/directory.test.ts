import { beforeAll, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { createOrganization, verifyMember } from '../index.js';

const ORGS = [
  {
    name: 'Xankəndi Məcburi Köçkünlərə Dəstək İctimai Birliyi',
    acronym: 'XMKDIB',
    country: 'AZ',
    sdgs: [1, 11],
    tags: ['housing'],
  },
  {
    name: 'Azerbaijan National NGO Forum',
    acronym: 'ANNF',
    country: 'AZ',
    sdgs: [16, 17],
    tags: ['networks'],
  },
  { name: 'Ханкенди Молодёжный Центр', country: 'KZ', sdgs: [4], tags: ['youth'] },
  { name: 'Sahel Women Water Alliance', country: 'ML', sdgs: [5, 6], tags: ['water', 'women'] },
  { name: 'Kerala Water Trust', country: 'IN', sdgs: [6], tags: ['water'] },
  { name: 'Nordic Aid Partners', country: 'NO', sdgs: [17], tags: ['funding'] },
];

describeEachEngine('directory', (engine) => {
  const concord = useConcord(engine);
  const page = (query: string) => concord().client().get(`/organizations${query}`);
  const titles = (html: string) =>
    [...html.matchAll(/<a href="\/organizations\/[^"]+"><strong>([^<]+)<\/strong>/g)].map(
      (m) => m[1],
    );

  beforeAll(async () => {
    const { email } = await signedUpClient(concord());
    const person = await concord()
      .deps.db.kysely.selectFrom('people')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      id: person.id,
      name: person.name,
      email,
      isAdmin: false,
      locale: null,
      sessionId: 's',
    };
    for (const org of ORGS) {
      const result = await createOrganization(concord().organizations, actor, {
        ...org,
        sdgs: org.sdgs,
        tags: org.tags,
        workingLanguages: [],
        socialLinks: [],
        descriptionEn: `${org.name} works with communities.`,
        iatiType: 22,
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
    }
    // A pending organisation: never in the public directory.
    await createOrganization(concord().organizations, actor, {
      name: 'Pending Water Group',
      country: 'KE',
      sdgs: [6],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    await concord()
      .deps.db.kysely.updateTable('organizations')
      .set({ membership_status: 'member' })
      .where('name', '!=', 'Pending Water Group')
      .execute();
  });

  it('lists network members only, by name', async () => {
    const result = await page('');
    expect(result.status).toBe(200);
    expect(titles(result.html)).toEqual([...ORGS.map((o) => o.name)].sort());
    expect(result.html).not.toContain('Pending Water Group');
    expect(result.html).toContain('6 organisations');
  });

  it('finds Azerbaijani and Russian names whatever the letters and case, and by prefix', async () => {
    // Xankəndi and Ханкенди are one place: each spelling finds both (platform/search/scripts.ts).
    const khankendi = [ORGS[0]!.name, ORGS[2]!.name].sort();
    expect(titles((await page('?q=xankendi')).html).sort()).toEqual(khankendi);
    expect(titles((await page('?q=XANKƏNDİ')).html).sort()).toEqual(khankendi);
    expect(titles((await page('?q=%D1%85%D0%B0%D0%BD%D0%BA')).html).sort()).toEqual(khankendi); // "ханк"
    expect(titles((await page('?q=Khankendi')).html).sort()).toEqual(khankendi);
    expect(titles((await page('?q=m%C9%99cburi')).html)).toEqual([ORGS[0]!.name]); // "məcburi"
    expect(titles((await page('?q=kera')).html)).toEqual(['Kerala Water Trust']);
    expect(titles((await page('?q=water%20women')).html)).toEqual(['Sahel Women Water Alliance']);
  });

  it('ranks a name match above a mention elsewhere', async () => {
    const found = titles((await page('?q=water')).html);
    expect(found).toHaveLength(2);
    expect(found).toEqual(
      expect.arrayContaining(['Kerala Water Trust', 'Sahel Women Water Alliance']),
    );
  });

  it('counts facets and narrows by them, shareable by URL', async () => {
    const all = await page('');
    expect(all.html).toMatch(
      /href="\/organizations\?country=AZ"[^>]*>Azerbaijan<\/a> <span class="count">\(2\)/,
    );
    expect(all.html).toMatch(
      /href="\/organizations\?sdg=6"[^>]*>6\. Clean water and sanitation<\/a> <span class="count">\(2\)/,
    );
    // Norway is the only organisation outside the Global South (UNCTAD developing economies).
    expect(all.html).toMatch(
      /href="\/organizations\?gs=1">Only the Global South<\/a> <span class="count">\(5\)/,
    );
    expect(titles((await page('?sdg=6')).html)).toEqual([
      'Kerala Water Trust',
      'Sahel Women Water Alliance',
    ]);
    expect(titles((await page('?gs=1&sdg=17')).html)).toEqual(['Azerbaijan National NGO Forum']);
    expect(titles((await page('?region=002')).html)).toEqual(['Sahel Women Water Alliance']); // Africa
    expect(titles((await page('?country=az&q=forum')).html)).toEqual([
      'Azerbaijan National NGO Forum',
    ]);
  });

  it('folds the filters behind a disclosure that counts them, and shows each in force as a chip that removes it', async () => {
    const chips = (html: string) =>
      [...html.matchAll(/<a class="chip" href="([^"]*)" aria-label="([^"]*)">([^<]*)<\/a>/g)].map(
        (m) => ({ href: m[1]!.replaceAll('&amp;', '&'), name: m[2], text: m[3] }),
      );
    const clearAll = (html: string) =>
      /<a href="([^"]*)">Clear all<\/a>/.exec(html)?.[1]?.replaceAll('&amp;', '&');

    const none = await page('');
    expect(none.html).toContain('<details class="facets"><summary>Filters</summary>');
    expect(none.html).not.toContain('class="chips"');

    const narrowed = await page('?q=forum&country=AZ&sdg=16&region=142&gs=1');
    expect(narrowed.html).toContain(
      '<details class="facets"><summary>Filters (4 active)</summary>',
    );
    // In the facets' order; each link is the same search without that one filter.
    expect(chips(narrowed.html)).toEqual([
      {
        href: '/organizations?q=forum&country=AZ&region=142&sdg=16',
        name: 'Remove filter: Global South',
        text: 'Global South',
      },
      {
        href: '/organizations?q=forum&country=AZ&gs=1&sdg=16',
        name: 'Remove filter: Asia',
        text: 'Asia',
      },
      {
        href: '/organizations?q=forum&region=142&gs=1&sdg=16',
        name: 'Remove filter: Azerbaijan',
        text: 'Azerbaijan',
      },
      {
        href: '/organizations?q=forum&country=AZ&region=142&gs=1',
        name: 'Remove filter: 16. Peace, justice and strong institutions',
        text: '16. Peace, justice and strong institutions',
      },
    ]);
    // "Clear all" keeps the search words, which have their own box.
    expect(clearAll(narrowed.html)).toBe('/organizations?q=forum');
    expect(titles((await page('?q=forum')).html)).toEqual(['Azerbaijan National NGO Forum']);
    // The chips come before the first result.
    const html = narrowed.html;
    expect(html.indexOf('class="chips"')).toBeLessThan(
      html.indexOf('<strong>Azerbaijan National NGO Forum</strong>'),
    );

    const verified = await page('?verified=1&type=22');
    expect(chips(verified.html).map((c) => c.text)).toEqual(['Verified', 'National NGO']);
    expect(clearAll(verified.html)).toBe('/organizations');

    // In the reader's language.
    const ru = await concord()
      .client()
      .request('/organizations?country=AZ', { headers: { 'accept-language': 'ru' } });
    expect(ru.html).toContain('<summary>Фильтры (выбрано: 1)</summary>');
    expect(chips(ru.html)).toEqual([
      { href: '/organizations', name: 'Убрать фильтр: Азербайджан', text: 'Азербайджан' },
    ]);
    expect(ru.html).toContain('<a href="/organizations">Сбросить все</a>');
  });

  it('counts and filters currently verified members, not expired ones', async () => {
    const { kysely } = concord().deps.db;
    const admin = await kysely
      .selectFrom('people')
      .select(['id', 'name', 'email'])
      .executeTakeFirstOrThrow();
    const by = {
      actor: { ...admin, isAdmin: true, locale: null, sessionId: 's' } satisfies Actor,
    };
    const id = async (name: string) =>
      (
        await kysely
          .selectFrom('organizations')
          .select('id')
          .where('name', '=', name)
          .executeTakeFirstOrThrow()
      ).id;
    const verify = async (name: string, validUntil: string) => {
      const result = await verifyMember(concord().organizations, by, await id(name), {
        evidence: 'Registry extract',
        validUntil,
      });
      expect(result.ok).toBe(true);
    };
    await verify('Kerala Water Trust', '2099-12-31');
    await verify('Sahel Women Water Alliance', '2020-01-01');
    // Re-verified for a shorter time: the newest verification is the one that counts.
    await verify('Nordic Aid Partners', '2099-12-31');
    await verify('Nordic Aid Partners', '2021-06-30');

    const all = await page('');
    expect(all.html).toMatch(
      /href="\/organizations\?verified=1">Only verified members<\/a> <span class="count">\(1\)/,
    );
    const kerala =
      /<li><a href="\/organizations\/[^"]+"><strong>Kerala Water Trust<\/strong><\/a>[^<]*<span class="badge verification">Verified<\/span>/;
    expect(all.html).toMatch(kerala);
    expect(all.html.match(/class="badge verification"/g)).toHaveLength(1);

    const verified = await page('?verified=1');
    expect(titles(verified.html)).toEqual(['Kerala Water Trust']);
    expect(verified.html).toContain('1 organisation');
    // Other facets are counted among verified members only; the filter is kept in their links.
    expect(verified.html).toMatch(
      /href="\/organizations\?verified=1&amp;country=IN"[^>]*>India<\/a> <span class="count">\(1\)/,
    );
    expect(verified.html).toContain('<input type="hidden" name="verified" value="1"/>');

    const search = await page('?q=water');
    expect(search.html).toMatch(/Only verified members<\/a> <span class="count">\(1\)/);
    expect(titles((await page('?q=water&verified=1')).html)).toEqual(['Kerala Water Trust']);
    expect(titles((await page('?q=sahel&verified=1')).html)).toEqual([]);
    expect(titles((await page('?verified=1&country=ML')).html)).toEqual([]);
  });

  it('counts facets of search results from the same matches as the results', async () => {
    const search = await page('?q=water');
    expect(search.html).toContain('2 organisations');
    expect(search.html).toMatch(
      /href="\/organizations\?q=water&amp;sdg=6"[^>]*>6\. Clean water and sanitation<\/a> <span class="count">\(2\)/,
    );
    expect(search.html).toMatch(
      /href="\/organizations\?q=water&amp;sdg=5"[^>]*>5\. Gender equality<\/a> <span class="count">\(1\)/,
    );
    expect(search.html).toMatch(
      /href="\/organizations\?q=water&amp;country=ML"[^>]*>Mali<\/a> <span class="count">\(1\)/,
    );
    expect(search.html).not.toContain('country=AZ');
    const narrowed = await page('?q=water&sdg=5');
    expect(titles(narrowed.html)).toEqual(['Sahel Women Water Alliance']);
    // The SDG facet ignores its own filter: both goals of the search still show.
    expect(narrowed.html).toMatch(/6\. Clean water and sanitation<\/a> <span class="count">\(2\)/);
    expect(narrowed.html).not.toContain('>India</a>');
  });

  it('keeps the goals and verification it counts in step with their rows', async () => {
    const { kysely } = concord().deps.db;
    const org = await kysely
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Nordic Aid Partners')
      .executeTakeFirstOrThrow();
    await kysely
      .insertInto('organization_sdgs')
      .values({ organization_id: org.id, sdg: 13 })
      .execute();
    expect(titles((await page('?sdg=13')).html)).toEqual(['Nordic Aid Partners']);
    await kysely
      .updateTable('organization_sdgs')
      .set({ sdg: 14 })
      .where('organization_id', '=', org.id)
      .where('sdg', '=', 13)
      .execute();
    expect(titles((await page('?sdg=13')).html)).toEqual([]);
    expect(titles((await page('?sdg=14')).html)).toEqual(['Nordic Aid Partners']);
    await kysely
      .deleteFrom('organization_sdgs')
      .where('organization_id', '=', org.id)
      .where('sdg', '=', 14)
      .execute();
    expect(titles((await page('?sdg=14')).html)).toEqual([]);
    expect(titles((await page('?sdg=17')).html)).toContain('Nordic Aid Partners');

    // Revoking the current verification of Kerala leaves it without one; restoring it counts again.
    const kerala = await kysely
      .selectFrom('organizations')
      .select('id')
      .where('name', '=', 'Kerala Water Trust')
      .executeTakeFirstOrThrow();
    const revoke = (revoked_at: string | null) =>
      kysely
        .updateTable('organization_verifications')
        .set({ revoked_at })
        .where('organization_id', '=', kerala.id)
        .execute();
    await revoke(new Date().toISOString());
    expect(titles((await page('?verified=1')).html)).toEqual([]);
    await revoke(null);
    expect(titles((await page('?verified=1')).html)).toEqual(['Kerala Water Trust']);

    // Deleting an organisation takes its goals and verifications with it, triggers and all.
    const { email } = await signedUpClient(concord());
    const person = await kysely
      .selectFrom('people')
      .select(['id', 'name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const created = await createOrganization(
      concord().organizations,
      { ...person, email, isAdmin: false, locale: null, sessionId: 's' },
      {
        name: 'Short Lived Fund',
        country: 'AZ',
        sdgs: [2],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      },
    );
    if (!created.ok) throw new Error('not created');
    await kysely.deleteFrom('organizations').where('id', '=', created.id).execute();
    expect(
      await kysely
        .selectFrom('organization_sdgs')
        .select('sdg')
        .where('organization_id', '=', created.id)
        .execute(),
    ).toEqual([]);
  });

  it('ignores nonsense in the query string instead of failing', async () => {
    const result = await page('?sdg=99&type=abc&country=ZZ&region=x&after=%%%&q=%22*%3A(');
    expect(result.status).toBe(200);
  });

  it('pages with a stable cursor, without repeats or gaps', async () => {
    const { email } = await signedUpClient(concord());
    const person = await concord()
      .deps.db.kysely.selectFrom('people')
      .select(['id', 'name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actor: Actor = {
      id: person.id,
      name: person.name,
      email,
      isAdmin: false,
      locale: null,
      sessionId: 's',
    };
    for (let i = 0; i < 25; i++) {
      await createOrganization(concord().organizations, actor, {
        name: `Paging Union ${String(i).padStart(2, '0')}`,
        country: 'BR',
        sdgs: [],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      });
    }
    await concord()
      .deps.db.kysely.updateTable('organizations')
      .set({ membership_status: 'member' })
      .where('name', 'like', 'Paging Union%')
      .execute();
    for (const query of ['?country=BR', '?q=paging']) {
      const first = await page(query);
      const next = /href="(\/organizations\?[^"]*after=[^"]+)" rel="next"/
        .exec(first.html)?.[1]
        ?.replaceAll('&amp;', '&');
      expect(next).toBeDefined();
      const second = await page(next!.replace('/organizations', ''));
      const seen = [...titles(first.html), ...titles(second.html)];
      expect(titles(first.html)).toHaveLength(20);
      expect(new Set(seen).size).toBe(25);
      expect(second.html).not.toContain('rel="next"');
    }
  });
});
