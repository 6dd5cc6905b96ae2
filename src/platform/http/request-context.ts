/**
 * The first middleware: gives each request an id, a child logger and its client address, and
 * records its duration and status in the metrics and the log.
 */
import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import type { AppEnv } from './context.js';

/** @example app.use(requestContext({ log, metrics, trustProxy: config.trustProxy })) */
export function requestContext(options: {
  log: Logger;
  metrics: Metrics;
  trustProxy: boolean;
}): MiddlewareHandler<AppEnv> {
  return async function requestContext(c, next) {
    const started = performance.now();
    const incoming = c.req.header('x-request-id');
    const requestId = incoming && /^[\w-]{8,64}$/.test(incoming) ? incoming : randomUUID();
    c.set('requestId', requestId);
    c.set('log', options.log.child({ requestId }));
    c.set('clientIp', clientIp(c, options.trustProxy));
    // Set before the response exists: a header added afterwards makes Hono rebuild the response.
    c.header('x-request-id', requestId);
    await next();
    const route = c.res.status === 404 ? 'unmatched' : routePath(c);
    const seconds = (performance.now() - started) / 1000;
    options.metrics.observeRequest(c.req.method, route, c.res.status, seconds);
    c.get('log').info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(seconds * 1000),
      },
      'request',
    );
  };
}

function clientIp(c: Context, trustProxy: boolean) {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // requests made in-process (tests) have no socket
  }
}
