import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import type { AppEnv } from '../http/context.js';
import { localeSelection } from './middleware.js';

describe('localeSelection', () => {
  const app = new Hono<AppEnv>()
    .use(async (c, next) => {
      c.set('actor', null);
      await next();
    })
    .use(localeSelection({ fallback: 'az' }))
    .get('/', (c) => c.text(`${c.get('locale')}|${c.get('t')('layout.account.signIn')}`));

  it('sets the locale and its translator, and says so in the headers', async () => {
    const response = await app.request('/', { headers: { 'accept-language': 'ru;q=0.8, en' } });
    expect(await response.text()).toBe('en|Sign in');
    expect(response.headers.get('content-language')).toBe('en');
    expect(response.headers.get('vary')).toContain('Accept-Language');
    expect(response.headers.get('vary')).toContain('Cookie');
  });

  it('lets the lang cookie win over Accept-Language, and falls back to the default', async () => {
    const cookie = await app.request('/', {
      headers: { cookie: 'lang=ru', 'accept-language': 'en' },
    });
    expect(await cookie.text()).toBe('ru|Войти');
    expect(await (await app.request('/')).text()).toBe('az|Daxil ol');
  });
});

describeEachEngine('language switcher', (engine) => {
  const concord = useConcord(engine);

  it('serves a visitor whose browser asks for Russian in Russian', async () => {
    const page = await concord()
      .client()
      .request('/sign-in', { headers: { 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    expect(page.html).toContain('<html lang="ru"');
    expect(page.html).toContain('Войти');
    expect(page.headers.get('content-language')).toBe('ru');
  });

  it('remembers the chosen language in a cookie and returns to the page', async () => {
    const client = concord().client();
    expect((await client.get('/sign-in')).html).toContain('<html lang="en"');
    const switched = await client.post('/locale', { locale: 'az', next: '/sign-in' });
    expect(switched.status).toBe(303);
    expect(switched.location).toBe('/sign-in');
    const cookie = switched.headers.get('set-cookie');
    expect(cookie).toMatch(/^lang=az;/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=31536000/);

    // The cookie now wins over what the browser asks for.
    const page = await client.request('/', { headers: { 'accept-language': 'ru' } });
    expect(page.html).toContain('<html lang="az"');
    expect(page.html).toContain('Daxil ol');
    expect(page.html).toContain('aria-current="true">Azərbaycanca');
  });

  it.each([
    ['//evil.example', '/'],
    ['//evil.example/path', '/'],
    ['https://evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['', '/'],
    ['/events?page=2', '/events?page=2'],
  ])('sends next=%j to %j', async (next, location) => {
    const client = concord().client();
    const page = await client.post('/locale', { locale: 'ru', next });
    expect(page.status).toBe(303);
    expect(page.location).toBe(location);
  });

  it('ignores a language it does not offer', async () => {
    const client = concord().client();
    const page = await client.post('/locale', { locale: 'fr', next: '/' });
    expect(page.status).toBe(303);
    expect(page.headers.get('set-cookie') ?? '').not.toContain('lang=');
    expect((await client.get('/')).html).toContain('<html lang="en"');
  });

  it("saves a signed-in person's choice in their settings, for every device", async () => {
    const { client, email, password } = await signedUpClient(concord());
    await client.get('/');
    expect((await client.post('/locale', { locale: 'ru', next: '/account' })).status).toBe(303);
    const row = await concord()
      .deps.db.kysely.selectFrom('people')
      .select('locale')
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(row.locale).toBe('ru');

    const elsewhere = concord().client();
    await elsewhere.get('/sign-in');
    await elsewhere.post('/sign-in', { email, password });
    const page = await elsewhere.request('/account', { headers: { 'accept-language': 'az' } });
    expect(page.html).toContain('<html lang="ru"');
  });
});
