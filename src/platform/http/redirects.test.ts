/**
 * Where `next` may send a browser: this site only, however the value is dressed up. Every route
 * that reads `next` is tried with the same values in test/app-redirects.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { HOSTILE, staysOnSite } from '../../../test/fixtures/redirects.js';
import { safeNext } from './redirects.js';

describe('safeNext', () => {
  it.each(HOSTILE)('keeps %j on this site', (value) => {
    const kept = safeNext(value);
    expect(staysOnSite(kept)).toBe(true);
    // Only a path of this site is kept, never the text another site could be read from.
    if (kept !== undefined) expect(kept).not.toMatch(/^\/+evil/);
  });

  it('refuses what a browser would follow elsewhere, and reads tabs and line breaks as it does', () => {
    expect(safeNext('/\t/evil.example')).toBeUndefined();
    expect(safeNext('/\\evil.example')).toBeUndefined();
    expect(safeNext('/.//evil.example')).toBeUndefined();
    expect(safeNext('/\r\nSet-Cookie: taken=1')).toBe('/Set-Cookie:%20taken=1');
    expect(safeNext('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
  });

  it('keeps a path on this site with its query and fragment', () => {
    expect(safeNext('/events/forum-2027/registration?x=1#seats')).toBe(
      '/events/forum-2027/registration?x=1#seats',
    );
    expect(safeNext('/organizations/%C9%99li')).toBe('/organizations/%C9%99li');
  });

  it('encodes what a header may not carry', () => {
    expect(safeNext('/Xankəndi?q=ə')).toBe('/Xank%C9%99ndi?q=%C9%99');
  });

  it('refuses what is not a text or too long', () => {
    expect(safeNext(undefined)).toBeUndefined();
    expect(safeNext(['/a'])).toBeUndefined();
    expect(safeNext(`/${'a'.repeat(3000)}`)).toBeUndefined();
  });
});
