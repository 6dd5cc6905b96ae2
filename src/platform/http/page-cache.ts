/**
 * A short-lived cache of whole public pages, for visitors (no session, no API token).
 *
 * The home page and other public pages look the same to every visitor who reads them in the
 * same language, so rendering them for each request is wasted work under load. This middleware
 * sits outside compression and the security headers: it keeps the final response (status,
 * headers, body bytes as sent, compressed or not) per path + query, variant (the language) and
 * encoding, for a short time (2 s by default), and replays it. Only allow-listed paths, only
 * GET/HEAD without a session cookie or Authorization header, only 200 responses that set no
 * cookie and that nothing personal went into (a CSRF token: see `markPersonal`).
 */
import type { Context, MiddlewareHandler } from 'hono';
import { chooseEncoding } from './compress.js';
import type { AppEnv } from './context.js';

type Entry = {
  expires: number;
  status: number;
  /** As a plain object: @hono/node-server writes it straight out, without a Headers object. */
  headers: Record<string, string>;
  body: Uint8Array<ArrayBuffer>;
};

/** Marks this request's response as personal to the browser: it will not be cached. */
export function markPersonal(c: Context<AppEnv>) {
  c.set('personal', true);
}

/** @example app.use(pageCache({ paths: ['/'], variant: (c) => localeOf(c), isSignedIn })) */
export function pageCache(options: {
  /** Exact paths whose responses may be shared between visitors. */
  paths: readonly string[];
  /** What else the page depends on for a visitor (its language); part of the key. */
  variant: (c: Context) => string;
  /** True when the request carries a session (it bypasses the cache). */
  hasSession: (c: Context) => boolean;
  ttlMs?: number;
  /** Most distinct keys kept; the oldest goes first. */
  maxEntries?: number;
  now?: () => number;
}): MiddlewareHandler<AppEnv> {
  const paths = new Set(options.paths);
  const ttl = options.ttlMs ?? 2000;
  const maxEntries = options.maxEntries ?? 200;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Entry>();

  return async function pageCache(c, next) {
    const method = c.req.method;
    if (
      (method !== 'GET' && method !== 'HEAD') ||
      !paths.has(c.req.path) ||
      c.req.header('authorization') !== undefined ||
      options.hasSession(c)
    ) {
      return next();
    }
    const url = c.req.url;
    const query = url.indexOf('?');
    const key = [
      c.req.path + (query === -1 ? '' : url.slice(query)),
      options.variant(c),
      chooseEncoding(c.req.header('accept-encoding')),
    ].join('\n');

    const hit = entries.get(key);
    if (hit && hit.expires > now()) {
      c.res = new Response(method === 'HEAD' ? null : hit.body, {
        status: hit.status,
        // The stored headers are the page's; the request id is this request's own.
        headers: { ...hit.headers, 'x-request-id': c.get('requestId') },
      });
      return;
    }
    if (hit) entries.delete(key);

    await next();
    const res = c.res;
    if (
      method !== 'GET' ||
      res.status !== 200 ||
      !res.body ||
      c.get('personal') ||
      res.headers.has('set-cookie')
    ) {
      return;
    }
    const headers = [...res.headers];
    // Set-Cookie is the only header that may not be folded into one line, and is never stored.
    const stored = Object.fromEntries(headers.filter(([name]) => name !== 'x-request-id'));
    const body = new Uint8Array(await res.arrayBuffer());
    if (entries.size >= maxEntries) entries.delete(entries.keys().next().value!);
    entries.set(key, { expires: now() + ttl, status: res.status, headers: stored, body });
    c.res = undefined;
    c.res = new Response(body, { status: res.status, headers });
  };
}
