import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context.js';
import { noticeFrom, noticeKey } from './notices.js';

/** A throwaway app whose translation tags the key, so the test sees what was translated. */
function throwawayApp() {
  const app = new Hono<AppEnv>();
  app.use(async (c, next) => {
    c.set('t', (key) => `«${key}»`);
    await next();
  });
  app.get('/key', (c) => c.text(noticeKey(c, ['event.saved', 'event.created']) ?? '-'));
  app.get('/text', (c) => c.text(noticeFrom(c, ['event.saved']) ?? '-'));
  return app;
}

describe('notices', () => {
  const app = throwawayApp();
  const read = async (path: string) => (await app.request(path)).text();

  it('gives an allowed key as is, or translated', async () => {
    expect(await read('/key?notice=event.created')).toBe('event.created');
    expect(await read('/text?notice=event.saved')).toBe('«event.saved»');
  });

  it('shows nothing for a key the page does not allow, an empty one or none', async () => {
    expect(await read('/key?notice=account.deleted')).toBe('-');
    expect(await read('/text?notice=event.created')).toBe('-');
    expect(await read('/text?notice=')).toBe('-');
    expect(await read('/text')).toBe('-');
  });
});
