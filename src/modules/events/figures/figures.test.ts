import { beforeAll, expect, it } from 'vitest';
import type { TestClient } from '../../../../test/app.js';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import {
  insertTestRegistration,
  markTestAttended,
  testOrganization,
  testPerson,
} from '../../../../test/fixtures/figures.js';
import type { RegistrationStatus } from '../tables.js';

describeEachEngine('participation figures', (engine) => {
  const concord = useConcord(engine, { GLOBAL_SOUTH: 'unctad-developing' });
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let slug: string;
  let eventId: string;
  const registrations: Record<string, string> = {};

  async function createEvent(client: TestClient, orgId: string, publish: boolean) {
    await client.get('/events/new');
    const page = await client.post('/events', eventForm(orgId, { capacity: '' }));
    const created = slugFrom(page.location);
    if (publish) {
      await client.get(`/events/${created}`);
      expect((await client.post(`/events/${created}/publish`, {})).status).toBe(303);
    }
    return created;
  }
  const json = async (path: string, client = concord().client()) => {
    const page = await client.get(path);
    expect(page.status).toBe(200);
    return JSON.parse(page.html);
  };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Forum Secretariat');
    slug = await createEvent(organiser.client, organiser.organization.id, true);
    eventId = (
      await concord()
        .deps.db.kysely.selectFrom('events')
        .select('id')
        .where('slug', '=', slug)
        .executeTakeFirstOrThrow()
    ).id;
    const owner = organiser.actor;
    const orgs = {
      A: await testOrganization(concord(), owner, 'Qarabağ Dirçəliş Birliyi', 'AZ', 22),
      B: await testOrganization(concord(), owner, 'Nairobi Water Forum', 'KE', 22),
      C: await testOrganization(concord(), owner, 'Berlin Urban Lab', 'DE', 21),
      D: await testOrganization(concord(), owner, 'Rede Favela Viva', 'BR', null),
    };
    // Counted: A×3, B×2, C×2, D×1 and two people for themselves. Not counted: the waiting
    // list, a cancellation and a pending approval.
    const plan: [string, keyof typeof orgs | null, RegistrationStatus][] = [
      ['p1', 'A', 'confirmed'],
      ['p2', 'A', 'confirmed'],
      ['p3', 'A', 'confirmed'],
      ['p4', 'B', 'confirmed'],
      ['p5', 'B', 'confirmed'],
      ['p6', 'C', 'confirmed'],
      ['p7', 'C', 'confirmed'],
      ['p8', 'D', 'confirmed'],
      ['p9', null, 'confirmed'],
      ['p10', null, 'confirmed'],
      ['p11', 'A', 'waitlisted'],
      ['p12', 'C', 'cancelled'],
      ['p13', 'B', 'pending'],
    ];
    for (const [name, org, status] of plan) {
      registrations[name] = await insertTestRegistration(concord(), {
        eventId,
        personId: await testPerson(concord(), name),
        organizationId: org ? orgs[org] : null,
        status,
      });
    }
  });

  it('counts confirmed registrations before check-in begins', async () => {
    const figures = await json(`/events/${slug}/figures.json?lang=en`);
    expect(figures).toMatchObject({
      basis: 'registrations',
      registered: 10,
      attended: 0,
      participants: 10,
      participantsWithOrganization: 8,
      participantsWithoutOrganization: 2,
      organizations: 4,
      countries: 4,
      globalSouth: { participants: 6, elsewhere: 2, share: 0.75 },
    });
    expect(figures.globalSouth.grouping.id).toBe('unctad-developing');
    const pick = (rows: { code: unknown; participants: number; organizations: number }[]) =>
      rows.map((r) => [r.code, r.participants, r.organizations]);
    expect(pick(figures.byRegion)).toEqual([
      ['142', 3, 1],
      ['002', 2, 1],
      ['150', 2, 1],
      ['019', 1, 1],
    ]);
    expect(figures.byRegion.map((r: { name: string }) => r.name)).toEqual([
      'Asia',
      'Africa',
      'Europe',
      'Americas',
    ]);
    expect(pick(figures.byOrganisationType)).toEqual([
      [22, 5, 2],
      [21, 2, 1],
      [null, 1, 1],
    ]);
    expect(pick(figures.byCountry)).toEqual([
      ['AZ', 3, 1],
      ['DE', 2, 1],
      ['KE', 2, 1],
      ['BR', 1, 1],
    ]);
  });

  it('shows the headline on the event page and the full figures with charts and tables', async () => {
    const client = concord().client();
    const event = await client.get(`/events/${slug}`);
    expect(event.html).toContain('10 participants from 4 organisations in 4 countries');
    expect(event.html).toContain(`href="/events/${slug}/figures"`);
    const page = await client.get(`/events/${slug}/figures`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('Counted from confirmed registrations');
    expect(page.html).toContain('2 participants represent no organisation');
    expect(page.html).toMatch(/<svg[^>]*role="img"/);
    expect(page.html).toContain('<caption>Participants by region</caption>');
    expect(page.html).toContain('75%');
    expect(page.html).not.toMatch(/style="/);
  });

  it('keeps counting registrations before the start, check-ins or not', async () => {
    // As a check-in months ahead left them before check-in had a window.
    await markTestAttended(concord(), registrations.p1!);
    await markTestAttended(concord(), registrations.p4!);
    await markTestAttended(concord(), registrations.p9!);
    const figures = await json(`/events/${slug}/figures.json?lang=en`);
    expect(figures).toMatchObject({
      basis: 'registrations',
      registered: 10,
      attended: 3,
      participants: 10,
      organizations: 4,
    });
    const event = await concord().client().get(`/events/${slug}`);
    expect(event.html).toContain('10 participants from 4 organisations in 4 countries');
    const page = await concord().client().get(`/events/${slug}/figures`);
    expect(page.html).toContain('Counted from confirmed registrations');
  });

  it('switches to attendance once the event has begun and anyone is checked in', async () => {
    await concord()
      .deps.db.kysely.updateTable('events')
      .set({ starts_at: new Date(Date.now() - 60_000).toISOString() })
      .where('id', '=', eventId)
      .execute();
    const figures = await json(`/events/${slug}/figures.json?lang=en`);
    expect(figures).toMatchObject({
      basis: 'attendance',
      registered: 10,
      attended: 3,
      participants: 3,
      participantsWithOrganization: 2,
      participantsWithoutOrganization: 1,
      organizations: 2,
      countries: 2,
      globalSouth: { participants: 2, elsewhere: 0, share: 1 },
    });
    expect(
      figures.byOrganisationType.map((r: { code: number; participants: number }) => [
        r.code,
        r.participants,
      ]),
    ).toEqual([[22, 2]]);
    const page = await concord().client().get(`/events/${slug}/figures`);
    expect(page.html).toContain('Counted from attendance');
    expect(page.html).toContain('3 participants from 2 organisations in 2 countries');
  });

  it('names places in the language asked for', async () => {
    const figures = await json(`/events/${slug}/figures.json?lang=ru`);
    expect(figures.language).toBe('ru');
    expect(figures.byCountry.map((r: { name: string }) => r.name)).toContain('Азербайджан');
  });

  it('keeps a draft’s figures to its organisers', async () => {
    const draft = await createEvent(organiser.client, organiser.organization.id, false);
    const visitor = concord().client();
    expect((await visitor.get(`/events/${draft}/figures`)).status).toBe(404);
    expect((await visitor.get(`/events/${draft}/figures.json`)).status).toBe(404);
    const other = await organiserWithOrganization(concord(), 'Unrelated Union');
    expect((await other.client.get(`/events/${draft}/figures`)).status).toBe(404);
    const empty = await json(`/events/${draft}/figures.json?lang=en`, organiser.client);
    expect(empty).toMatchObject({
      basis: 'registrations',
      participants: 0,
      organizations: 0,
      countries: 0,
      globalSouth: { share: null },
    });
    const page = await organiser.client.get(`/events/${draft}/figures`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('No participants yet.');
  });

  it('answers 404 for an unknown event', async () => {
    expect((await concord().client().get('/events/no-such-event/figures')).status).toBe(404);
  });
});
