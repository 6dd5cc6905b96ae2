import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { publishedEvent, registrant, seats } from '../../../../test/fixtures/registration.js';

const CAPACITY = 5;

describeEachEngine('registration under concurrency', (engine) => {
  const concord = useConcord(engine);
  let event: { slug: string; id: string };
  let people: Awaited<ReturnType<typeof registrant>>[];

  const rows = () =>
    concord()
      .deps.db.kysely.selectFrom('event_registrations')
      .select(['person_id', 'status', 'queued_at', 'id'])
      .where('event_id', '=', event.id)
      .orderBy('queued_at')
      .orderBy('id')
      .execute();

  beforeAll(async () => {
    const organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    event = await publishedEvent(concord(), organiser, { capacity: String(CAPACITY) });
    people = [];
    for (let i = 0; i < CAPACITY * 3 + 3; i++) people.push(await registrant(concord(), `P${i}`));
    // Each client holds a CSRF token from a page of the event, as a browser would.
    await Promise.all(people.map((p) => p.client.get(`/events/${event.slug}`)));
  });

  it(`gives exactly ${CAPACITY} seats to ${CAPACITY * 3} simultaneous registrants`, async () => {
    const pages = await Promise.all(
      people.slice(0, CAPACITY * 3).map((p) => p.client.post(`/events/${event.slug}/register`, {})),
    );
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 303));
    const all = await rows();
    expect(all.filter((r) => r.status === 'confirmed')).toHaveLength(CAPACITY);
    expect(all.filter((r) => r.status === 'waitlisted')).toHaveLength(CAPACITY * 2);
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
    expect(counted.counters.confirmed).toBe(CAPACITY);
  });

  it('keeps the count and promotes in queue order while cancellations and registrations race', async () => {
    const before = await rows();
    const confirmed = before.filter((r) => r.status === 'confirmed').map((r) => r.person_id);
    const queue = before.filter((r) => r.status === 'waitlisted').map((r) => r.person_id);
    const leaving = confirmed.slice(0, 3);
    const byId = new Map(people.map((p) => [p.id, p]));
    const newcomers = people.slice(CAPACITY * 3);
    const pages = await Promise.all([
      ...leaving.map((id) =>
        byId.get(id)!.client.post(`/events/${event.slug}/registration/cancel`, { confirm: 'yes' }),
      ),
      ...newcomers.map((p) => p.client.post(`/events/${event.slug}/register`, {})),
    ]);
    expect(pages.map((p) => p.status)).toEqual(pages.map(() => 303));
    const after = await rows();
    const status = new Map(after.map((r) => [r.person_id, r.status]));
    // The three who waited longest moved up; everyone else still waits, newcomers behind them.
    expect(queue.slice(0, 3).map((id) => status.get(id))).toEqual([
      'confirmed',
      'confirmed',
      'confirmed',
    ]);
    expect(queue.slice(3).every((id) => status.get(id) === 'waitlisted')).toBe(true);
    expect(newcomers.every((p) => status.get(p.id) === 'waitlisted')).toBe(true);
    expect(leaving.every((id) => status.get(id) === 'cancelled')).toBe(true);
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
    expect(counted.counters.confirmed).toBe(CAPACITY);
    expect(counted.counters.waitlisted).toBe(CAPACITY * 2 - 3 + newcomers.length);
  });
});
