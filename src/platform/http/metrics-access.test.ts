import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { isLoopback, metricsAccess } from './metrics-access.js';

const TOKEN = 'metrics-'.repeat(5);
/** What @hono/node-server hands the app for a request on a socket from `address`. */
const socketFrom = (address: string) => ({ incoming: { socket: { remoteAddress: address } } });

describe('isLoopback', () => {
  it('knows the loopback addresses, in IPv4, IPv6 and IPv4 mapped into IPv6', () => {
    for (const address of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'])
      expect({ address, loopback: isLoopback(address) }).toEqual({ address, loopback: true });
    for (const address of [
      '203.0.113.9',
      '10.0.0.1',
      '::ffff:10.0.0.1',
      'fd00::1',
      '::',
      undefined,
    ])
      expect({ address, loopback: isLoopback(address) }).toEqual({ address, loopback: false });
  });
});

describe('metricsAccess', () => {
  const appWith = (token: string | undefined) =>
    new Hono().use(metricsAccess({ token })).get('/metrics', (c) => c.text('metrics'));

  it('lets a loopback peer in without a token, unless the request came through a proxy', async () => {
    const app = appWith(undefined);
    expect((await app.request('/metrics', {}, socketFrom('127.0.0.1'))).status).toBe(200);
    expect((await app.request('/metrics', {}, socketFrom('::1'))).status).toBe(200);
    const proxied = { headers: { 'x-forwarded-for': '203.0.113.9' } };
    expect((await app.request('/metrics', proxied, socketFrom('127.0.0.1'))).status).toBe(404);
    const forwarded = { headers: { forwarded: 'for=203.0.113.9' } };
    expect((await app.request('/metrics', forwarded, socketFrom('127.0.0.1'))).status).toBe(404);
  });

  it('refuses any other peer, whatever X-Forwarded-For claims, and a request without a socket', async () => {
    const app = appWith(undefined);
    expect((await app.request('/metrics', {}, socketFrom('203.0.113.9'))).status).toBe(404);
    const claim = { headers: { 'x-forwarded-for': '127.0.0.1' } };
    expect((await app.request('/metrics', claim, socketFrom('203.0.113.9'))).status).toBe(404);
    expect((await app.request('/metrics')).status).toBe(404);
  });

  it('lets in the configured bearer token from anywhere, and refuses any other credential', async () => {
    const app = appWith(TOKEN);
    const remote = socketFrom('203.0.113.9');
    const as = (authorization: string) => ({ headers: { authorization } });
    expect((await app.request('/metrics', as(`Bearer ${TOKEN}`), remote)).status).toBe(200);
    for (const authorization of [`Bearer ${TOKEN}x`, 'Bearer wrong', `Basic ${TOKEN}`, 'Bearer']) {
      const status = (await app.request('/metrics', as(authorization), remote)).status;
      expect({ authorization, status }).toEqual({ authorization, status: 404 });
    }
    // A wrong token is refused on loopback too: it is a mistake worth seeing.
    const local = socketFrom('127.0.0.1');
    expect((await app.request('/metrics', as('Bearer wrong'), local)).status).toBe(404);
    // Without a configured token no bearer token opens it.
    const none = appWith(undefined);
    expect((await none.request('/metrics', as('Bearer undefined'), remote)).status).toBe(404);
  });
});

describeEachEngine('the probes and /metrics in Concord', (engine) => {
  const concord = useConcord(engine, { METRICS_TOKEN: TOKEN });
  let base: string;
  let server: ReturnType<typeof serve>;
  beforeAll(async () => {
    server = serve({ fetch: concord().app.fetch, hostname: '127.0.0.1', port: 0 });
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve));
  });

  it('serves /metrics to a loopback peer over a real socket', async () => {
    const response = await fetch(`${base}/metrics`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('concord_http_requests_total');
  });

  it('refuses /metrics to a remote peer, even one claiming loopback in X-Forwarded-For', async () => {
    for (const headers of [{}, { 'x-forwarded-for': '127.0.0.1' }] as Record<string, string>[]) {
      const response = await concord().app.request(
        '/metrics',
        { headers },
        socketFrom('203.0.113.9'),
      );
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('concord_http_requests_total');
    }
  });

  it('serves /metrics anywhere with the configured token, and refuses a wrong one', async () => {
    const remote = socketFrom('203.0.113.9');
    const right = await concord().app.request(
      '/metrics',
      { headers: { authorization: `Bearer ${TOKEN}` } },
      remote,
    );
    expect(right.status).toBe(200);
    expect(await right.text()).toContain('concord_http_requests_total');
    const wrong = await concord().app.request(
      '/metrics',
      { headers: { authorization: 'Bearer not-the-metrics-token' } },
      remote,
    );
    expect(wrong.status).toBe(404);
  });

  it('sends the security headers on /healthz, /readyz and /metrics, refused or not', async () => {
    const responses = [
      await fetch(`${base}/healthz`),
      await fetch(`${base}/readyz`),
      await fetch(`${base}/metrics`),
      await concord().app.request('/metrics', {}, socketFrom('203.0.113.9')),
    ];
    for (const response of responses) {
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    }
  });
});
