/** External events with one name recorded at the same moment. */
import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';

const RACERS = 10;

describeEachEngine('external event slugs under a race', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let organisers: Awaited<ReturnType<typeof organiserWithOrganization>>[];

  beforeAll(async () => {
    organisers = await Promise.all(
      [1, 2].map((n) => organiserWithOrganization(concord(), `Racing Union ${n}`)),
    );
  });

  it('gives ten same-named external events recorded at once ten slugs', async () => {
    for (const { client } of organisers) await client.get('/delegations/external/new');
    const statuses = await Promise.all(
      Array.from({ length: RACERS }, async (_, n) => {
        const { client } = organisers[n % organisers.length]!;
        const page = await client.post('/delegations/external', {
          name: 'WUF13, Baku',
          city: 'Baku',
          country: 'AZ',
          startsOn: '2026-05-17',
          endsOn: '2026-05-22',
          url: '',
        });
        return page.status;
      }),
    );
    expect(statuses).toEqual(Array(RACERS).fill(303));
    const rows = await db().selectFrom('external_events').select('slug').execute();
    expect(rows).toHaveLength(RACERS);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(RACERS);
  });
});
