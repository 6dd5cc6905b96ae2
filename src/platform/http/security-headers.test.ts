import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { linkFromMail, uniqueEmail, useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { securityHeaders } from './security-headers.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; " +
  "base-uri 'none'; object-src 'none'";

function expectStrictHeaders(headers: Headers) {
  const csp = headers.get('content-security-policy');
  expect(csp).toBe(CSP);
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('unsafe-eval');
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('x-frame-options')).toBe('DENY');
}

describe('securityHeaders', () => {
  const app = (https: boolean) =>
    new Hono().use(securityHeaders({ https })).get('/', (c) => c.text('hello'));

  it('sends the strict policy on every response', async () => {
    expectStrictHeaders((await app(false).request('/')).headers);
    expectStrictHeaders((await app(false).request('/missing')).headers);
  });

  it('sends HSTS only behind HTTPS', async () => {
    expect((await app(false).request('/')).headers.get('strict-transport-security')).toBeNull();
    expect((await app(true).request('/')).headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    );
  });
});

/** Signs up, confirms and signs in; returns the client and the sign-in response's Set-Cookie lines. */
async function signInCookies(concord: ReturnType<ReturnType<typeof useConcord>>) {
  const client = concord.client();
  const email = uniqueEmail('cookies');
  const password = 'a long enough passphrase';
  await client.get('/sign-up');
  await client.post('/sign-up', { name: 'Cookie Person', email, password });
  await client.get(await linkFromMail(concord, email));
  const signedIn = await client.post('/sign-in', { email, password });
  expect(signedIn.status).toBe(303);
  return { client, cookies: signedIn.headers.getSetCookie() };
}

describeEachEngine('security headers', (engine) => {
  describe('over plain HTTP', () => {
    const concord = useConcord(engine);

    it('are on pages and on error pages, without HSTS', async () => {
      for (const [path, status] of [
        ['/', 200],
        ['/sign-in', 200],
        ['/no-such-page', 404],
      ] as const) {
        const page = await concord().client().get(path);
        expect(page.status).toBe(status);
        expectStrictHeaders(page.headers);
        expect(page.headers.get('strict-transport-security')).toBeNull();
      }
    });

    it('leave no inline script or style on the page', async () => {
      const page = await concord().client().get('/sign-up');
      expect(page.html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(page.html).not.toMatch(/<style[\s>]/);
      expect(page.html).not.toMatch(/\sstyle="/);
    });

    it('go with an HttpOnly, SameSite=Lax session cookie, not marked Secure', async () => {
      const { cookies } = await signInCookies(concord());
      const session = cookies.find((c) => c.includes('concord.session_token='));
      expect(session).toBeDefined();
      expect(session).toMatch(/; HttpOnly/i);
      expect(session).toMatch(/; SameSite=Lax/i);
      expect(session).not.toMatch(/; Secure/i);
    });
  });

  describe('behind HTTPS', () => {
    const concord = useConcord(engine, { BASE_URL: 'https://forum.example.org' });

    it('add HSTS to pages and error pages', async () => {
      for (const path of ['/', '/no-such-page']) {
        const page = await concord().client().get(path);
        expectStrictHeaders(page.headers);
        expect(page.headers.get('strict-transport-security')).toBe(
          'max-age=31536000; includeSubDomains',
        );
      }
    });

    it('mark the session and CSRF cookies Secure', async () => {
      const { client, cookies } = await signInCookies(concord());
      expect((await client.get('/account')).status).toBe(200);
      const session = cookies.find((c) => c.includes('concord.session_token='));
      expect(session).toMatch(/; HttpOnly/i);
      expect(session).toMatch(/; SameSite=Lax/i);
      expect(session).toMatch(/; Secure/i);
      const csrf = (await concord().client().get('/sign-in')).headers.get('set-cookie');
      expect(csrf).toMatch(/^concord_csrf=.*; Secure/);
    });
  });
});
