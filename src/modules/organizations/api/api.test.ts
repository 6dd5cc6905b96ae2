/** Organisations in the JSON API: every status each endpoint can answer, on both engines. */
import { beforeAll, describe, expect, it } from 'vitest';
import { uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { takeRateLimit } from '../../../platform/http/rate-limit.js';
import { type Locale, translator } from '../../../platform/i18n/index.js';
import { createApiToken, createConfirmedPerson } from '../../accounts/index.js';
import { createOrganization } from '../index.js';
import { ORGANIZATION_WRITE_LIMITS } from '../profile/rate-limits.js';

// biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by value, not by type
type Json = Record<string, any>;
type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown }>>;
  components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
};

const COUNTRIES = ['ML', 'KE', 'IN', 'AZ', 'BR'];
const MEMBERS = 25;
/** The bad input the form and the API are both given. */
const BAD = { website: 'javascript:alert(1)', iatiIdentifier: 'not an identifier' };

describeEachEngine('organisation API', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  const tokens = {} as Record<'owner' | 'stranger' | 'noLocale' | 'russian' | 'limited', string>;
  const ids = {} as Record<keyof typeof tokens, string>;

  async function person(key: keyof typeof tokens, locale?: Locale) {
    const email = uniqueEmail(key);
    const id = await createConfirmedPerson(concord().accounts, {
      name: `Person ${key}`,
      email,
      password: 'a long api password',
      ...(locale && { locale }),
    });
    const actor: Actor = {
      id,
      name: key,
      email,
      isAdmin: false,
      locale: locale ?? null,
      sessionId: 's',
    };
    ids[key] = id;
    tokens[key] = await createApiToken(concord().accounts, actor, 'test');
    return actor;
  }

  const call = (
    path: string,
    options: { method?: string; token?: string; body?: unknown; headers?: Json } = {},
  ) =>
    concord().app.request(`/api${path}`, {
      method: options.method ?? 'GET',
      headers: {
        ...(options.token && { authorization: `Bearer ${options.token}` }),
        ...(options.body !== undefined && { 'content-type': 'application/json' }),
        ...options.headers,
      },
      body:
        options.body === undefined || typeof options.body === 'string'
          ? (options.body as string | undefined)
          : JSON.stringify(options.body),
    });
  const read = async (response: Response) => ({
    status: response.status,
    body: (await response.json()) as Json,
  });

  beforeAll(async () => {
    const owner = await person('owner', 'en');
    await person('stranger', 'en');
    await person('noLocale');
    await person('russian', 'ru');
    await person('limited', 'en');
    for (let n = 1; n <= MEMBERS; n++) {
      const result = await createOrganization(concord().organizations, owner, {
        name:
          n % 5 === 0
            ? `Kerala Forest Circle ${n}`
            : `River Water Trust ${String(n).padStart(2, '0')}`,
        country: COUNTRIES[n % COUNTRIES.length]!,
        sdgs: [6],
        tags: ['water'],
        workingLanguages: [],
        socialLinks: [],
        descriptionEn: 'Clean water for villages.',
      });
      if (!result.ok) throw new Error(JSON.stringify(result.problems));
    }
    await db().updateTable('organizations').set({ membership_status: 'member' }).execute();
    // Not a network member: hidden from the public and from other people.
    const hidden = await createOrganization(concord().organizations, owner, {
      name: 'Hidden Water Group',
      country: 'KE',
      sdgs: [],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    if (!hidden.ok) throw new Error('hidden');
  });

  /** A browser signed in through the form (a cookie session), as a confirmed person. */
  async function signedInBrowser() {
    const email = uniqueEmail('browser');
    const password = 'a long browser password';
    await createConfirmedPerson(concord().accounts, {
      name: 'Browser',
      email,
      password,
      locale: 'en',
    });
    const client = concord().client();
    await client.get('/sign-in');
    const signedIn = await client.post('/sign-in', { email, password });
    if (signedIn.status !== 303) throw new Error(`sign-in failed: ${signedIn.status}`);
    return client;
  }

  /** Every slug of a listing, following `next` to the last page. */
  async function walk(query: string) {
    const slugs: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const suffix: string = after ? `&after=${encodeURIComponent(after)}` : '';
      const { status, body } = await read(await call(`/v1/organizations?${query}${suffix}`));
      expect(status).toBe(200);
      slugs.push(...body.organizations.map((o: Json) => o.slug));
      after = body.next;
      pages++;
    } while (after && pages < 10);
    return { slugs, pages };
  }

  describe('GET /v1/organizations', () => {
    it('lists members only, 20 a page, without facets unless asked', async () => {
      const { status, body } = await read(await call('/v1/organizations'));
      expect(status).toBe(200);
      expect(body.total).toBe(MEMBERS);
      expect(body.organizations).toHaveLength(20);
      expect(typeof body.next).toBe('string');
      expect(body).not.toHaveProperty('facets');
      expect(Object.keys(body.organizations[0]).sort()).toEqual(
        ['acronym', 'city', 'countryName', 'name', 'slug', 'url', 'verified'].sort(),
      );
      expect(body.organizations[0].url).toMatch(/\/api\/v1\/organizations\/[a-z0-9-]+$/);
    });

    it('walks every page by the next cursor without duplicates, hidden ones left out', async () => {
      const { slugs, pages } = await walk('');
      expect(pages).toBe(2);
      expect(slugs).toHaveLength(MEMBERS);
      expect(new Set(slugs).size).toBe(MEMBERS);
      expect(slugs.some((s) => s.startsWith('hidden'))).toBe(false);
    });

    it('searches, ranks and pages search results by their cursor too', async () => {
      const all = await walk('q=water');
      expect(all.slugs).toHaveLength(MEMBERS); // every description mentions water
      expect(new Set(all.slugs).size).toBe(MEMBERS);
      const { body } = await read(await call('/v1/organizations?q=kerala'));
      expect(body.total).toBe(5);
      expect(body.next).toBeNull();
      for (const o of body.organizations) expect(o.name).toMatch(/^Kerala Forest Circle/);
    });

    it('filters by facet and counts facets on request', async () => {
      const { body } = await read(await call('/v1/organizations?country=ml&facets=1'));
      expect(body.total).toBe(5);
      for (const o of body.organizations) expect(o.countryName).toBe('Mali');
      // Each facet is counted without its own filter: every country still shows.
      const countries = Object.fromEntries(
        body.facets.countries.map((f: Json) => [f.value, f.count]),
      );
      expect(countries).toEqual({ ML: 5, KE: 5, IN: 5, AZ: 5, BR: 5 });
      expect(body.facets.sdgs).toEqual([{ value: '6', label: '6', count: 5 }]);
      expect(body.facets.verified).toBe(0); // nobody verified here
      const sdg = await read(await call('/v1/organizations?sdg=3'));
      expect(sdg.body.total).toBe(0);
    });
  });

  describe('GET /v1/organizations/{slug}', () => {
    it('returns a member organisation with the whitelisted fields of the schema', async () => {
      const { body: page } = await read(await call('/v1/organizations?q=kerala'));
      const slug = page.organizations[0].slug;
      const { status, body } = await read(await call(`/v1/organizations/${slug}`));
      expect(status).toBe(200);
      expect(body.slug).toBe(slug);
      expect(body.descriptions).toEqual({ en: 'Clean water for villages.' });
      expect(body.tags).toEqual(['water']);
      const document = (await (await call('/openapi.json')).json()) as OpenApiDocument;
      expect(Object.keys(body).sort()).toEqual(
        Object.keys(document.components.schemas.Organization!.properties!).sort(),
      );
      expect(JSON.stringify(body)).not.toMatch(/created_by|person_id|"id"/);
    });

    it('answers 404 for an unknown slug and for a hidden organisation, 200 to its owner', async () => {
      const hidden = await db()
        .selectFrom('organizations')
        .select('slug')
        .where('name', '=', 'Hidden Water Group')
        .executeTakeFirstOrThrow();
      for (const [path, token] of [
        ['/v1/organizations/no-such-organisation', undefined],
        [`/v1/organizations/${hidden.slug}`, undefined],
        [`/v1/organizations/${hidden.slug}`, tokens.stranger],
      ] as const) {
        const { status, body } = await read(await call(path, { token }));
        expect({ path, status }).toEqual({ path, status: 404 });
        expect(body).toEqual({
          error: { code: 'error.404', message: 'We could not find that page.' },
        });
      }
      const own = await read(
        await call(`/v1/organizations/${hidden.slug}`, { token: tokens.owner }),
      );
      expect(own.status).toBe(200);
      expect(own.body.membershipStatus).toBe('none');
    });
  });

  describe('POST /v1/organizations', () => {
    const count = async () =>
      Number(
        (
          await db()
            .selectFrom('organizations')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it('answers 401 without a token and writes nothing', async () => {
      const before = await count();
      const { status, body } = await read(
        await call('/v1/organizations', { method: 'POST', body: { name: 'X', country: 'ML' } }),
      );
      expect(status).toBe(401);
      expect(body.error.code).toBe('error.401');
      expect(await count()).toBe(before);
    });

    it('creates with the caller as owner, audited, and answers 201 with a Location', async () => {
      const response = await call('/v1/organizations', {
        method: 'POST',
        token: tokens.stranger,
        body: {
          name: 'Sahel Women Water Alliance',
          acronym: 'SWWA',
          country: 'ml',
          foundedYear: 2004,
          website: 'https://swwa.example',
          sdgs: [6, 5],
          tags: ['water', 'women'],
          workingLanguages: ['fr', 'bm'],
          iatiType: 22,
        },
      });
      const { status, body } = await read(response);
      expect(status).toBe(201);
      expect(response.headers.get('location')).toMatch(
        new RegExp(`/api/v1/organizations/${body.slug}$`),
      );
      expect(body).toMatchObject({
        name: 'Sahel Women Water Alliance',
        country: 'ML',
        foundedYear: 2004,
        sdgs: [5, 6],
        tags: ['water', 'women'],
        workingLanguages: ['fr', 'bm'],
        iatiType: 22,
        membershipStatus: 'none',
      });
      const row = await db()
        .selectFrom('organizations')
        .innerJoin(
          'organization_members',
          'organization_members.organization_id',
          'organizations.id',
        )
        .select(['organizations.id', 'organization_members.person_id', 'organization_members.role'])
        .where('organizations.slug', '=', body.slug)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ person_id: ids.stranger, role: 'owner' });
      const audit = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'organization.create')
        .where('subject_id', '=', row.id)
        .execute();
      expect(audit).toHaveLength(1);
    });

    /** The message the create form shows at `field` for BAD, in the client's language. */
    const formMessage = (html: string, field: string) =>
      new RegExp(`id="[^"]*${field}-error">([^<]+)<`).exec(html)?.[1];

    it('answers 422 with the form’s own messages, in en and ru, writing nothing', async () => {
      const client = await signedInBrowser();
      await client.get('/organizations/new');
      const form = { name: 'Bad Input Group', country: 'ML', ...BAD };
      const en = await client.post('/organizations', form);
      expect(en.status).toBe(422);
      await client.post('/locale', { locale: 'ru' });
      await client.get('/organizations/new');
      const ru = await client.post('/organizations', form);
      expect(ru.status).toBe(422);
      const expected = (html: string, locale: Locale) => {
        const fields = {
          website: formMessage(html, 'website'),
          iatiIdentifier: formMessage(html, 'iatiIdentifier'),
        };
        // The form's text comes from the same catalogue keys as the API's.
        const t = translator(locale);
        expect(fields).toEqual({
          website: t('validation.url.invalid'),
          iatiIdentifier: t('validation.org.iatiIdentifier.invalid'),
        });
        return fields;
      };

      const before = await count();
      for (const [token, headers, html, locale] of [
        [tokens.owner, {}, en.html, 'en'], // the token owner's language
        [tokens.russian, { 'accept-language': 'en' }, ru.html, 'ru'], // the owner's over the header
        [tokens.noLocale, { 'accept-language': 'ru' }, ru.html, 'ru'], // no setting: the header
      ] as const) {
        const { status, body } = await read(
          await call('/v1/organizations', { method: 'POST', token, headers, body: form }),
        );
        expect(status).toBe(422);
        expect(body).toEqual({
          error: {
            code: 'api.error.validation',
            message: translator(locale)('api.error.validation'),
            fields: expected(html, locale),
          },
        });
      }
      expect(await count()).toBe(before);
    });

    it('answers the validator’s own failures (types, required fields) in the same shape', async () => {
      const { status, body } = await read(
        await call('/v1/organizations', {
          method: 'POST',
          token: tokens.noLocale,
          headers: { 'accept-language': 'ru' },
          body: { website: 42, tags: 'water' },
        }),
      );
      expect(status).toBe(422);
      const t = translator('ru');
      expect(body.error.code).toBe('api.error.validation');
      expect(body.error.fields).toEqual({
        name: t('validation.org.name.required'),
        country: t('validation.org.country.required'),
        website: t('api.error.type.text'),
        tags: t('api.error.type.list'),
      });
    });

    it('answers 400 to malformed JSON and 415 to a body that is not JSON', async () => {
      const bad = await read(
        await call('/v1/organizations', { method: 'POST', token: tokens.owner, body: '{"name":' }),
      );
      expect(bad).toEqual({
        status: 400,
        body: { error: { code: 'api.error.json', message: 'The request body is not valid JSON.' } },
      });
      const form = await read(
        await call('/v1/organizations', {
          method: 'POST',
          token: tokens.owner,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'name=X&country=ML',
        }),
      );
      expect(form.status).toBe(415);
      expect(form.body.error.code).toBe('api.error.mediaType');
    });

    it('answers 429 with Retry-After once the caller’s writes are used up', async () => {
      const rule = ORGANIZATION_WRITE_LIMITS.create;
      for (let n = 0; n < rule.limit; n++) await takeRateLimit(db(), rule, [ids.limited]);
      const response = await call('/v1/organizations', {
        method: 'POST',
        token: tokens.limited,
        body: { name: 'One Too Many', country: 'ML' },
      });
      expect(response.status).toBe(429);
      const minutes = Math.ceil(Number(response.headers.get('retry-after')) / 60);
      expect(minutes).toBeGreaterThan(0);
      expect((await response.json()).error).toEqual({
        code: 'error.429',
        message: `Too many attempts. Please wait ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} and try again.`,
      });
    });

    it('refuses a cookie-session POST without the CSRF token, and takes it with one', async () => {
      const client = await signedInBrowser();
      const page = await client.get('/organizations/new');
      const csrf = /name="_csrf" value="([^"]+)"/.exec(page.html)?.[1];
      expect(csrf).toBeDefined();
      const post = (headers: Json) =>
        client.request('/api/v1/organizations', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ name: 'Cookie Created', country: 'KE' }),
        });
      const before = await count();
      const refused = await post({});
      expect(refused.status).toBe(403);
      expect(JSON.parse(refused.html).error.code).toBe('error.403.csrf');
      expect(await count()).toBe(before);
      expect((await post({ 'x-csrf-token': csrf })).status).toBe(201);
    });
  });

  describe('PATCH /v1/organizations/{slug}', () => {
    let slug: string;
    beforeAll(async () => {
      const { body } = await read(
        await call('/v1/organizations', {
          method: 'POST',
          token: tokens.owner,
          body: {
            name: 'Delta Farmers Union',
            country: 'IN',
            website: 'https://dfu.example',
            tags: ['farming'],
            descriptionEn: 'Farmers together.',
          },
        }),
      );
      slug = body.slug;
    });
    const patch = (token: string | undefined, body: unknown) =>
      call(`/v1/organizations/${slug}`, { method: 'PATCH', token, body });

    it('answers 401 without a token, 403 to a non-member, 404 on a hidden one', async () => {
      expect((await patch(undefined, { city: 'X' })).status).toBe(404); // not public yet
      await db()
        .updateTable('organizations')
        .set({ membership_status: 'member' })
        .where('slug', '=', slug)
        .execute();
      expect((await patch(undefined, { city: 'X' })).status).toBe(401);
      const { status, body } = await read(await patch(tokens.stranger, { city: 'X' }));
      expect(status).toBe(403);
      expect(body.error.code).toBe('error.403');
      expect((await read(await call(`/v1/organizations/${slug}`))).body.city).toBeNull();
    });

    it('changes only the given fields for an owner, audited; null clears', async () => {
      const { status, body } = await read(
        await patch(tokens.owner, { city: 'Kolkata', tags: ['farming', 'rice'], website: null }),
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        name: 'Delta Farmers Union',
        country: 'IN',
        city: 'Kolkata',
        tags: ['farming', 'rice'],
        website: null,
        descriptions: { en: 'Farmers together.' },
      });
      const audit = await db()
        .selectFrom('audit_log')
        .innerJoin('organizations', 'organizations.id', 'audit_log.subject_id')
        .select('audit_log.action')
        .where('organizations.slug', '=', slug)
        .where('audit_log.action', '=', 'organization.update')
        .execute();
      expect(audit).toHaveLength(1);
    });

    it('answers 422 with the form’s message and leaves the profile as it was', async () => {
      const { status, body } = await read(await patch(tokens.owner, { website: BAD.website }));
      expect(status).toBe(422);
      expect(body.error.fields).toEqual({ website: translator('en')('validation.url.invalid') });
      const after = (await read(await call(`/v1/organizations/${slug}`))).body;
      expect(after.city).toBe('Kolkata');
      expect(after.website).toBeNull();
    });
  });

  describe('the document and the reference page', () => {
    it('is a structurally sound OpenAPI 3.1 document with the organisation paths', async () => {
      const document = (await (await call('/openapi.json')).json()) as OpenApiDocument;
      expect(document.openapi).toMatch(/^3\.1\.\d+$/);
      expect(Object.keys(document.paths['/v1/organizations']!).sort()).toEqual(['get', 'post']);
      expect(Object.keys(document.paths['/v1/organizations/{slug}']!).sort()).toEqual([
        'get',
        'patch',
      ]);
      expect(document.paths['/v1/organizations']!.post!.security).toEqual([{ bearer: [] }]);
      expect(Object.keys(document.paths['/v1/organizations']!.post!.responses).sort()).toEqual([
        '201',
        '400',
        '401',
        '403',
        '415',
        '422',
        '429',
      ]);
      for (const name of [
        'Organization',
        'OrganizationCreate',
        'OrganizationUpdate',
        'OrganizationPage',
        'ValidationError',
        'Error',
      ]) {
        expect(document.components.schemas[name], name).toBeDefined();
      }
      // Every reference points at a schema the document defines.
      const refs = [
        ...JSON.stringify(document).matchAll(/"\$ref":"#\/components\/schemas\/([^"]+)"/g),
      ];
      expect(refs.length).toBeGreaterThan(5);
      for (const [, name] of refs) expect(document.components.schemas[name!], name).toBeDefined();
      for (const item of Object.values(document.paths)) {
        for (const operation of Object.values(item)) {
          expect(Object.keys(operation.responses).length).toBeGreaterThan(0);
        }
      }
    });

    it('lists the organisation endpoints on /api', async () => {
      const html = await (await concord().app.request('/api')).text();
      for (const line of [
        'GET /api/v1/organizations',
        'POST /api/v1/organizations',
        'GET /api/v1/organizations/{slug}',
        'PATCH /api/v1/organizations/{slug}',
      ]) {
        expect(html).toContain(line);
      }
    });
  });
});
