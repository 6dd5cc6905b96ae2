/**
 * Input without NUL characters. PostgreSQL refuses U+0000 in text (a write or a lookup holding
 * one fails), SQLite stores it, and nobody types one: it comes from broken clients and probes.
 * Rather than every schema refusing it, the one place where requests come in drops it, so both
 * engines see the same input: form fields and uploaded files' names lose it (a file's bytes are
 * left alone), as do the strings and keys of a JSON body; an address holding one names no page
 * (404), and a query holding one is refused (400).
 */
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './context.js';
import { notFound, PageError } from './errors.js';

const NUL = '\u0000';
/** How a NUL appears in an address: only percent-encoded, since a URL cannot carry the byte. */
const ADDRESS_NUL = /%00/i;
const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

const withoutNul = (text: string) => text.replaceAll(NUL, '');

function jsonWithoutNul(value: unknown): unknown {
  if (typeof value === 'string') return withoutNul(value);
  if (Array.isArray(value)) return value.map(jsonWithoutNul);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [withoutNul(key), jsonWithoutNul(v)]),
    );
  }
  return value;
}

/**
 * Every reader of the body (parseBody, json(), the API's validator) reads Hono's body cache,
 * so the cleaned body is put there; a body that cannot be parsed is left for its route to refuse.
 */
async function cleanBody(c: Context<AppEnv>) {
  const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
  const cache = c.req.bodyCache as { formData?: Promise<FormData>; text?: Promise<string> };
  if (type === 'application/x-www-form-urlencoded' || type === 'multipart/form-data') {
    let form: FormData;
    try {
      await c.req.parseBody();
      form = await cache.formData!;
    } catch {
      return;
    }
    const entries = [...form.entries()];
    const holdsNul = entries.some(
      ([name, value]) =>
        (typeof value === 'string' ? value : value.name).includes(NUL) || name.includes(NUL),
    );
    if (!holdsNul) return;
    const cleaned = new FormData();
    for (const [name, value] of entries) {
      if (typeof value === 'string') cleaned.append(withoutNul(name), withoutNul(value));
      else {
        const file = new File([value], withoutNul(value.name), { type: value.type });
        cleaned.append(withoutNul(name), file);
      }
    }
    cache.formData = Promise.resolve(cleaned);
  } else if (JSON_TYPE.test(type)) {
    let text: string;
    try {
      text = await c.req.text();
    } catch {
      return;
    }
    // A NUL can only be written \u0000 in JSON: a body without that text holds none.
    if (!text.includes('\\u0000')) return;
    try {
      cache.text = Promise.resolve(JSON.stringify(jsonWithoutNul(JSON.parse(text))));
    } catch {
      // Not JSON: the route answers 400 for it.
    }
  }
}

/**
 * Drops NUL from what a request submits and refuses an address holding one.
 *
 * @example app.use(bodyLimits(uploads)); app.use(stripNul());
 */
export function stripNul(): MiddlewareHandler<AppEnv> {
  return async function stripNul(c, next) {
    const url = c.req.url;
    if (ADDRESS_NUL.test(url)) {
      const query = url.indexOf('?');
      throw ADDRESS_NUL.test(query === -1 ? url : url.slice(0, query))
        ? notFound()
        : new PageError(400, 'error.400');
    }
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') await cleanBody(c);
    await next();
  };
}
