/**
 * CSRF protection by signed double-submit token. A random seed lives in an HttpOnly cookie; the
 * token put in every form is an HMAC of that seed and the session id, so it changes at sign-in
 * and cannot be forged without the instance secret. Every unsafe request must carry it, as the
 * `_csrf` form field or the `x-csrf-token` header, unless it is authenticated by an API token
 * (which a browser never sends on its own), or is an anonymous call to the JSON API (it carries
 * no credentials a forged request could borrow; the endpoint itself answers 401).
 *
 * Pages read the token with `c.get('csrfToken')()`: the seed cookie is set on first use only.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from './context.js';
import { markPersonal } from './page-cache.js';

const COOKIE = 'concord_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const API_PREFIX = '/api/';

export class CsrfError extends HTTPException {
  constructor() {
    super(403, { message: 'csrf' });
  }
}

/** @example app.use(csrfProtection({ secret, secureCookies: config.secureCookies })) */
export function csrfProtection(options: {
  secret: string;
  secureCookies: boolean;
}): MiddlewareHandler<AppEnv> {
  if (options.secret.length < 32) throw new Error('csrfProtection: secret too short');
  const sign = (seed: string, sessionId: string) =>
    createHmac('sha256', options.secret).update(`${seed}|${sessionId}`).digest('base64url');

  return async function csrfProtection(c, next) {
    const actor = c.get('actor');
    if (actor && actor.sessionId === undefined) return next(); // API token: no cookies involved
    // Forms stay protected when anonymous (sign-in CSRF); an API call has no form to forge.
    if (!actor && c.req.path.startsWith(API_PREFIX)) return next();

    // Lazy: the seed cookie is created, and the token signed, only when a page asks for a
    // token (it has a form). A page without one sets no cookie and can be shared (page-cache.ts).
    let token: string | undefined;
    const csrfToken = () => {
      if (token !== undefined) return token;
      let seed = getCookie(c, COOKIE);
      if (!seed || !/^[A-Za-z0-9_-]{32,64}$/.test(seed)) {
        seed = randomBytes(24).toString('base64url');
        setCookie(c, COOKIE, seed, {
          httpOnly: true,
          sameSite: 'Lax',
          secure: options.secureCookies,
          path: '/',
        });
      }
      markPersonal(c); // the token is this browser's own: never share the page
      token = sign(seed, actor?.sessionId ?? '');
      return token;
    };
    c.set('csrfToken', csrfToken);

    if (!SAFE_METHODS.has(c.req.method)) {
      let given = c.req.header('x-csrf-token');
      const type = c.req.header('content-type') ?? '';
      if (
        !given &&
        (type.startsWith('application/x-www-form-urlencoded') ||
          type.startsWith('multipart/form-data'))
      ) {
        const field = (await c.req.parseBody())._csrf;
        given = typeof field === 'string' ? field : undefined;
      }
      if (!given || !constantTimeEqual(given, csrfToken())) throw new CsrfError();
    }
    await next();
  };
}

function constantTimeEqual(a: string, b: string) {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
