/** Writing organisations is limited once per action, whether through the pages or the API. */
import { expect, it } from 'vitest';
import { signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { takeRateLimit } from '../../../platform/http/rate-limit.js';
import { ORGANIZATION_WRITE_LIMITS } from './rate-limits.js';

async function tokenOf(client: TestClient) {
  await client.get('/account');
  const page = await client.post('/account/tokens', { tokenName: 'script' });
  return /<code>(cnc_[^<]+)<\/code>/.exec(page.html)![1]!;
}

describeEachEngine('organisation write limits', (engine) => {
  const concord = useConcord(engine);
  const api = (path: string, method: string, token: string, body: unknown) =>
    concord().app.request(`/api${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
  const onPage = async (client: TestClient, path: string, fields: Record<string, string>) => {
    await client.get('/organizations/new');
    return client.post(path, fields);
  };

  it('counts creations on the pages and through the API against one limit', async () => {
    const { client } = await signedUpClient(concord());
    const token = await tokenOf(client);
    const { limit } = ORGANIZATION_WRITE_LIMITS.create;
    for (let i = 0; i < limit; i++) {
      const name = `Shared Limit ${engine} ${i}`;
      if (i % 2 === 0) {
        expect((await onPage(client, '/organizations', { name, country: 'AZ' })).status).toBe(303);
      } else {
        expect(
          (await api('/v1/organizations', 'POST', token, { name, country: 'AZ' })).status,
        ).toBe(201);
      }
    }
    const byApi = await api('/v1/organizations', 'POST', token, {
      name: 'One more',
      country: 'AZ',
    });
    expect(byApi.status).toBe(429);
    expect(Number(byApi.headers.get('retry-after'))).toBeGreaterThan(0);
    const byPage = await onPage(client, '/organizations', { name: 'One more', country: 'AZ' });
    expect(byPage.status).toBe(429);
    expect(Number(byPage.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(byPage.html).toContain('Too many attempts. Please wait');
  });

  it('counts updates on the pages and through the API against one limit', async () => {
    const { client } = await signedUpClient(concord());
    const token = await tokenOf(client);
    const created = await onPage(client, '/organizations', { name: 'Edited Often', country: 'AZ' });
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    const me = (await (await api('/v1/me', 'GET', token, undefined)).json()) as { id: string };
    const rule = ORGANIZATION_WRITE_LIMITS.update;
    // Earlier updates in this hour, all but two of the limit.
    for (let i = 0; i < rule.limit - 2; i++)
      await takeRateLimit(concord().deps.db.kysely, rule, [me.id]);
    const fields = { name: 'Edited Often', country: 'AZ', city: 'Gəncə' };
    expect((await onPage(client, `/organizations/${slug}`, fields)).status).toBe(303);
    expect((await api(`/v1/organizations/${slug}`, 'PATCH', token, { city: 'Şəki' })).status).toBe(
      200,
    );
    expect((await onPage(client, `/organizations/${slug}`, fields)).status).toBe(429);
    expect((await api(`/v1/organizations/${slug}`, 'PATCH', token, { city: 'Quba' })).status).toBe(
      429,
    );
  });
});
