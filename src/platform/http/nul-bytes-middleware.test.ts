/** The NUL middleware on a throwaway app: what each reader of the body sees after it. */
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import type { AppEnv } from './context.js';
import { describeError } from './errors.js';
import { stripNul } from './nul-bytes.js';

function throwawayApp() {
  const app = new Hono<AppEnv>();
  app.use(stripNul());
  app.post('/form', async (c) => {
    const body = await c.req.parseBody({ all: true });
    const file = body.file instanceof File ? body.file : undefined;
    return c.json({
      name: body.name,
      file: file && { name: file.name, bytes: [...new Uint8Array(await file.arrayBuffer())] },
    });
  });
  app.post('/json', async (c) => {
    try {
      return c.json(await c.req.json());
    } catch {
      return c.text('not JSON', 400);
    }
  });
  app.get('/:slug', (c) => c.text(c.req.param('slug')));
  app.onError((error, c) => c.text(describeError(error).key, describeError(error).status));
  return app;
}

describe('stripNul', () => {
  const app = throwawayApp();

  it('drops NUL from fields and file names, and keeps a file’s bytes as they are', async () => {
    const form = new FormData();
    form.set('name', 'Ağ\u0000dam');
    form.set('file', new File([new Uint8Array([0, 1, 0, 2])], 'logo\u0000.png'));
    const response = await app.request('/form', { method: 'POST', body: form });
    expect(await response.json()).toEqual({
      name: 'Ağdam',
      file: { name: 'logo.png', bytes: [0, 1, 0, 2] },
    });
    const encoded = await app.request('/form', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'name=Ba%00ku',
    });
    expect(await encoded.json()).toEqual({ name: 'Baku' });
  });

  it('drops NUL from the strings and keys of a JSON body, however deep', async () => {
    const response = await app.request('/json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        'na\u0000me': 'Şə\u0000ki',
        tags: ['a\u0000', 1, null],
        nested: { x: '\u0000' },
      }),
    });
    expect(await response.json()).toEqual({
      name: 'Şəki',
      tags: ['a', 1, null],
      nested: { x: '' },
    });
  });

  it('leaves a body that is not JSON for its route to refuse', async () => {
    const response = await app.request('/json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"name": "\\u0000',
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('not JSON');
  });

  it('answers 404 for NUL in the path and 400 for NUL in the query', async () => {
    expect((await app.request('/a%00b')).status).toBe(404);
    expect((await app.request('/ab?q=%00')).status).toBe(400);
    expect(await (await app.request('/ab?q=100%25')).text()).toBe('ab');
  });
});
