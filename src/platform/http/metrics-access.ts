/**
 * Who may read /metrics (Node's version, memory, traffic by route): a process on the same
 * machine, or a scraper sending the configured token. The peer is the socket's own address,
 * never X-Forwarded-For, which any client can write; and a request that came through a proxy
 * (it carries X-Forwarded-For or Forwarded) is not taken as local, because behind a reverse
 * proxy on the same machine every visitor's socket is a loopback one.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { notFound } from './errors.js';

/** 127.0.0.0/8 and ::1, also as IPv4 mapped into IPv6 (::ffff:127.0.0.1). */
export const isLoopback = (address: string | undefined) =>
  address !== undefined && /^(::ffff:)?127\.|^::1$/.test(address);

function socketAddress(c: Context) {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined; // a request made in-process has no socket: not a local peer
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/**
 * Refuses with 404 (as if there were nothing here) unless the caller may read the metrics.
 * @example app.use('/metrics', metricsAccess({ token: config.metricsToken }))
 */
export function metricsAccess(options: { token: string | undefined }): MiddlewareHandler {
  const expected = options.token === undefined ? undefined : digest(options.token);
  return async function metricsAccess(c, next) {
    const authorization = c.req.header('authorization');
    if (authorization !== undefined) {
      const given = /^Bearer (\S+)$/.exec(authorization)?.[1];
      // Compared as digests: equal lengths, so the comparison takes the same time for any token.
      if (expected && given && timingSafeEqual(digest(given), expected)) return next();
      throw notFound();
    }
    const proxied =
      c.req.header('x-forwarded-for') !== undefined || c.req.header('forwarded') !== undefined;
    if (!proxied && isLoopback(socketAddress(c))) return next();
    throw notFound();
  };
}
