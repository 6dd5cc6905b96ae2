/** The JSON API's skeleton: the OpenAPI document, the reference page and token authentication. */
import { beforeAll, expect, it } from 'vitest';
import { uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { createConfirmedPerson } from '../index.js';
import { createApiToken } from '../tokens/service.js';

type OpenApiDocument = {
  openapi: string;
  paths: Record<string, Record<string, { security?: unknown; responses: Record<string, unknown> }>>;
  components: {
    securitySchemes: Record<string, unknown>;
    schemas: Record<string, { properties: Record<string, unknown> }>;
  };
};

describeEachEngine('JSON API', (engine) => {
  const concord = useConcord(engine);
  const email = uniqueEmail('api');
  let token: string;
  let personId: string;

  beforeAll(async () => {
    const accounts = concord().accounts;
    personId = await createConfirmedPerson(accounts, {
      name: 'Rahul Menon',
      email,
      password: 'a long api password',
      locale: 'en',
    });
    token = await createApiToken(
      accounts,
      { id: personId, name: 'Rahul Menon', email, isAdmin: false, locale: 'en', sessionId: 'x' },
      'integration',
    );
  });

  const call = (authorization?: string) =>
    concord().app.request('/api/v1/me', {
      headers: authorization === undefined ? {} : { authorization },
    });

  it('describes itself as an OpenAPI 3.1 document with /v1/me and bearer security', async () => {
    const response = await concord().app.request('/api/openapi.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const document = (await response.json()) as OpenApiDocument;
    expect(document.openapi).toMatch(/^3\.1\./);
    const me = document.paths['/v1/me']?.get;
    expect(me).toBeDefined();
    expect(me!.security).toEqual([{ bearer: [] }]);
    expect(Object.keys(me!.responses).sort()).toEqual(['200', '401']);
    expect(document.components.securitySchemes.bearer).toEqual({ type: 'http', scheme: 'bearer' });
  });

  it('renders a reference page listing GET /api/v1/me', async () => {
    const response = await concord().app.request('/api');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<h1>API reference</h1>');
    expect(html).toContain('GET /api/v1/me');
    expect(html).toContain('The person the token belongs to');
    expect(html).toContain('href="/api/openapi.json"');
  });

  it('answers 401 in JSON without a token, with a malformed header, or an unknown token', async () => {
    for (const authorization of [
      undefined,
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      `Bearer ${token} extra`,
      `bearer${token}`,
      'Bearer cnc_not-a-real-token',
    ]) {
      const response = await call(authorization);
      expect({ authorization, status: response.status }).toEqual({ authorization, status: 401 });
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({
        error: { code: 'error.401', message: 'Please sign in to continue.' },
      });
    }
  });

  it('returns the token owner with the whitelisted fields only', async () => {
    const response = await call(`Bearer ${token}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toEqual({
      id: personId,
      name: 'Rahul Menon',
      email,
      emailVerified: true,
      isAdmin: false,
      locale: 'en',
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
    });
    // Exactly what the published schema promises: no password hash, sessions or tokens.
    const document = (await (
      await concord().app.request('/api/openapi.json')
    ).json()) as OpenApiDocument;
    expect(Object.keys(body).sort()).toEqual(
      Object.keys(document.components.schemas.Person!.properties).sort(),
    );
    expect(JSON.stringify(body)).not.toMatch(/argon2|password|token/i);
  });
});
