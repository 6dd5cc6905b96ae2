/**
 * Brotli or gzip for responses that are whole in memory, as every page and JSON answer Concord
 * renders is: one zlib call on the finished body, sent as one buffer with its length.
 *
 * Brotli when the client names it (every current browser does), at quality 4: about the CPU
 * of gzip's default level for pages 5-10 % smaller (a 40 KB event form: 9.7 KB against 10.3),
 * which issue 12's 15 KB budget per page needs; higher qualities cost twice the CPU for a few
 * percent more. Gzip otherwise, and for `*`: an old client that sends `*` may not read brotli.
 *
 * Hono's compress() pipes each body through a CompressionStream instead; for pages of a few
 * kilobytes that web-stream pipeline, its fresh zlib state per response and the chunked
 * streaming write that follows cost more CPU than rendering the page, and kept zlib memory
 * alive until the next garbage collection (docs/performance.md). The rules are the same as
 * Hono's: compressible types only, 1 KB threshold, no HEAD/206, `no-transform` respected,
 * `Vary: Accept-Encoding` on every compressible response. A response that must stream
 * unbuffered sets `cache-control: no-transform` (or its own Content-Encoding) to pass through.
 */
import { promisify } from 'node:util';
import {
  type BrotliOptions,
  brotliCompress,
  brotliCompressSync,
  constants,
  gzip,
  gzipSync,
} from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

const THRESHOLD = 1024;
/** Larger bodies are compressed on the thread pool. */
const SYNC_LIMIT = 64 * 1024;
const gzipAsync = promisify(gzip);
const brotliAsync = promisify(brotliCompress);
const NO_TRANSFORM = /(?:^|,)\s*no-transform\s*(?:,|$)/i;
const VARIES_ON_ENCODING = /(?:^|,)\s*accept-encoding\s*(?:,|$)/i;

export type Encoding = 'br' | 'gzip' | 'identity';

/** What to send a client with this Accept-Encoding: brotli if named, else gzip, else as is. */
export function chooseEncoding(header: string | undefined): Encoding {
  if (!header) return 'identity';
  const accepts = parseAccept(header);
  const q = (type: string) => accepts.find((a) => a.type.toLowerCase() === type)?.q;
  if ((q('br') ?? 0) > 0) return 'br';
  return (q('gzip') ?? q('*') ?? 0) > 0 ? 'gzip' : 'identity';
}

/** The body in `encoding`; on the thread pool when large, so the event loop is not held up. */
async function encode(body: Uint8Array, encoding: 'br' | 'gzip') {
  const small = body.byteLength <= SYNC_LIMIT;
  if (encoding === 'gzip') return small ? gzipSync(body) : gzipAsync(body);
  const options: BrotliOptions = {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 4,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
    },
  };
  return small ? brotliCompressSync(body, options) : brotliAsync(body, options);
}

/** @example app.use(compress()) */
export function compress(): MiddlewareHandler {
  return async function compress(c, next) {
    await next();
    const res = c.res;
    const type = res.headers.get('content-type');
    if (
      c.req.method === 'HEAD' ||
      res.status === 206 ||
      !res.body ||
      !type ||
      !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) ||
      res.headers.has('content-encoding') ||
      res.headers.has('transfer-encoding') ||
      NO_TRANSFORM.test(res.headers.get('cache-control') ?? '')
    ) {
      return;
    }
    const vary = res.headers.get('vary');
    if (vary !== '*' && !(vary && VARIES_ON_ENCODING.test(vary))) {
      res.headers.set('vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
    }
    const length = res.headers.get('content-length');
    const encoding = chooseEncoding(c.req.header('accept-encoding'));
    if ((length && Number(length) < THRESHOLD) || encoding === 'identity') return;
    // Status and headers first: reading the body may turn the response into another object.
    const { status } = res;
    const headers = new Headers(res.headers);
    const body = new Uint8Array(await res.arrayBuffer());
    let sent: Uint8Array<ArrayBuffer> = body;
    if (body.byteLength >= THRESHOLD) {
      sent = (await encode(body, encoding)) as Uint8Array<ArrayBuffer>;
      headers.set('content-encoding', encoding);
      const etag = headers.get('etag');
      if (etag && !etag.startsWith('W/')) headers.set('etag', `W/${etag}`);
    }
    headers.set('content-length', String(sent.byteLength));
    // Cleared first so that Hono does not wrap the new response around the old one's headers.
    c.res = undefined;
    c.res = new Response(sent, { status, headers });
  };
}
