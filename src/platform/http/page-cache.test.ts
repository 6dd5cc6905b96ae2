import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { compress } from './compress.js';
import type { AppEnv } from './context.js';
import { markPersonal, pageCache } from './page-cache.js';

/** A throwaway app that counts renders; `clock` moves time for the TTL. */
function throwawayApp() {
  const clock = { now: 1_000 };
  let renders = 0;
  const app = new Hono<AppEnv>();
  app.use(
    pageCache({
      paths: ['/', '/cookie', '/personal', '/missing'],
      ttlMs: 2000,
      now: () => clock.now,
      hasSession: (c) => c.req.header('cookie')?.includes('session') ?? false,
      variant: (c) => c.req.header('accept-language') ?? 'en',
    }),
  );
  app.use(compress());
  app.get('/', (c) => c.html(`<p>${++renders}</p>${'x'.repeat(2000)}`));
  app.get('/cookie', (c) => {
    c.header('set-cookie', 'a=b');
    return c.text(String(++renders));
  });
  app.get('/personal', (c) => {
    markPersonal(c);
    return c.text(String(++renders));
  });
  app.get('/other', (c) => c.text(String(++renders)));
  return { app, clock, renders: () => renders };
}

describe('pageCache', () => {
  it('replays the compressed page, headers included, until the TTL passes', async () => {
    const { app, clock, renders } = throwawayApp();
    const get = () => app.request('/', { headers: { 'accept-encoding': 'gzip' } });
    const first = await get();
    const second = await get();
    expect(renders()).toBe(1);
    expect(second.headers.get('content-encoding')).toBe('gzip');
    expect(second.headers.get('content-length')).toBe(first.headers.get('content-length'));
    expect(await second.text()).toBe(await first.text());
    clock.now += 2001;
    await get();
    expect(renders()).toBe(2);
  });

  it('keys on query, variant and encoding', async () => {
    const { app, renders } = throwawayApp();
    await app.request('/');
    await app.request('/?page=2');
    await app.request('/', { headers: { 'accept-language': 'ru' } });
    await app.request('/', { headers: { 'accept-encoding': 'gzip' } });
    await app.request('/', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(renders()).toBe(5);
    const plain = await app.request('/');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const brotli = await app.request('/', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(renders()).toBe(5);
  });

  it('answers HEAD from the cache without a body', async () => {
    const { app, renders } = throwawayApp();
    await app.request('/');
    const head = await app.request('/', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect(renders()).toBe(1);
  });

  it('bypasses sessions, API tokens, other paths and methods', async () => {
    const { app, renders } = throwawayApp();
    await app.request('/', { headers: { cookie: 'session=1' } });
    await app.request('/', { headers: { cookie: 'session=1' } });
    await app.request('/', { headers: { authorization: 'Bearer x' } });
    await app.request('/', { headers: { authorization: 'Bearer x' } });
    await app.request('/other');
    await app.request('/other');
    expect(renders()).toBe(6);
  });

  it('never keeps responses that set cookies, are personal or are not 200', async () => {
    const { app, renders } = throwawayApp();
    for (const path of ['/cookie', '/cookie', '/personal', '/personal']) await app.request(path);
    expect(renders()).toBe(4);
    expect((await app.request('/missing')).status).toBe(404);
    expect((await app.request('/cookie')).headers.get('set-cookie')).toBe('a=b');
  });
});

describeEachEngine('public page cache', (engine) => {
  const concord = useConcord(engine);

  it('serves the signed-out home page with its security headers and no cookie', async () => {
    const get = (headers: Record<string, string> = {}) =>
      concord().app.request('/', { headers: { 'accept-encoding': 'gzip', ...headers } });
    const first = await get();
    const second = await get();
    for (const page of [first, second]) {
      expect(page.status).toBe(200);
      expect(page.headers.get('set-cookie')).toBeNull();
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(page.headers.get('x-request-id')).toBeTruthy();
    }
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'));
    const russian = await get({ cookie: 'lang=ru' });
    expect(russian.headers.get('content-language')).toBe('ru');
  });

  it('switches a visitor’s language with a link that sets the cookie only', async () => {
    const client = concord().client();
    const home = await client.get('/');
    expect(home.html).toContain('href="/locale/az?next=%2F"');
    expect(home.html).not.toContain('name="_csrf"');
    const switched = await client.get('/locale/az?next=/sign-in');
    expect(switched.status).toBe(303);
    expect(switched.location).toBe('/sign-in');
    expect(switched.headers.get('set-cookie')).toMatch(/^lang=az;.*SameSite=Lax/);
    expect((await client.get('/')).html).toContain('<html lang="az"');
    const away = await client.get('/locale/ru?next=//evil.example');
    expect(away.location).toBe('/');
    const unknown = await client.get('/locale/fr?next=/');
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });
});
