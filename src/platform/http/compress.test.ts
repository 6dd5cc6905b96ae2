import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { setCookie } from 'hono/cookie';
import { describe, expect, it } from 'vitest';
import { compress } from './compress.js';

const page = `<!doctype html><p>${'Concord connects networks of NGOs. '.repeat(100)}</p>`;
const bigText = 'x'.repeat(200 * 1024);

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
  .get('/big', (c) => c.text(bigText))
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
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(bigText);
  });

  it('sends brotli when the client names it, smaller than gzip, large bodies too', async () => {
    for (const encoding of ['gzip, deflate, br, zstd', 'br', 'gzip;q=0, br;q=0.5']) {
      const res = await get('/page', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe('br');
      expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
      const body = Buffer.from(await res.arrayBuffer());
      expect(Number(res.headers.get('content-length'))).toBe(body.length);
      expect(brotliDecompressSync(body).toString()).toBe(page);
    }
    const gzipped = await (await get('/page')).arrayBuffer();
    const brotli = await (
      await get('/page', { headers: { 'accept-encoding': 'br' } })
    ).arrayBuffer();
    expect(brotli.byteLength).toBeLessThan(gzipped.byteLength);
    const big = await get('/big', { headers: { 'accept-encoding': 'br' } });
    expect(brotliDecompressSync(Buffer.from(await big.arrayBuffer())).toString()).toBe(bigText);
  });

  it('sends gzip when brotli is refused or only `*` is accepted', async () => {
    for (const encoding of ['gzip, br;q=0', '*']) {
      const res = await get('/page', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(page);
    }
  });

  it('sends identity when no compression is accepted, and says it varies', async () => {
    for (const encoding of ['', 'deflate', 'gzip;q=0', 'identity']) {
      const res = await get('/page', { headers: { 'accept-encoding': encoding } });
      expect(res.headers.get('content-encoding')).toBeNull();
      expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding');
      expect(await res.text()).toBe(page);
    }
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
