import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../log.js';
import { createMetrics } from '../metrics.js';
import type { AppEnv } from './context.js';
import { requestContext } from './request-context.js';

function throwawayApp(trustProxy: boolean) {
  const metrics = createMetrics();
  const app = new Hono<AppEnv>();
  app.use(requestContext({ log: createLogger('silent'), metrics, trustProxy }));
  app.get('/ip', (c) => c.text(c.get('clientIp')));
  app.get('/things/:id', (c) => c.text(c.get('requestId')));
  app.get('/boom', () => {
    throw new Error('boom');
  });
  app.onError((_, c) => c.text('error', 500));
  return { app, metrics };
}

describe('requestContext', () => {
  it('takes the client address from X-Forwarded-For only behind a trusted proxy', async () => {
    const headers = { 'x-forwarded-for': '192.0.2.10, 10.0.0.1' };
    const trusted = await throwawayApp(true).app.request('/ip', { headers });
    expect(await trusted.text()).toBe('192.0.2.10');
    // Untrusted, the header is anyone's to forge: the socket address is used (none in-process).
    const direct = await throwawayApp(false).app.request('/ip', { headers });
    expect(await direct.text()).toBe('unknown');
  });

  it('gives each request an id, sent back as X-Request-Id', async () => {
    const { app } = throwawayApp(false);
    const first = await app.request('/things/1');
    const second = await app.request('/things/2');
    expect(first.headers.get('x-request-id')).toBe(await first.text());
    expect(first.headers.get('x-request-id')).not.toBe(second.headers.get('x-request-id'));
  });

  it('records each request under its route pattern, failures included', async () => {
    const { app, metrics } = throwawayApp(false);
    await app.request('/things/1');
    await app.request('/things/2');
    await app.request('/boom');
    await app.request('/nowhere');
    const text = await metrics.registry.metrics();
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="/things/:id",status="200"} 2',
    );
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="/boom",status="500"} 1',
    );
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="unmatched",status="404"} 1',
    );
  });
});
