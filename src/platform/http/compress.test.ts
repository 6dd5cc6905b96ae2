import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { describe, expect, it } from 'vitest';
import { compress } from './compress.js';

const page = `<!doctype html><p>${'Concord connects networks of NGOs. '.repeat(100)}</p>`;
const big = 'x'.repeat(200 * 1024);

const app = new Hono()
  .use(compress())
  .use(async (c, next) => {
    await next();
    c.header('x-after', 'kept');
  })
  .get('/page', (c) => {
    setCookie(c, 'a', '1');
    setCookie(c, 'b', '2');
    c.header('vary', 'Cookie');
    return c.html(page, 201);
  })
  .get('/small', (c) => c.text('short'))
  .get('/big', (c) => c.text(big))
  .get('/image', (c) => c.body(new Uint8Array(4096), 200, { 'content-type': 'image/png' }))
  .get('/raw', (c) => c.body(page, 200, { 'cache-control': 'no-transform' }));

const get = (path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { 'accept-encoding': 'gzip', ...init.headers } });

describe('compress', () => {
  it('gzips a page when the client accepts gzip, keeping status, headers and cookies', async () => {
    const res = await get('/page');
    expect(res.status).toBe(201);
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
    expect(res.headers.get('x-after')).toBe('kept');
    expect(res.headers.getSetCookie()).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    const body = Buffer.from(await res.arrayBuffer());
    expect(Number(res.headers.get('content-length'))).toBe(body.length);
    expect(body.length).toBeLessThan(page.length / 4);
    expect(gunzipSync(body).toString()).toBe(page);
  });

  it('compresses large bodies off the event loop, with the same result', async () => {
    const res = await get('/big');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(big);
  });

  it('sends identity when gzip is not accepted, and says it varies', async () => {
    for (const encoding of ['', 'br', 'gzip;q=0', 'identity']) {
      const res = await get('/page', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
      expect(await res.text()).toBe(page);
    }
    const wildcard = await get('/page', { headers: { 'accept-encoding': '*' } });
    expect(wildcard.headers.get('content-encoding')).toBe('gzip');
  });

  it('leaves small, binary, HEAD and no-transform responses alone', async () => {
    const small = await get('/small');
    expect(small.headers.get('content-encoding')).toBeNull();
    expect(await small.text()).toBe('short');
    expect((await get('/image')).headers.get('content-encoding')).toBeNull();
    expect((await get('/raw')).headers.get('content-encoding')).toBeNull();
    expect(await (await get('/raw')).text()).toBe(page);
    const head = await get('/page', { method: 'HEAD' });
    expect(head.headers.get('content-encoding')).toBeNull();
  });
});
