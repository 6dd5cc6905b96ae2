import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../test/app.js';
import { describeEachEngine } from '../../test/engines.js';
import { createThrowawayDatabase, type ThrowawayDatabase } from '../../test/fixtures/databases.js';
import { bootConcord, type Concord } from '../boot.js';
import { loadConfig } from '../config.js';
import { createLogger } from './log.js';
import { createMetrics } from './metrics.js';

describe('createMetrics', () => {
  it('counts requests by method, route pattern and status, in a registry of its own', async () => {
    const one = createMetrics();
    const other = createMetrics();
    one.observeRequest('GET', '/events/:id', 200, 0.012);
    one.observeRequest('GET', '/events/:id', 200, 0.3);
    const text = await one.registry.metrics();
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="/events/:id",status="200"} 2',
    );
    expect(text).toContain(
      'concord_http_request_duration_seconds_bucket{le="0.025",method="GET",route="/events/:id"} 1',
    );
    expect(text).toContain(
      'concord_http_request_duration_seconds_count{method="GET",route="/events/:id"} 2',
    );
    expect(await other.registry.metrics()).not.toContain('route="/events/:id"');
  });
});

describeEachEngine('health and metrics endpoints', (engine) => {
  const concord = useConcord(engine);

  it('/healthz answers 200 ok', async () => {
    const response = await concord().app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ok');
  });

  it('/readyz answers 200 while the database answers', async () => {
    const response = await concord().app.request('/readyz');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('ready');
  });

  it('/metrics is Prometheus text with request counts by route pattern and process metrics', async () => {
    const client = concord().client();
    await client.get('/sign-in');
    await client.get('/sign-in');
    await client.get('/no-such-page');
    await client.post('/account/tokens/0196f0c2-0000-7000-8000-00000000beef/revoke', {});
    // From a loopback socket, as a scraper on the same machine (http/metrics-access.ts).
    const loopback = { incoming: { socket: { remoteAddress: '127.0.0.1' } } };
    const response = await concord().app.request('/metrics', {}, loopback);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE concord_http_requests_total counter');
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="/sign-in",status="200"} 2',
    );
    // Unknown paths share one label, so that scanners cannot grow the series without bound.
    expect(text).toContain(
      'concord_http_requests_total{method="GET",route="unmatched",status="404"} 1',
    );
    expect(text).not.toContain('no-such-page');
    // Parameters stay in the pattern, not in the label.
    expect(text).toContain('route="/account/tokens/:id/revoke",status="401"');
    expect(text).not.toContain('beef');
    expect(text).toContain('# TYPE concord_http_request_duration_seconds histogram');
    expect(text).toMatch(/^process_cpu_user_seconds_total \d/m);
    expect(text).toMatch(/^process_resident_memory_bytes \d/m);
    expect(text).toMatch(/^nodejs_heap_size_used_bytes \d/m);
  });

  it('echoes a well-formed X-Request-Id and replaces anything else', async () => {
    const given = await concord().app.request('/healthz', {
      headers: { 'x-request-id': 'lb-0123456789abcdef' },
    });
    expect(given.headers.get('x-request-id')).toBe('lb-0123456789abcdef');
    const odd = await concord().app.request('/healthz', {
      headers: { 'x-request-id': 'bad id\twith <html>' },
    });
    expect(odd.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  describe('when the database is gone', () => {
    let throwaway: ThrowawayDatabase;
    let closed: Concord;
    beforeAll(async () => {
      throwaway = await createThrowawayDatabase(engine);
      closed = await bootConcord(
        {
          ...loadConfig({ NODE_ENV: 'test', CONCORD_SECRET: 'x'.repeat(40) }),
          database: throwaway.target,
        },
        createLogger('silent'),
        { poolSize: 2 },
      );
      await closed.close();
    });
    afterAll(async () => {
      await throwaway?.drop();
    });

    it('/readyz answers 503 while /healthz still answers 200', async () => {
      const ready = await closed.app.request('/readyz');
      expect(ready.status).toBe(503);
      expect(await ready.text()).toBe('database unreachable');
      expect((await closed.app.request('/healthz')).status).toBe(200);
    });
  });
});
