/** Organisations with one name created at the same moment, through the form and the API. */
import { expect, it } from 'vitest';
import { signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import type { Actor } from '../../../platform/http/context.js';
import { createApiToken } from '../../accounts/index.js';

const PEOPLE = 5;
const EACH = 6;

describeEachEngine('organisation slugs under a race', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;

  async function creator() {
    const { client, email } = await signedUpClient(concord());
    const person = await db()
      .selectFrom('people')
      .select(['id', 'name'])
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    const actor: Actor = { ...person, email, isAdmin: false, locale: null, sessionId: 's' };
    await client.get('/organizations/new');
    return { client, token: await createApiToken(concord().accounts, actor, 'race') };
  }

  const overForm = async (client: TestClient) =>
    (await client.post('/organizations', { name: 'Sahel Water Alliance', country: 'ML' })).status;
  const overApi = async (token: string) =>
    (
      await concord().app.request('/api/v1/organizations', {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Sahel Water Alliance', country: 'ML' }),
      })
    ).status;

  it('gives thirty same-named organisations created at once thirty slugs', async () => {
    const creators = await Promise.all(Array.from({ length: PEOPLE }, creator));
    const statuses = await Promise.all(
      creators.flatMap(({ client, token }) =>
        Array.from({ length: EACH }, (_, n) => (n % 2 ? overApi(token) : overForm(client))),
      ),
    );
    expect(statuses.filter((s) => s !== 303 && s !== 201)).toEqual([]);
    const rows = await db()
      .selectFrom('organizations')
      .select('slug')
      .where('name', '=', 'Sahel Water Alliance')
      .execute();
    expect(rows).toHaveLength(PEOPLE * EACH);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(PEOPLE * EACH);
    expect(rows.map((r) => r.slug)).toContain('sahel-water-alliance');
  });
});
