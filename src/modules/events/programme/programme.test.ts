import { beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, type TestClient, uniqueEmail, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import {
  answerSpeakerInvitation,
  pdfText,
  sessionForm,
} from '../../../../test/fixtures/programme.js';

/** A text field of a PDF's Info dictionary (an indirect string object, as pdfkit writes it). */
function pdfInfo(pdf: string, key: string) {
  const ref = new RegExp(`/${key} (\\d+) 0 R`).exec(pdf)?.[1];
  const literal = new RegExp(`\\n${ref} 0 obj\\n\\(((?:\\\\.|[^\\\\)])*)\\)`).exec(pdf)?.[1];
  if (literal === undefined) return undefined;
  const bytes = Buffer.from(literal.replace(/\\(.)/gs, '$1'), 'latin1');
  if (bytes[0] !== 0xfe || bytes[1] !== 0xff) return bytes.toString('latin1');
  // UTF-16BE after the byte order mark.
  const swapped = Buffer.from(bytes.subarray(2));
  return swapped.swap16().toString('utf16le');
}

/** The articles of each parallel slot, as lists of session titles. */
const slots = (html: string) =>
  html
    .split('<div class="programme-slot')
    .slice(1)
    .map((chunk) => ({
      parallel: chunk.startsWith(' parallel'),
      titles: [...chunk.matchAll(/<h3 id="session-[^"]+" lang="[a-z]+">([^<]+)<\/h3>/g)].map(
        (m) => m[1],
      ),
    }));
const titles = (html: string) => slots(html).flatMap((s) => s.titles);

describeEachEngine('event programme', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let other: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let speaker: { email: string; client: TestClient };
  let slug: string;
  const rooms: Record<string, string> = {};

  const db = () => concord().deps.db.kysely;
  const sessionCount = async () =>
    Number(
      (
        await db()
          .selectFrom('event_sessions')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const audited = async (action: string) =>
    (await db().selectFrom('audit_log').select('id').where('action', '=', action).execute()).length;

  async function createEvent(client: TestClient, orgId: string, changes = {}) {
    await client.get('/events/new');
    const page = await client.post('/events', eventForm(orgId, changes));
    expect(page.status, page.html.slice(0, 1000)).toBe(303);
    return slugFrom(page.location);
  }
  async function addRoom(client: TestClient, eventSlug: string, name: string, capacity = '') {
    await client.get(`/events/${eventSlug}/programme/rooms`);
    return client.post(`/events/${eventSlug}/programme/rooms`, { name, capacity });
  }
  async function addSession(
    client: TestClient,
    eventSlug: string,
    changes: Record<string, string | string[]>,
  ) {
    await client.get(`/events/${eventSlug}/programme/sessions/new`);
    return client.post(`/events/${eventSlug}/programme/sessions`, sessionForm(changes));
  }
  const roomId = async (name: string) =>
    (
      await db()
        .selectFrom('rooms')
        .select('id')
        .where('name', '=', name)
        .orderBy('created_at', 'desc')
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Gənclər Şəbəkəsi');
    other = await organiserWithOrganization(concord(), 'Sahel Water Alliance');
    speaker = await signedUpClient(concord(), {
      name: 'Ləman Əliyeva',
      email: uniqueEmail('speaker'),
    });
    // Two days in Baku: 20 October 10:00 to 21 October 18:00.
    slug = await createEvent(organiser.client, organiser.organization.id, {
      endsAt: '2027-10-21T18:00',
    });
    for (const [name, seats] of [
      ['Hall A', '300'],
      ['Hall B', '80'],
      ['Hall C', ''],
    ] as const) {
      expect((await addRoom(organiser.client, slug, name, seats)).status).toBe(303);
      rooms[name] = await roomId(name);
    }
  });

  describe('rooms', () => {
    it('lists the rooms of the venue with their seats', async () => {
      const page = await organiser.client.get(`/events/${slug}/programme/rooms`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Rooms at Xankəndi Konqres Mərkəzi.');
      expect(page.html).toMatch(/<th scope="row">Hall A<\/th><td>300<\/td>/);
      expect(page.html).toMatch(/<th scope="row">Hall C<\/th><td>—<\/td>/);
    });

    it('refuses a second room of the same name at the field', async () => {
      const page = await addRoom(organiser.client, slug, 'hall a');
      expect(page.status).toBe(422);
      expect(page.html).toContain(
        '<a href="#field-name">The venue already has a room of that name</a>',
      );
    });

    it('refuses a room without a name or with zero seats', async () => {
      const page = await addRoom(organiser.client, slug, '', '0');
      expect(page.status).toBe(422);
      expect(page.html).toContain('<a href="#field-name">Give the room a name</a>');
      expect(page.html).toContain(
        '<a href="#field-capacity">Enter a whole number of seats, at least 1</a>',
      );
    });

    it('asks an online-only event for a venue first', async () => {
      const online = await createEvent(organiser.client, organiser.organization.id, {
        titleEn: 'Online webinar',
        titleAz: '',
        venueName: '',
        venueAddress: '',
        venueCity: '',
        venueCountry: '',
        onlineUrl: 'https://meet.example.org/w',
      });
      const page = await addRoom(organiser.client, online, 'Main');
      expect(page.status).toBe(422);
      expect(page.html).toContain('The event has no venue');
    });
  });

  describe('conflicts', () => {
    beforeAll(async () => {
      const page = await addSession(organiser.client, slug, {
        kind: 'plenary',
        titleEn: 'Opening plenary',
        titleAz: 'Açılış plenar iclası',
        startsAt: '2027-10-20T10:00',
        endsAt: '2027-10-20T11:30',
        room: rooms['Hall A']!,
        track: 'Main',
        tags: 'Water, youth',
        sdgs: ['6', '16'],
        moderator: 'Leyla Məmmədova, Green Baku',
        speakers: `${speaker.email}, Gənclər Şəbəkəsi\nJohn Guest, UNDP`,
      });
      expect(page.status, page.html.slice(0, 3000)).toBe(303);
      await answerSpeakerInvitation(concord(), speaker.client, speaker.email);
    });

    it('records the new session in the audit log', async () => {
      expect(await audited('event.session.create')).toBeGreaterThanOrEqual(1);
    });

    it('refuses a second session in the room at an overlapping time and names the first', async () => {
      const before = await sessionCount();
      const page = await addSession(organiser.client, slug, {
        titleEn: 'Clashing panel',
        startsAt: '2027-10-20T11:00',
        endsAt: '2027-10-20T12:00',
        room: rooms['Hall A']!,
      });
      expect(page.status).toBe(422);
      expect(page.html).toMatch(
        /<a href="#field-room">Hall A is taken at that time by “Opening plenary” \([^)]+\)<\/a>/,
      );
      expect(page.html).toContain('<p class="field-error" id="field-room-error">Hall A is taken');
      expect(await sessionCount()).toBe(before);
    });

    it('accepts a session in the same room right after the first', async () => {
      const page = await addSession(organiser.client, slug, {
        titleEn: 'Right after',
        startsAt: '2027-10-20T11:30',
        endsAt: '2027-10-20T12:00',
        room: rooms['Hall A']!,
      });
      expect(page.status, page.html.slice(0, 3000)).toBe(303);
    });

    it.each([
      ['before the event starts', '2027-10-20T09:00', '2027-10-20T10:30', 'startsAt'],
      ['after the event ends', '2027-10-21T17:00', '2027-10-21T19:00', 'endsAt'],
      ['on a day after the event', '2027-10-22T10:00', '2027-10-22T11:00', 'startsAt'],
    ])('refuses a session %s', async (_name, startsAt, endsAt, field) => {
      const before = await sessionCount();
      const page = await addSession(organiser.client, slug, {
        titleEn: 'Outside',
        startsAt,
        endsAt,
      });
      expect(page.status).toBe(422);
      expect(page.html).toMatch(
        new RegExp(`<a href="#field-${field}">The session must fall within the event \\(`),
      );
      expect(await sessionCount()).toBe(before);
    });

    it('refuses a session that ends before it starts', async () => {
      const before = await sessionCount();
      const page = await addSession(organiser.client, slug, {
        titleEn: 'Backwards',
        startsAt: '2027-10-20T15:00',
        endsAt: '2027-10-20T14:00',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain(
        '<a href="#field-endsAt">The session must end after it starts</a>',
      );
      expect(await sessionCount()).toBe(before);
    });

    it('refuses more session seats than the room has', async () => {
      const page = await addSession(organiser.client, slug, {
        titleEn: 'Crowded',
        startsAt: '2027-10-20T15:00',
        endsAt: '2027-10-20T16:00',
        room: rooms['Hall B']!,
        capacity: '100',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain(
        '<a href="#field-capacity">The room has 80 seats; offer no more than that</a>',
      );
    });

    it('warns about a speaker in two places at once and saves when confirmed', async () => {
      const before = await sessionCount();
      const changes = {
        titleEn: 'Youth panel',
        startsAt: '2027-10-20T11:00',
        endsAt: '2027-10-20T12:00',
        room: rooms['Hall B']!,
        track: 'Youth',
        tags: 'youth',
        speakers: `${speaker.email}\nleyla məmmədova`,
      };
      const warned = await addSession(organiser.client, slug, changes);
      expect(warned.status).toBe(422);
      expect(warned.html).toContain('Speakers in two places at once');
      expect(warned.html).toContain('Leyla Məmmədova is also in “Opening plenary”');
      // Only invited here, not yet accepted: the address names nobody, not even in a warning.
      expect(warned.html).not.toContain('Ləman Əliyeva');
      expect(warned.html).toContain('name="confirmOverlap" value="1"');
      expect(await sessionCount()).toBe(before);

      const saved = await organiser.client.post(
        `/events/${slug}/programme/sessions`,
        sessionForm({ ...changes, confirmOverlap: '1' }),
      );
      expect(saved.status, saved.html.slice(0, 3000)).toBe(303);
      expect(await sessionCount()).toBe(before + 1);
      const audit = await db()
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'event.session.create')
        .orderBy('at', 'desc')
        .executeTakeFirstOrThrow();
      expect(JSON.parse(audit.details).confirmedOverlap).toBe(true);
    });

    it('warns about a speaker at another public event, never about another’s draft', async () => {
      const elsewhere = await createEvent(other.client, other.organization.id, {
        titleEn: 'Water diplomacy forum',
        titleAz: '',
      });
      // Our event is still a draft: its sessions keep the speaker busy for us alone.
      const theirs = await addSession(other.client, elsewhere, {
        titleEn: 'Water diplomacy',
        startsAt: '2027-10-20T10:30',
        endsAt: '2027-10-20T11:00',
        speakers: speaker.email,
      });
      expect(theirs.status, theirs.html.slice(0, 3000)).toBe(303);
      await answerSpeakerInvitation(concord(), speaker.client, speaker.email);
      await other.client.get(`/events/${elsewhere}`);
      expect((await other.client.post(`/events/${elsewhere}/publish`, {})).status).toBe(303);

      const ours = await addSession(organiser.client, slug, {
        titleEn: 'Greeting',
        startsAt: '2027-10-20T16:00',
        endsAt: '2027-10-20T16:15',
        speakers: speaker.email,
      });
      expect(ours.status, ours.html.slice(0, 3000)).toBe(303);
      await answerSpeakerInvitation(concord(), speaker.client, speaker.email);
      const greeting = await db()
        .selectFrom('event_sessions')
        .select('id')
        .where('title', '=', JSON.stringify({ en: 'Greeting' }))
        .executeTakeFirstOrThrow();
      await organiser.client.get(`/events/${slug}/programme/sessions/${greeting.id}/edit`);
      const clash = await organiser.client.post(
        `/events/${slug}/programme/sessions/${greeting.id}`,
        sessionForm({
          titleEn: 'Greeting',
          startsAt: '2027-10-20T10:45',
          endsAt: '2027-10-20T10:50',
          speakers: speaker.email,
        }),
      );
      expect(clash.status).toBe(422);
      expect(clash.html).toContain('Ləman Əliyeva is also in “Water diplomacy”');
    });

    it('edits a session without colliding with itself', async () => {
      const session = await db()
        .selectFrom('event_sessions')
        .select('id')
        .where('title', 'like', '%Right after%')
        .executeTakeFirstOrThrow();
      const edit = await organiser.client.get(
        `/events/${slug}/programme/sessions/${session.id}/edit`,
      );
      expect(edit.status).toBe(200);
      expect(edit.html).toContain('value="2027-10-20T11:30"');
      const saved = await organiser.client.post(
        `/events/${slug}/programme/sessions/${session.id}`,
        sessionForm({
          titleEn: 'Right after, longer',
          startsAt: '2027-10-20T11:30',
          endsAt: '2027-10-20T12:30',
          room: rooms['Hall A']!,
        }),
      );
      expect(saved.status, saved.html.slice(0, 3000)).toBe(303);
      expect(await audited('event.session.update')).toBe(1);
    });

    it('of two simultaneous bookings of one room slot, saves one and refuses the other', async () => {
      for (const round of [1, 2, 3]) {
        const room = `Race room ${round}`;
        expect((await addRoom(organiser.client, slug, room)).status).toBe(303);
        const id = await roomId(room);
        await organiser.client.get(`/events/${slug}/programme/sessions/new`);
        const results = await Promise.all(
          ['First', 'Second'].map((who, i) =>
            organiser.client.post(
              `/events/${slug}/programme/sessions`,
              sessionForm({
                titleEn: `${who} booking ${round}`,
                startsAt: '2027-10-21T14:00',
                endsAt: `2027-10-21T15:${i === 0 ? '00' : '30'}`,
                room: id,
              }),
            ),
          ),
        );
        expect(results.map((r) => r.status).sort()).toEqual([303, 422]);
        const refused = results.find((r) => r.status === 422)!;
        expect(refused.html).toMatch(
          new RegExp(`${room} is taken at that time by “(First|Second) booking ${round}”`),
        );
        const inRoom = await db()
          .selectFrom('event_sessions')
          .select('id')
          .where('room_id', '=', id)
          .execute();
        expect(inRoom).toHaveLength(1);
      }
    });
  });

  describe('the programme page', () => {
    beforeAll(async () => {
      const day2 = await addSession(organiser.client, slug, {
        kind: 'workshop',
        titleEn: 'Water workshop',
        startsAt: '2027-10-21T10:00',
        endsAt: '2027-10-21T12:00',
        room: rooms['Hall C']!,
        track: 'Main',
        tags: 'water',
      });
      expect(day2.status, day2.html.slice(0, 3000)).toBe(303);
      await organiser.client.get(`/events/${slug}`);
      expect((await organiser.client.post(`/events/${slug}/publish`, {})).status).toBe(303);
    });

    it('shows parallel sessions in one slot, with time, room, speakers and goals', async () => {
      const page = await concord().client().get(`/events/${slug}/programme`);
      expect(page.status).toBe(200);
      const parallel = slots(page.html).find((s) => s.titles.includes('Opening plenary'))!;
      expect(parallel.parallel).toBe(true);
      expect(parallel.titles).toEqual(
        expect.arrayContaining(['Opening plenary', 'Youth panel', 'Right after, longer']),
      );
      expect(page.html).toMatch(/<h2 id="day-2027-10-20">[^<]*October 20, 2027<\/h2>/);
      expect(page.html).toMatch(/<h2 id="day-2027-10-21">/);
      expect(page.html).toContain('<time datetime="2027-10-20T10:00:00+04:00">');
      expect(page.html).toContain(' · Hall A</span>');
      expect(page.html).toMatch(/Ləman Əliyeva<span class="hint">, Gənclər Şəbəkəsi<\/span>/);
      expect(page.html).toMatch(/Leyla Məmmədova<span class="hint">, Green Baku<\/span>/);
      expect(page.html).toContain('6. Clean water and sanitation');
      expect(page.html).toContain('Times in Asia/Baku (GMT+4)');
      // A visitor has nothing to edit.
      expect(page.html).not.toContain('/programme/sessions/new');
    });

    it('escapes everything organisers typed, in text and in attributes', async () => {
      const typed = await addSession(organiser.client, slug, {
        titleEn: '<img src=x onerror=alert(1)> "Tea" & \'talk\'',
        descriptionEn: '<script>alert(2)</script>',
        startsAt: '2027-10-21T16:00',
        endsAt: '2027-10-21T17:00',
        track: '<i>Track</i>',
        tags: '<b>tag</b>',
        speakers: 'Guest <u>Name</u>, <em>Org</em> & Co',
      });
      expect(typed.status, typed.html.slice(0, 3000)).toBe(303);
      for (const client of [concord().client(), organiser.client]) {
        const page = await client.get(`/events/${slug}/programme`);
        expect(page.html).toContain(
          '&lt;img src=x onerror=alert(1)&gt; &quot;Tea&quot; &amp; &#39;talk&#39;</h3>',
        );
        expect(page.html).toContain('&lt;script&gt;alert(2)&lt;/script&gt;');
        expect(page.html).toContain('<span class="badge muted">&lt;i&gt;Track&lt;/i&gt;</span>');
        expect(page.html).toContain('<dd>&lt;b&gt;tag&lt;/b&gt;</dd>');
        expect(page.html).toContain(
          '<li>Guest &lt;u&gt;Name&lt;/u&gt;<span class="hint">, &lt;em&gt;Org&lt;/em&gt; &amp; Co</span></li>',
        );
        expect(page.html).not.toMatch(/<(img|script|i|b|u|em)\b/);
      }
      const organisers = await organiser.client.get(`/events/${slug}/programme`);
      expect(organisers.html).toContain(
        'aria-label="Edit: &lt;img src=x onerror=alert(1)&gt; &quot;Tea&quot; &amp; &#39;talk&#39;"',
      );
      // Out of the way of the tests below, which count sessions and deletions.
      await db().deleteFrom('event_sessions').where('title', 'like', '%onerror%').execute();
    });

    it('shows the title in the reader’s language', async () => {
      const client = concord().client();
      const page = await client.request(`/events/${slug}/programme`, {
        headers: { 'accept-language': 'az' },
      });
      expect(titles(page.html)).toContain('Açılış plenar iclası');
    });

    it('filters by day, track and topic, from a shareable address', async () => {
      const client = concord().client();
      const day2 = await client.get(`/events/${slug}/programme?day=2027-10-21`);
      expect(titles(day2.html)).toContain('Water workshop');
      expect(titles(day2.html)).not.toContain('Opening plenary');
      expect(day2.html).toContain('<option value="2027-10-21" selected="">');

      const youth = await client.get(`/events/${slug}/programme?track=Youth`);
      expect(titles(youth.html)).toEqual(['Youth panel']);

      const water = await client.get(`/events/${slug}/programme?topic=water`);
      expect(titles(water.html).sort()).toEqual(['Opening plenary', 'Water workshop']);
      expect(water.html).toContain(`href="/events/${slug}/programme.pdf?topic=water"`);

      const nothing = await client.get(`/events/${slug}/programme?topic=space&day=garbage`);
      expect(nothing.status).toBe(200);
      expect(nothing.html).toContain('No session matches these filters.');
    });

    it('offers the programme as a PDF in DejaVu Sans, filtered alike', async () => {
      const response = await concord().client().request(`/events/${slug}/programme.pdf`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const all = await concord().app.request(`/events/${slug}/programme.pdf`);
      const bytes = Buffer.from(await all.arrayBuffer());
      const text = bytes.toString('latin1');
      expect(text.startsWith('%PDF-')).toBe(true);
      expect(text).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans/);
      expect(pdfInfo(text, 'Title')).toBe('Programme: Azerbaijan NGOs Cooperation Forum');
      // The network's name (its default one here) heads the programme and names its author.
      expect(pdfInfo(text, 'Author')).toBe('NGO network');
      expect(pdfText(bytes).split('\n')[0]).toBe('NGO network');
      const pages = text.match(/\/Type \/Page\b/g) ?? [];
      expect(pages.length).toBeGreaterThan(0);

      const az = await concord().app.request(`/events/${slug}/programme.pdf`, {
        headers: { 'accept-language': 'az' },
      });
      expect(pdfInfo(Buffer.from(await az.arrayBuffer()).toString('latin1'), 'Title')).toBe(
        'Proqram: Azərbaycan QHT-lərinin Əməkdaşlıq Forumu',
      );

      const filtered = await concord().app.request(`/events/${slug}/programme.pdf?track=Youth`);
      expect(filtered.status).toBe(200);
      expect((await filtered.arrayBuffer()).byteLength).toBeLessThan(bytes.byteLength);
    });

    it('lists the next sessions on the event page with a link to the programme', async () => {
      const page = await concord().client().get(`/events/${slug}`);
      expect(page.html).toContain('<h2 id="event-programme">Programme</h2>');
      expect(page.html).toContain(`<a href="/events/${slug}/programme">The whole programme (`);
      expect(page.html).toContain('Opening plenary');
    });

    it('deletes a session, audited', async () => {
      const session = await db()
        .selectFrom('event_sessions')
        .select('id')
        .where('title', 'like', '%Water workshop%')
        .executeTakeFirstOrThrow();
      await organiser.client.get(`/events/${slug}/programme/sessions/${session.id}/edit`);
      const deleted = await organiser.client.post(
        `/events/${slug}/programme/sessions/${session.id}/delete`,
        {},
      );
      expect(deleted.status).toBe(303);
      expect(await audited('event.session.delete')).toBe(1);
      const page = await concord().client().get(`/events/${slug}/programme`);
      expect(titles(page.html)).not.toContain('Water workshop');
    });
  });

  describe('who may do what', () => {
    it('lets only the organisers manage the programme', async () => {
      await other.client.get('/');
      expect((await other.client.get(`/events/${slug}/programme/sessions/new`)).status).toBe(403);
      expect((await other.client.get(`/events/${slug}/programme/rooms`)).status).toBe(403);
      expect(
        (
          await other.client.post(
            `/events/${slug}/programme/sessions`,
            sessionForm({ titleEn: 'Intruder' }),
          )
        ).status,
      ).toBe(403);
      expect(
        (await other.client.post(`/events/${slug}/programme/rooms`, { name: 'X' })).status,
      ).toBe(403);
      const visitor = concord().client();
      expect((await visitor.get(`/events/${slug}/programme/sessions/new`)).status).toBe(401);
      const { client: member } = await signedUpClient(concord());
      expect((await member.get(`/events/${slug}/programme/rooms`)).status).toBe(403);
    });

    it('keeps a draft’s programme unknown to others', async () => {
      const draft = await createEvent(organiser.client, organiser.organization.id, {
        titleEn: 'Draft forum',
      });
      expect((await organiser.client.get(`/events/${draft}/programme`)).status).toBe(200);
      expect((await concord().client().get(`/events/${draft}/programme`)).status).toBe(404);
      expect((await concord().client().get(`/events/${draft}/programme.pdf`)).status).toBe(404);
      expect((await other.client.get(`/events/${draft}/programme/sessions/new`)).status).toBe(404);
    });
  });
});
