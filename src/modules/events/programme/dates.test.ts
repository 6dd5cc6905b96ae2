import { beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import { addRoom, addSession, sessionTimes } from '../../../../test/fixtures/programme.js';

describeEachEngine('event dates and the programme', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  const db = () => concord().deps.db.kysely;

  const eventRow = (slug: string) =>
    db().selectFrom('events').selectAll().where('slug', '=', slug).executeTakeFirstOrThrow();
  const audits = (action: string, eventId: string) =>
    db()
      .selectFrom('audit_log')
      .select('details')
      .where('action', '=', action)
      .where('subject_id', '=', eventId)
      .execute();

  async function createEvent(changes: Record<string, string> = {}) {
    await organiser.client.get('/events/new');
    const page = await organiser.client.post(
      '/events',
      eventForm(organiser.organization.id, { endsAt: '2027-10-21T18:00', ...changes }),
    );
    expect(page.status, page.html.slice(0, 1000)).toBe(303);
    return slugFrom(page.location);
  }

  /** Two days in Baku (UTC+4) with an opening, a workshop and a closing, two in Hall A. */
  async function eventWithProgramme(extra: string[] = []) {
    const slug = await createEvent();
    const hallA = await addRoom(concord(), organiser.client, slug, 'Hall A', '300');
    const add = (titleEn: string, startsAt: string, endsAt: string, room = '') =>
      addSession(concord(), organiser.client, slug, { titleEn, startsAt, endsAt, room });
    await add('Opening', '2027-10-20T10:00', '2027-10-20T11:00', hallA);
    await add('Workshop', '2027-10-21T14:00', '2027-10-21T15:00');
    await add('Closing', '2027-10-21T16:00', '2027-10-21T18:00', hallA);
    for (const [i, title] of extra.entries()) {
      await add(title, `2027-10-20T1${3 + i}:00`, `2027-10-20T1${3 + i}:30`);
    }
    const event = await eventRow(slug);
    return { slug, id: event.id, venueId: event.venue_id!, hallA };
  }

  /** Saves the edit form as a browser would after opening it, with `changes` typed in. */
  async function saveDates(slug: string, changes: Record<string, string>) {
    await organiser.client.get(`/events/${slug}/edit`);
    return organiser.client.post(
      `/events/${slug}`,
      eventForm(organiser.organization.id, { endsAt: '2027-10-21T18:00', ...changes }),
    );
  }

  const before = {
    Opening: ['2027-10-20T06:00:00.000Z', '2027-10-20T07:00:00.000Z'],
    Workshop: ['2027-10-21T10:00:00.000Z', '2027-10-21T11:00:00.000Z'],
    Closing: ['2027-10-21T12:00:00.000Z', '2027-10-21T14:00:00.000Z'],
  };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Gənclər Şəbəkəsi');
  });

  describe('moving the event wholesale', () => {
    it('offers to move the programme along, ticked, only when there are sessions', async () => {
      const { slug } = await eventWithProgramme();
      const edit = await organiser.client.get(`/events/${slug}/edit`);
      expect(edit.html).toMatch(
        /<input type="checkbox" id="field-moveProgramme" name="moveProgramme" value="1" checked=""/,
      );
      expect(edit.html).toContain('Move the programme with the event (3 sessions)');
      expect(edit.html).toContain('id="field-moveProgramme-hint"');

      const empty = await createEvent({ titleEn: 'No programme yet' });
      const plain = await organiser.client.get(`/events/${empty}/edit`);
      expect(plain.status).toBe(200);
      expect(plain.html).not.toContain('name="moveProgramme"');
    });

    it('moves every session by the same time in the same save, audited', async () => {
      const { slug, id } = await eventWithProgramme();
      const page = await saveDates(slug, {
        startsAt: '2027-10-27T10:00',
        endsAt: '2027-10-28T18:00',
        moveProgramme: '1',
      });
      expect(page.status, page.html.slice(0, 3000)).toBe(303);
      const event = await eventRow(slug);
      expect([event.starts_at, event.ends_at]).toEqual([
        '2027-10-27T06:00:00.000Z',
        '2027-10-28T14:00:00.000Z',
      ]);
      expect(await sessionTimes(concord(), id)).toEqual({
        Opening: ['2027-10-27T06:00:00.000Z', '2027-10-27T07:00:00.000Z'],
        Workshop: ['2027-10-28T10:00:00.000Z', '2027-10-28T11:00:00.000Z'],
        Closing: ['2027-10-28T12:00:00.000Z', '2027-10-28T14:00:00.000Z'],
      });
      const moved = await audits('event.programme.move', id);
      expect(moved.map((a) => JSON.parse(a.details))).toEqual([
        { sessions: 3, shiftMinutes: 7 * 24 * 60 },
      ]);
    });

    it('with the box unticked, refuses a move that leaves sessions behind, naming a few', async () => {
      const { slug, id } = await eventWithProgramme(['Side meeting']);
      const page = await saveDates(slug, {
        startsAt: '2027-10-27T10:00',
        endsAt: '2027-10-28T18:00',
      });
      expect(page.status).toBe(422);
      const message =
        '4 sessions fall outside the new dates: “Opening”, “Side meeting”, “Workshop” and 1 more; move them first';
      expect(page.html).toContain(`<a href="#field-startsAt">${message}</a>`);
      expect(page.html).toContain(
        `<p class="field-error" id="field-startsAt-error">${message}</p>`,
      );
      // The form comes back as sent: the box stays unticked.
      const box = /<input type="checkbox" id="field-moveProgramme"[^>]*>/.exec(page.html)?.[0];
      expect(box).toBeDefined();
      expect(box).not.toContain('checked');
      expect((await eventRow(slug)).starts_at).toBe('2027-10-20T06:00:00.000Z');
      expect(await sessionTimes(concord(), id)).toMatchObject(before);
    });

    it('refuses to move a session into a room another event holds then, writing nothing', async () => {
      const { slug, id, venueId } = await eventWithProgramme();
      // A second event at the same venue, sharing its rooms.
      const other = await createEvent({
        titleEn: 'Neighbours’ forum',
        startsAt: '2027-10-27T09:00',
        endsAt: '2027-10-27T18:00',
      });
      await db()
        .updateTable('events')
        .set({ venue_id: venueId })
        .where('slug', '=', other)
        .execute();
      const hallA = (
        await db()
          .selectFrom('rooms')
          .select('id')
          .where('venue_id', '=', venueId)
          .executeTakeFirstOrThrow()
      ).id;
      await addSession(concord(), organiser.client, other, {
        titleEn: 'Neighbours’ opening',
        startsAt: '2027-10-27T10:30',
        endsAt: '2027-10-27T11:30',
        room: hallA,
      });

      const page = await saveDates(slug, {
        startsAt: '2027-10-27T10:00',
        endsAt: '2027-10-28T18:00',
        moveProgramme: '1',
      });
      expect(page.status).toBe(422);
      expect(page.html).toContain(
        '<a href="#field-startsAt">Moving the programme would put “Opening” in Hall A while another event uses it; move that session first</a>',
      );
      expect((await eventRow(slug)).starts_at).toBe('2027-10-20T06:00:00.000Z');
      expect(await sessionTimes(concord(), id)).toEqual(before);
      expect(await audits('event.update', id)).toHaveLength(0);
    });
  });

  describe('changing the dates otherwise', () => {
    it('refuses dates that leave sessions outside, at the start and the end, writing nothing', async () => {
      const { slug, id } = await eventWithProgramme();
      const shorter = await saveDates(slug, { endsAt: '2027-10-21T15:30', moveProgramme: '1' });
      expect(shorter.status).toBe(422);
      expect(shorter.html).toContain(
        '<p class="field-error" id="field-endsAt-error">1 session falls outside the new dates: “Closing”; move it first</p>',
      );
      expect(shorter.html).not.toContain('id="field-startsAt-error"');

      const narrower = await saveDates(slug, {
        startsAt: '2027-10-20T12:00',
        endsAt: '2027-10-21T12:00',
      });
      expect(narrower.status).toBe(422);
      expect(narrower.html).toContain(
        '<a href="#field-startsAt">1 session falls outside the new dates: “Opening”; move it first</a>',
      );
      expect(narrower.html).toContain(
        '<a href="#field-endsAt">2 sessions fall outside the new dates: “Workshop”, “Closing”; move them first</a>',
      );
      const event = await eventRow(slug);
      expect([event.starts_at, event.ends_at]).toEqual([
        '2027-10-20T06:00:00.000Z',
        '2027-10-21T14:00:00.000Z',
      ]);
      expect(await sessionTimes(concord(), id)).toEqual(before);
    });

    it('keeps sessions where they are when the new dates still hold them', async () => {
      const { slug, id } = await eventWithProgramme();
      const longer = await saveDates(slug, { endsAt: '2027-10-22T18:00', moveProgramme: '1' });
      expect(longer.status, longer.html.slice(0, 3000)).toBe(303);
      expect((await eventRow(slug)).ends_at).toBe('2027-10-22T14:00:00.000Z');
      expect(await sessionTimes(concord(), id)).toEqual(before);
      expect(await audits('event.programme.move', id)).toHaveLength(0);
    });

    it('of a shorter event and a session at its old end saved at once, never keeps both', async () => {
      for (const round of [1, 2, 3]) {
        const slug = await createEvent({ titleEn: `Race ${round}`, endsAt: '2027-10-20T18:00' });
        await organiser.client.get(`/events/${slug}/edit`);
        const [edit, session] = await Promise.all([
          organiser.client.post(
            `/events/${slug}`,
            eventForm(organiser.organization.id, {
              titleEn: `Race ${round}`,
              endsAt: '2027-10-20T14:00',
            }),
          ),
          organiser.client.post(
            `/events/${slug}/programme/sessions`,
            new URLSearchParams({
              kind: 'panel',
              titleEn: `Late panel ${round}`,
              startsAt: '2027-10-20T16:00',
              endsAt: '2027-10-20T17:00',
            }),
          ),
        ]);
        expect([edit.status, session.status].sort()).toEqual([303, 422]);
        const event = await eventRow(slug);
        const late = await db()
          .selectFrom('event_sessions')
          .select('ends_at')
          .where('event_id', '=', event.id)
          .execute();
        expect(late.every((s) => s.ends_at <= event.ends_at)).toBe(true);
        expect(late).toHaveLength(session.status === 303 ? 1 : 0);
      }
    });
  });
});
