import { beforeAll, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import { addRoom, addSession, sessionForm } from '../../../../test/fixtures/programme.js';

describeEachEngine('editing rooms', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let slug: string;
  let hallA: string;
  let hallB: string;
  const db = () => concord().deps.db.kysely;

  const room = (id: string) =>
    db().selectFrom('rooms').select(['name', 'capacity']).where('id', '=', id).executeTakeFirst();
  const edit = async (id: string, fields: Record<string, string>) => {
    await organiser.client.get(`/events/${slug}/programme/rooms/${id}/edit`);
    return organiser.client.post(`/events/${slug}/programme/rooms/${id}`, fields);
  };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Gənclər Şəbəkəsi');
    await organiser.client.get('/events/new');
    const created = await organiser.client.post('/events', eventForm(organiser.organization.id));
    slug = slugFrom(created.location);
    hallA = await addRoom(concord(), organiser.client, slug, 'Hall A', '300');
    hallB = await addRoom(concord(), organiser.client, slug, 'Hall B', '80');
    // Two sessions in Hall B promise seats: 60 and 40.
    for (const [titleEn, startsAt, endsAt, capacity] of [
      ['Grant writing', '2027-10-20T10:00', '2027-10-20T11:00', '60'],
      ['Data clinic', '2027-10-20T12:00', '2027-10-20T13:00', '40'],
    ] as const) {
      await addSession(concord(), organiser.client, slug, {
        titleEn,
        startsAt,
        endsAt,
        capacity,
        room: hallB,
      });
    }
  });

  it('links each room to its edit form, labelled, with the room as it is', async () => {
    const rooms = await organiser.client.get(`/events/${slug}/programme/rooms`);
    expect(rooms.html).toContain(
      `<a href="/events/${slug}/programme/rooms/${hallB}/edit" aria-label="Edit room Hall B">Edit</a>`,
    );
    const page = await organiser.client.get(`/events/${slug}/programme/rooms/${hallB}/edit`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<h1>Edit room: Hall B</h1>');
    expect(page.html).toContain('<label for="field-name">Room name</label>');
    expect(page.html).toContain('<label for="field-capacity">Seats (optional)</label>');
    expect(page.html).toMatch(/<input id="field-name" name="name" type="text" value="Hall B"/);
    expect(page.html).toMatch(
      /<input id="field-capacity" name="capacity" type="number" value="80"/,
    );
  });

  it('renames a room and changes its seats, audited', async () => {
    const page = await edit(hallB, { name: 'Hall B (upstairs)', capacity: '60' });
    expect(page.status, page.html.slice(0, 3000)).toBe(303);
    expect(page.location).toBe(`/events/${slug}/programme/rooms`);
    expect(await room(hallB)).toEqual({ name: 'Hall B (upstairs)', capacity: 60 });
    const audit = await db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', 'event.room.update')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(audit.details)).toEqual({
      room: hallB,
      from: { name: 'Hall B', names: {}, capacity: 80 },
      to: { name: 'Hall B (upstairs)', names: {}, capacity: 60 },
    });
  });

  it('refuses fewer seats than a session in the room offers, naming the largest', async () => {
    const one = await edit(hallB, { name: 'Hall B (upstairs)', capacity: '50' });
    expect(one.status).toBe(422);
    expect(one.html).toContain(
      '<a href="#field-capacity">“Grant writing” offers 60 seats in this room; lower its seats first</a>',
    );
    const two = await edit(hallB, { name: 'Renamed meanwhile', capacity: '30' });
    expect(two.status).toBe(422);
    expect(two.html).toContain(
      '<p class="field-error" id="field-capacity-error">2 sessions offer more seats than that, “Grant writing” 60; lower their seats first</p>',
    );
    // What was typed comes back; nothing was saved.
    expect(two.html).toMatch(/value="Renamed meanwhile"/);
    expect(await room(hallB)).toEqual({ name: 'Hall B (upstairs)', capacity: 60 });
  });

  it('caps the sessions’ seats by the room’s new seats', async () => {
    const page = await organiser.client.post(
      `/events/${slug}/programme/sessions`,
      sessionForm({
        titleEn: 'Too big now',
        startsAt: '2027-10-20T15:00',
        endsAt: '2027-10-20T16:00',
        room: hallB,
        capacity: '70',
      }),
    );
    expect(page.status).toBe(422);
    expect(page.html).toContain('The room has 60 seats; offer no more than that');
  });

  it('of fewer room seats and more session seats saved at once, never keeps both', async () => {
    const clinic = await db()
      .selectFrom('event_sessions')
      .select('id')
      .where('title', '=', JSON.stringify({ en: 'Data clinic' }))
      .executeTakeFirstOrThrow();
    for (const round of [1, 2, 3]) {
      await db().updateTable('rooms').set({ capacity: 60 }).where('id', '=', hallB).execute();
      await organiser.client.get(`/events/${slug}/programme/rooms/${hallB}/edit`);
      const [roomPage, sessionPage] = await Promise.all([
        organiser.client.post(`/events/${slug}/programme/rooms/${hallB}`, {
          name: 'Hall B (upstairs)',
          capacity: '50',
        }),
        organiser.client.post(
          `/events/${slug}/programme/sessions/${clinic.id}`,
          sessionForm({
            titleEn: 'Data clinic',
            startsAt: '2027-10-20T12:00',
            endsAt: '2027-10-20T13:00',
            room: hallB,
            capacity: String(50 + round),
          }),
        ),
      ]);
      expect([roomPage.status, sessionPage.status].sort()).toEqual([303, 422]);
      const session = await db()
        .selectFrom('event_sessions')
        .select('capacity')
        .where('id', '=', clinic.id)
        .executeTakeFirstOrThrow();
      const seats = (await room(hallB))!.capacity!;
      expect(session.capacity!).toBeLessThanOrEqual(seats);
      // Back to where the other tests expect the room and its sessions.
      await db()
        .updateTable('event_sessions')
        .set({ capacity: 40 })
        .where('id', '=', clinic.id)
        .execute();
      await db().updateTable('rooms').set({ capacity: 60 }).where('id', '=', hallB).execute();
    }
  });

  it('takes away the seat limit when the seats are left empty', async () => {
    const page = await edit(hallA, { name: 'Hall A', capacity: '' });
    expect(page.status).toBe(303);
    expect(await room(hallA)).toEqual({ name: 'Hall A', capacity: null });
  });

  it('refuses a name another room has, an empty name and zero seats, at the field', async () => {
    const taken = await edit(hallA, { name: 'hall b (UPSTAIRS)', capacity: '' });
    expect(taken.status).toBe(422);
    expect(taken.html).toContain(
      '<a href="#field-name">The venue already has a room of that name</a>',
    );
    const empty = await edit(hallA, { name: ' ', capacity: '0' });
    expect(empty.status).toBe(422);
    expect(empty.html).toContain('<a href="#field-name">Give the room a name</a>');
    expect(empty.html).toContain(
      '<a href="#field-capacity">Enter a whole number of seats, at least 1</a>',
    );
    expect(await room(hallA)).toEqual({ name: 'Hall A', capacity: null });
  });

  it('lets only the event’s organisers edit its rooms, and only rooms of its venue', async () => {
    const other = await organiserWithOrganization(concord(), 'Sahel Water Alliance');
    await other.client.get('/events/new');
    const theirs = slugFrom(
      (await other.client.post('/events', eventForm(other.organization.id))).location,
    );
    const theirRoom = await addRoom(concord(), other.client, theirs, 'Their hall', '10');
    // Another event's room is no room of this event.
    expect(
      (await organiser.client.get(`/events/${slug}/programme/rooms/${theirRoom}/edit`)).status,
    ).toBe(404);
    expect(
      (
        await organiser.client.post(`/events/${slug}/programme/rooms/${theirRoom}`, {
          name: 'Taken over',
        })
      ).status,
    ).toBe(404);
    // Outsiders: a draft stays unknown; a visitor is asked to sign in.
    const { client: member } = await signedUpClient(concord());
    await member.get('/');
    expect((await member.get(`/events/${theirs}/programme/rooms/${theirRoom}/edit`)).status).toBe(
      404,
    );
    await other.client.get(`/events/${theirs}`);
    expect((await other.client.post(`/events/${theirs}/publish`, {})).status).toBe(303);
    expect((await member.get(`/events/${theirs}/programme/rooms/${theirRoom}/edit`)).status).toBe(
      403,
    );
    expect(
      (await member.post(`/events/${theirs}/programme/rooms/${theirRoom}`, { name: 'Mine' }))
        .status,
    ).toBe(403);
    const visitor = concord().client();
    expect((await visitor.get(`/events/${theirs}/programme/rooms/${theirRoom}/edit`)).status).toBe(
      401,
    );
    expect(await room(theirRoom)).toEqual({ name: 'Their hall', capacity: 10 });
  });
});
