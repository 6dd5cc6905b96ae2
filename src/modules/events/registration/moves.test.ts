import { beforeAll, describe, expect, it } from 'vitest';
import { signedUpClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { addSession, sessionSeats } from '../../../../test/fixtures/programme.js';
import {
  lastMailTo,
  publishedEvent,
  register,
  registrant,
  registrationOf,
} from '../../../../test/fixtures/registration.js';

type Person = Awaited<ReturnType<typeof registrant>>;

describeEachEngine('organisers moving people between sessions', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let event: { slug: string; id: string };
  const sessions: Record<string, string> = {};
  const db = () => concord().deps.db.kysely;

  /** A session with `seats` seats, added through the programme's form. */
  const seated = (titleEn: string, seats: number, hour: number) =>
    addSession(concord(), organiser.client, event.slug, {
      titleEn,
      kind: 'workshop',
      startsAt: `2027-10-20T${hour}:00`,
      endsAt: `2027-10-20T${hour}:45`,
      capacity: String(seats),
    });
  const take = async (person: Person, session: string) => {
    await person.client.get(`/events/${event.slug}/registration`);
    const page = await person.client.post(
      `/events/${event.slug}/registration/sessions/${session}`,
      {},
    );
    expect(page.status).toBe(303);
  };
  const registrationId = async (person: Person) =>
    (await registrationOf(concord(), event.id, person.id))!.id;
  const placeOf = async (person: Person, session: string) =>
    (
      await db()
        .selectFrom('session_registrations')
        .select('status')
        .where('session_id', '=', session)
        .where('registration_id', '=', await registrationId(person))
        .executeTakeFirst()
    )?.status;
  const personPage = async (person: Person) =>
    `/events/${event.slug}/participants/${await registrationId(person)}`;
  const move = async (person: Person, from: string, to: string) => {
    const page = await personPage(person);
    await organiser.client.get(page);
    return organiser.client.post(`${page}/move`, { from, to });
  };
  const counted = async (session: string) => {
    const seats = await sessionSeats(concord(), session);
    expect(seats.counters).toEqual(seats.rows);
    return seats.counters;
  };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    event = await publishedEvent(concord(), organiser, {
      capacity: '20',
      endsAt: '2027-10-20T22:00',
    });
    sessions.grants = await seated('Grant writing', 2, 11);
    sessions.data = await seated('Data clinic', 1, 12);
    sessions.media = await seated('Media skills', 1, 13);
  });

  describe('one move at a time', () => {
    let rena: Person;
    let sabina: Person;
    let tural: Person;
    let ilqar: Person;

    beforeAll(async () => {
      rena = await registrant(concord(), 'Rəna');
      sabina = await registrant(concord(), 'Səbinə');
      tural = await registrant(concord(), 'Tural');
      ilqar = await registrant(concord(), 'İlqar');
      for (const p of [rena, sabina, tural, ilqar]) await register(p.client, event.slug);
      // Grant writing: Rəna and Səbinə sit, Tural waits.
      for (const p of [rena, sabina, tural]) await take(p, sessions.grants!);
    });

    it('links each confirmed participant to their session seats, with a labelled move form', async () => {
      const list = await organiser.client.get(`/events/${event.slug}/participants`);
      expect(list.html).toContain(
        `<a href="${await personPage(rena)}" aria-label="Session seats: Rəna">Session seats</a>`,
      );
      const page = await organiser.client.get(await personPage(rena));
      expect(page.status).toBe(200);
      expect(page.html).toContain('<h1>Session seats: Rəna</h1>');
      const field = `field-to-${sessions.grants}`;
      expect(page.html).toContain(`<label for="${field}">Move from “Grant writing” to</label>`);
      expect(page.html).toMatch(new RegExp(`<select id="${field}" name="to"`));
      expect(page.html).toMatch(
        /<option value="[^"]+">Data clinic, [^<]+ \(1 seat left\)<\/option>/,
      );
    });

    it('moves a seat, gives the freed one to the longest waiting, and tells both by mail', async () => {
      const page = await move(rena, sessions.grants!, sessions.data!);
      expect(page.status, page.html.slice(0, 3000)).toBe(303);
      expect(page.location).toBe(`${await personPage(rena)}?done=move`);
      const after = await organiser.client.get(page.location!);
      expect(after.html).toContain('The person has been moved and told by mail.');
      expect(await placeOf(rena, sessions.grants!)).toBe('cancelled');
      expect(await placeOf(rena, sessions.data!)).toBe('confirmed');
      expect(await placeOf(tural, sessions.grants!)).toBe('confirmed');
      const mail = await lastMailTo(concord(), rena.email);
      expect(mail?.subject).toBe('Your session has changed: Data clinic');
      expect(mail?.body_text).toContain(
        'have moved you from the session Grant writing to the session Data clinic (',
      );
      expect((await lastMailTo(concord(), tural.email))?.subject).toBe(
        'A seat is yours: Grant writing',
      );
      expect(await counted(sessions.grants!)).toEqual({ confirmed: 2, waitlisted: 0 });
      expect(await counted(sessions.data!)).toEqual({ confirmed: 1, waitlisted: 0 });
      const audit = await db()
        .selectFrom('audit_log')
        .select(['actor_label', 'details'])
        .where('action', '=', 'event.session_registration.move')
        .executeTakeFirstOrThrow();
      expect(audit.actor_label).toBe(organiser.actor.email);
      expect(JSON.parse(audit.details)).toMatchObject({
        registration: await registrationId(rena),
        from: sessions.grants,
        to: sessions.data,
        held: 'confirmed',
      });
    });

    it('refuses a full session at the field, moving nobody and mailing nobody', async () => {
      const mails = (await concord().deps.mailer.list(500)).length;
      const page = await move(sabina, sessions.grants!, sessions.data!);
      expect(page.status).toBe(409);
      const field = `field-to-${sessions.grants}`;
      expect(page.html).toContain(
        `<a href="#${field}">“Data clinic” is full; nobody was moved.</a>`,
      );
      expect(page.html).toContain(
        `<p class="field-error" id="${field}-error">“Data clinic” is full; nobody was moved.</p>`,
      );
      expect(page.html).toMatch(new RegExp(`<option value="${sessions.data}" selected=""`));
      expect(await placeOf(sabina, sessions.grants!)).toBe('confirmed');
      expect(await placeOf(sabina, sessions.data!)).toBeUndefined();
      expect((await concord().deps.mailer.list(500)).length).toBe(mails);
      expect(await counted(sessions.data!)).toEqual({ confirmed: 1, waitlisted: 0 });
    });

    it('moves a place on a waiting list into a free seat elsewhere', async () => {
      await take(ilqar, sessions.grants!);
      expect(await placeOf(ilqar, sessions.grants!)).toBe('waitlisted');
      const page = await move(ilqar, sessions.grants!, sessions.media!);
      expect(page.status).toBe(303);
      expect(await placeOf(ilqar, sessions.grants!)).toBe('cancelled');
      expect(await placeOf(ilqar, sessions.media!)).toBe('confirmed');
      expect(await counted(sessions.grants!)).toEqual({ confirmed: 2, waitlisted: 0 });
      expect(await counted(sessions.media!)).toEqual({ confirmed: 1, waitlisted: 0 });
    });

    it('refuses the same session, a place the person does not hold, and people without a seat', async () => {
      const same = await move(sabina, sessions.grants!, sessions.grants!);
      expect(same.status).toBe(422);
      expect(same.html).toContain('Choose a session other than the one the person is in');
      const notHeld = await move(sabina, sessions.media!, sessions.data!);
      expect(notHeld.status).toBe(409);
      expect(notHeld.html).toContain('The person no longer holds a place in that session');

      const page = await personPage(sabina);
      await sabina.client.get(`/events/${event.slug}/registration`);
      await sabina.client.post(`/events/${event.slug}/registration/cancel`, { confirm: 'yes' });
      expect((await organiser.client.get(page)).html).toContain(
        'Only people with a confirmed seat at the event hold session seats.',
      );
      const cancelled = await organiser.client.post(`${page}/move`, {
        from: sessions.grants!,
        to: sessions.media!,
      });
      expect(cancelled.status).toBe(409);
    });

    it('lets only the organisers move people, and only within the event', async () => {
      const page = await personPage(tural);
      const { client: member } = await signedUpClient(concord());
      await member.get(`/events/${event.slug}`);
      expect((await member.get(page)).status).toBe(403);
      expect(
        (await member.post(`${page}/move`, { from: sessions.grants!, to: sessions.media! })).status,
      ).toBe(403);
      expect((await concord().client().get(page)).status).toBe(401);
      expect(
        (await organiser.client.get(`/events/${event.slug}/participants/no-such-registration`))
          .status,
      ).toBe(404);
      // A registration of this event is none of another event's, though the same people run both.
      const elsewhere = await publishedEvent(concord(), organiser, { titleEn: 'Another forum' });
      const foreign = `/events/${elsewhere.slug}/participants/${await registrationId(tural)}`;
      expect((await organiser.client.get(foreign)).status).toBe(404);
      const refused = await organiser.client.post(`${foreign}/move`, {
        from: sessions.grants!,
        to: sessions.media!,
      });
      expect(refused.status).toBe(404);
      expect(await placeOf(tural, sessions.grants!)).toBe('confirmed');
    });
  });

  describe('under concurrency', () => {
    it('gives one last seat to exactly one of two moves and a person taking it', async () => {
      for (const round of [1, 2, 3]) {
        const last = await seated(`Last seat ${round}`, 1, 16 + round);
        const [a, b, c] = [
          await registrant(concord(), `A${round}`),
          await registrant(concord(), `B${round}`),
          await registrant(concord(), `C${round}`),
        ];
        for (const p of [a, b, c]) await register(p.client, event.slug);
        // A and B hold places in Grant writing (a seat or the queue); C wants the last seat.
        for (const p of [a, b]) await take(p, sessions.grants!);
        const pages = [await personPage(a), await personPage(b)];
        await organiser.client.get(pages[0]!);
        await c.client.get(`/events/${event.slug}/registration`);
        const [moveA, moveB, own] = await Promise.all([
          organiser.client.post(`${pages[0]}/move`, { from: sessions.grants!, to: last }),
          organiser.client.post(`${pages[1]}/move`, { from: sessions.grants!, to: last }),
          c.client.post(`/events/${event.slug}/registration/sessions/${last}`, {}),
        ]);
        expect(own.status).toBe(303);
        const moves = [moveA, moveB];
        expect(moves.every((p) => p.status === 303 || p.status === 409)).toBe(true);
        const moved = moves.filter((p) => p.status === 303).length;
        expect(moved).toBeLessThanOrEqual(1);
        const places = await Promise.all([a, b, c].map((p) => placeOf(p, last)));
        expect(places.filter((s) => s === 'confirmed')).toHaveLength(1);
        // C queues behind a move that won; else C took the seat and both moves were refused.
        expect(places[2]).toBe(moved === 1 ? 'waitlisted' : 'confirmed');
        expect(await counted(last)).toEqual({ confirmed: 1, waitlisted: moved });
        // A refused move left its person in Grant writing.
        for (const [i, p] of moves.entries()) {
          const held = await placeOf([a, b][i]!, sessions.grants!);
          if (p.status === 303) expect(held).toBe('cancelled');
          else expect(['confirmed', 'waitlisted']).toContain(held);
          expect(places[i]).toBe(p.status === 303 ? 'confirmed' : undefined);
        }
        await counted(sessions.grants!);
      }
    });
  });
});
