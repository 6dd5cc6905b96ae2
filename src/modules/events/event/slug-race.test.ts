/** Events with one title created at the same moment. */
import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { eventForm, organiserWithOrganization } from '../../../../test/fixtures/events.js';

const RACERS = 10;

describeEachEngine('event slugs under a race', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let organisers: Awaited<ReturnType<typeof organiserWithOrganization>>[];

  beforeAll(async () => {
    organisers = await Promise.all(
      [1, 2].map((n) => organiserWithOrganization(concord(), `Racing Union ${n}`)),
    );
    for (const { client } of organisers) await client.get('/events/new');
  });

  it('gives ten same-titled events created at once ten slugs', async () => {
    const statuses = await Promise.all(
      Array.from({ length: RACERS }, async (_, n) => {
        const { client, organization } = organisers[n % organisers.length]!;
        return (await client.post('/events', eventForm(organization.id))).status;
      }),
    );
    expect(statuses).toEqual(Array(RACERS).fill(303));
    const rows = await db().selectFrom('events').select('slug').execute();
    expect(rows).toHaveLength(RACERS);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(RACERS);
  });
});
