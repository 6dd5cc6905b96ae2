import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import {
  lastMailTo,
  publishedEvent,
  register,
  registrant,
  registrationOf,
} from '../../../../test/fixtures/registration.js';
import { newId, nowIso } from '../../../platform/db/ids.js';

describeEachEngine('session seats', (engine) => {
  const concord = useConcord(engine);
  let event: { slug: string; id: string };
  let sessionId: string;

  beforeAll(async () => {
    const organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    event = await publishedEvent(concord(), organiser, { capacity: '3' });
    sessionId = newId();
    const now = nowIso();
    // The programme's own pages make sessions; here one workshop room for one person.
    await concord()
      .deps.db.kysely.insertInto('event_sessions')
      .values({
        id: sessionId,
        event_id: event.id,
        kind: 'workshop',
        title: JSON.stringify({ en: 'Writing grant proposals' }),
        description: '{}',
        starts_at: '2027-10-20T07:00:00.000Z',
        ends_at: '2027-10-20T08:30:00.000Z',
        room_id: null,
        track: null,
        track_translations: '{}',
        capacity: 1,
        confirmed_count: 0,
        waitlisted_count: 0,
        created_at: now,
        updated_at: now,
      })
      .execute();
  });

  const session = () =>
    concord()
      .deps.db.kysely.selectFrom('event_sessions')
      .select(['confirmed_count', 'waitlisted_count'])
      .where('id', '=', sessionId)
      .executeTakeFirstOrThrow();
  const placeOf = async (personId: string) => {
    const registration = await registrationOf(concord(), event.id, personId);
    return (
      await concord()
        .deps.db.kysely.selectFrom('session_registrations')
        .select('status')
        .where('session_id', '=', sessionId)
        .where('registration_id', '=', registration!.id)
        .executeTakeFirst()
    )?.status;
  };
  const take = async (client: Awaited<ReturnType<typeof registrant>>['client'], leave = false) => {
    await client.get(`/events/${event.slug}/registration`);
    return client.post(
      `/events/${event.slug}/registration/sessions/${sessionId}${leave ? '/leave' : ''}`,
      {},
    );
  };

  it('seats one, queues the next, and moves the queue up when a seat is given up or the event cancelled', async () => {
    const [a, b, c] = [
      await registrant(concord(), 'Rəna'),
      await registrant(concord(), 'Səbinə'),
      await registrant(concord(), 'Tural'),
    ];
    const outsider = await registrant(concord(), 'Outsider');
    for (const p of [a, b, c]) await register(p!.client, event.slug);

    const page = await a!.client.get(`/events/${event.slug}/registration`);
    expect(page.html).toContain('Writing grant proposals');
    expect(page.html).toContain('1 seat left.');

    expect((await take(a!.client)).status).toBe(303);
    expect((await take(b!.client)).status).toBe(303);
    expect((await take(c!.client)).status).toBe(303);
    expect([await placeOf(a!.id), await placeOf(b!.id), await placeOf(c!.id)]).toEqual([
      'confirmed',
      'waitlisted',
      'waitlisted',
    ]);
    expect(await session()).toEqual({ confirmed_count: 1, waitlisted_count: 2 });

    const refused = await take(outsider.client);
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('Only people with a confirmed seat at the event');

    // Rəna gives up her place: Səbinə, who waited longest, gets it and a mail.
    expect((await take(a!.client, true)).status).toBe(303);
    expect([await placeOf(a!.id), await placeOf(b!.id), await placeOf(c!.id)]).toEqual([
      'cancelled',
      'confirmed',
      'waitlisted',
    ]);
    expect((await lastMailTo(concord(), b!.email))?.subject).toBe(
      'A seat is yours: Writing grant proposals',
    );

    // Səbinə cancels her whole registration: her session seat goes to Tural.
    await b!.client.get(`/events/${event.slug}/registration`);
    await b!.client.post(`/events/${event.slug}/registration/cancel`, { confirm: 'yes' });
    expect([await placeOf(b!.id), await placeOf(c!.id)]).toEqual(['cancelled', 'confirmed']);
    expect(await session()).toEqual({ confirmed_count: 1, waitlisted_count: 0 });
  });
});
