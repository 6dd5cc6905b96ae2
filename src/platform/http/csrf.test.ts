import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { signedUpClient, uniqueEmail, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import type { AppEnv } from './context.js';
import { csrfProtection } from './csrf.js';
import { describeError } from './errors.js';

const SECRET = 's'.repeat(40);
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const tokenIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1];

/** A throwaway app: the session id comes from a test header, the token is echoed by GET. */
function throwawayApp(secureCookies = false) {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    const session = c.req.header('x-test-session');
    c.set(
      'actor',
      session === undefined
        ? null
        : {
            id: 'p1',
            name: 'P',
            email: 'p@example.org',
            isAdmin: false,
            locale: null,
            sessionId: session === 'api' ? undefined : session,
          },
    );
    await next();
  });
  app.use(csrfProtection({ secret: SECRET, secureCookies }));
  app.get('/', (c) => c.text(c.get('csrfToken')()));
  app.post('/', (c) => c.text('done'));
  app.post('/api/v1/thing', (c) => c.text('reached'));
  app.onError((error, c) => c.text(describeError(error).key, describeError(error).status));
  return app;
}

describe('csrfProtection', () => {
  it('refuses a secret too short to sign with', () => {
    expect(() => csrfProtection({ secret: 'short', secureCookies: false })).toThrow(/secret/);
  });

  it('sets an HttpOnly, SameSite=Lax seed cookie, Secure behind HTTPS', async () => {
    const plain = (await throwawayApp().request('/')).headers.get('set-cookie') ?? '';
    expect(plain).toMatch(/^concord_csrf=[\w-]{32,};/);
    expect(plain).toMatch(/HttpOnly/);
    expect(plain).toMatch(/SameSite=Lax/);
    expect(plain).not.toMatch(/Secure/);
    const secure = (await throwawayApp(true).request('/')).headers.get('set-cookie') ?? '';
    expect(secure).toMatch(/; Secure/);
  });

  it('binds the token to the seed and to the session', async () => {
    const app = throwawayApp();
    const seed = 'a'.repeat(32);
    const tokenFor = async (session?: string) =>
      (
        await app.request('/', {
          headers: {
            cookie: `concord_csrf=${seed}`,
            ...(session ? { 'x-test-session': session } : {}),
          },
        })
      ).text();
    const anonymous = await tokenFor();
    expect(await tokenFor()).toBe(anonymous);
    expect(await tokenFor('session-1')).not.toBe(anonymous);
    expect(await tokenFor('session-2')).not.toBe(await tokenFor('session-1'));

    const post = (token: string, session?: string) =>
      app.request('/', {
        method: 'POST',
        headers: {
          cookie: `concord_csrf=${seed}`,
          'x-csrf-token': token,
          ...(session ? { 'x-test-session': session } : {}),
        },
      });
    expect((await post(await tokenFor('session-1'), 'session-1')).status).toBe(200);
    expect((await post(await tokenFor('session-1'), 'session-2')).status).toBe(403);
    expect((await post(anonymous, 'session-1')).status).toBe(403);
  });

  it('lets safe methods and API-token requests through without a token', async () => {
    const app = throwawayApp();
    expect((await app.request('/', { method: 'HEAD' })).status).toBe(200);
    const api = await app.request('/', { method: 'POST', headers: { 'x-test-session': 'api' } });
    expect(api.status).toBe(200);
    expect(api.headers.get('set-cookie')).toBeNull();
    const json = await app.request('/', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"_csrf":"anything"}',
    });
    expect(json.status).toBe(403);
    expect(await json.text()).toBe('error.403.csrf');
  });

  it('lets an anonymous API call reach its endpoint, but not one riding on a session', async () => {
    const app = throwawayApp();
    const call = (headers: Record<string, string>) =>
      app.request('/api/v1/thing', { method: 'POST', headers: { ...headers, ...FORM } });
    const anonymous = await call({});
    expect(anonymous.status).toBe(200);
    expect(await anonymous.text()).toBe('reached');
    const session = await call({ 'x-test-session': 's1' });
    expect(session.status).toBe(403);
    expect(await session.text()).toBe('error.403.csrf');
    // Anonymous forms elsewhere (sign-in) keep their protection.
    expect((await app.request('/', { method: 'POST', headers: FORM })).status).toBe(403);
  });
});

describeEachEngine('CSRF protection', (engine) => {
  const concord = useConcord(engine);

  const personCount = async (email: string) =>
    (
      await concord()
        .deps.db.kysely.selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .execute()
    ).length;

  const signUp = (email: string) => ({
    name: 'Nigar Mammadova',
    email,
    password: 'a long enough passphrase',
  });

  it('refuses a form without a token with the "form has expired" page, writing nothing', async () => {
    const client = concord().client();
    await client.get('/sign-up');
    const email = uniqueEmail('no-token');
    const page = await client.post('/sign-up', signUp(email), { csrf: null });
    expect(page.status).toBe(403);
    expect(page.html).toContain('This form has expired or was sent from another site');
    expect(page.html).toContain('<html lang="en"');
    expect(await personCount(email)).toBe(0);
  });

  it('refuses a wrong token', async () => {
    const client = concord().client();
    await client.get('/sign-up');
    const email = uniqueEmail('wrong-token');
    const page = await client.post('/sign-up', signUp(email), { csrf: 'x'.repeat(43) });
    expect(page.status).toBe(403);
    expect(page.html).toContain('This form has expired');
    expect(await personCount(email)).toBe(0);
  });

  it('accepts the token of the page the form came from', async () => {
    const client = concord().client();
    await client.get('/sign-up');
    const email = uniqueEmail('right-token');
    const page = await client.post('/sign-up', signUp(email));
    expect(page.status).toBe(200);
    expect(await personCount(email)).toBe(1);
  });

  it("refuses another person's token, and a token from before sign-in", async () => {
    const alice = await signedUpClient(concord(), { name: 'Alice' });
    const bob = await signedUpClient(concord(), { name: 'Bob' });
    const aliceToken = tokenIn((await alice.client.get('/account')).html)!;
    await bob.client.get('/account');
    const forged = await bob.client.post(
      '/account/profile',
      { name: 'Hijacked', locale: 'en' },
      { csrf: aliceToken },
    );
    expect(forged.status).toBe(403);
    expect(forged.html).toContain('This form has expired');

    // Same browser, new session: the token changes at sign-in, so the old one is refused.
    const anonymous = concord().client();
    const before = tokenIn((await anonymous.get('/sign-in')).html)!;
    const signedIn = await anonymous.post('/sign-in', { email: bob.email, password: bob.password });
    expect(signedIn.status).toBe(303);
    const stale = await anonymous.post(
      '/account/profile',
      { name: 'Hijacked', locale: 'en' },
      { csrf: before },
    );
    expect(stale.status).toBe(403);
    expect(stale.html).toContain('This form has expired');
    const after = tokenIn((await anonymous.get('/account')).html)!;
    expect(after).not.toBe(before);

    const names = await concord()
      .deps.db.kysely.selectFrom('people')
      .select('name')
      .where('email', 'in', [alice.email, bob.email])
      .orderBy('name')
      .execute();
    expect(names).toEqual([{ name: 'Alice' }, { name: 'Bob' }]);
  });

  it('accepts the token in the x-csrf-token header', async () => {
    const client = concord().client();
    const token = tokenIn((await client.get('/sign-in')).html)!;
    const withHeader = await client.request('/locale', {
      method: 'POST',
      headers: { ...FORM, 'x-csrf-token': token },
      body: 'locale=ru&next=/',
    });
    expect(withHeader.status).toBe(303);
    expect(withHeader.headers.get('set-cookie')).toContain('lang=ru');
    const withoutHeader = await client.request('/locale', {
      method: 'POST',
      headers: FORM,
      body: 'locale=az&next=/',
    });
    expect(withoutHeader.status).toBe(403);
  });

  it('needs no token for an API call authenticated by an API token, and sets no cookie', async () => {
    const { client } = await signedUpClient(concord());
    await client.get('/account');
    const created = await client.post('/account/tokens', { tokenName: 'first' });
    const token = /(cnc_[\w-]+)/.exec(created.html)![1];
    const call = (path: string, body: string, authorization?: string) =>
      concord().app.request(path, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(authorization ? { authorization } : {}),
        },
        body,
      });

    // Past the CSRF check to the endpoint's own validation.
    const response = await call('/api/v1/organizations', '{}', `Bearer ${token}`);
    expect(response.status).toBe(422);
    expect(response.headers.getSetCookie().some((c) => c.startsWith('concord_csrf='))).toBe(false);

    // A made-up token is refused before it could stand in for a CSRF token.
    expect((await call('/api/v1/organizations', '{}', 'Bearer cnc_not-a-real-token')).status).toBe(
      401,
    );
  });

  it('takes an API token on a web form for nothing: the form still needs its CSRF token', async () => {
    const { client } = await signedUpClient(concord());
    await client.get('/account');
    const created = await client.post('/account/tokens', { tokenName: 'first' });
    const token = /(cnc_[\w-]+)/.exec(created.html)![1];
    const response = await concord().app.request('/locale', {
      method: 'POST',
      headers: { ...FORM, authorization: `Bearer ${token}` },
      body: 'locale=az&next=/done',
    });
    expect(response.status).toBe(403);
  });

  it('keeps account settings to browser sessions: an API token is refused, not a 500', async () => {
    const { client, email } = await signedUpClient(concord());
    await client.get('/account');
    const created = await client.post('/account/tokens', { tokenName: 'script' });
    const token = /(cnc_[\w-]+)/.exec(created.html)![1];
    for (const [path, body] of [
      ['/account/tokens', 'tokenName=minted+by+a+token'],
      ['/account/profile', 'name=Renamed&locale=ru'],
      ['/account/password', 'currentPassword=whatever+it+is&newPassword=another+passphrase'],
      ['/account/delete', 'confirm=DELETE&password=whatever+it+is'],
    ] as const) {
      const response = await concord().app.request(path, {
        method: 'POST',
        headers: { ...FORM, authorization: `Bearer ${token}` },
        body,
      });
      expect({ path, status: response.status }).toEqual({ path, status: 403 });
    }
    const tokens = await concord()
      .deps.db.kysely.selectFrom('api_tokens')
      .innerJoin('people', 'people.id', 'api_tokens.person_id')
      .select(['api_tokens.name', 'people.name as person'])
      .where('people.email', '=', email)
      .execute();
    expect(tokens).toEqual([{ name: 'script', person: 'Test Person' }]);
  });
});
