/**
 * Where a `next` parameter may send a browser after a form or a language switch: a path on this
 * site, never another site. Browsers parse a Location header leniently (tabs and line breaks
 * dropped, backslashes read as slashes, `/.//host` normalised to `//host`), so the value is
 * parsed the same way, by the WHATWG URL parser, and judged by where it would lead.
 */

/** Stands in for this site's origin: only what resolves against it and stays there is kept. */
const HERE = 'http://concord.invalid';
/** Longer than any page's path and query; a longer value is no link Concord wrote. */
const MAX_LENGTH = 2000;

/**
 * The same-origin path, query and fragment `value` leads to, as the URL parser writes them
 * (percent-encoded, so always a valid header), or undefined for anything else.
 *
 * @example c.redirect(safeNext(c.req.query('next')) ?? '/', 303)
 */
export function safeNext(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_LENGTH || !value.startsWith('/')) {
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value, HERE);
  } catch {
    return undefined;
  }
  if (url.origin !== HERE) return undefined;
  const path = url.pathname + url.search + url.hash;
  // A path that normalised to `//host` would be read by the browser as another site.
  return path.startsWith('//') ? undefined : path;
}
