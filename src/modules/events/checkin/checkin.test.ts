import { beforeAll, describe, expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { bakuTimeIn, organiserWithOrganization } from '../../../../test/fixtures/events.js';
import {
  publishedEvent,
  register,
  registrant,
  registrationOf,
  seats,
} from '../../../../test/fixtures/registration.js';
import { formatDateTime } from '../../../platform/i18n/index.js';
import { displayCode } from '../registration/code.js';
import type { EventStatus } from '../tables.js';
import { checkinScript } from './script.js';
import { checkinWindow } from './service.js';

describeEachEngine('check-in', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let event: { slug: string; id: string };
  let confirmed: { code: string; name: string; id: string };
  let waiting: { code: string };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    // Starts in an hour: the door is open (three hours before the start, by default).
    event = await publishedEvent(concord(), organiser, {
      capacity: '1',
      startsAt: bakuTimeIn(1),
      endsAt: bakuTimeIn(9),
    });
    const member = await organiserWithOrganization(concord(), 'Gənc Liderlər Assosiasiyası');
    await register(member.client, event.slug, { onBehalfOf: member.organization.id });
    const late = await registrant(concord(), 'Nərmin Əliyeva');
    await register(late.client, event.slug);
    const row = await registrationOf(concord(), event.id, member.actor.id);
    confirmed = { code: row!.code, name: member.actor.name, id: row!.id };
    waiting = { code: (await registrationOf(concord(), event.id, late.id))!.code };
  });

  const checkIn = async (code: string) => {
    await organiser.client.get(`/events/${event.slug}/checkin`);
    return organiser.client.post(`/events/${event.slug}/checkin`, { code });
  };

  it('shows organisers a form for the code with the camera script, and refuses others', async () => {
    const page = await organiser.client.get(`/events/${event.slug}/checkin`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('<input id="field-code" name="code" type="text"');
    expect(page.html).toContain(`<script src="${checkinScript.path}" defer=""></script>`);
    expect(page.html).toContain('id="checkin-scan" hidden=""');
    const script = await concord().client().get(checkinScript.path);
    expect(script.status).toBe(200);
    expect(script.html).toContain('BarcodeDetector');
    expect(script.headers.get('content-security-policy')).toContain("script-src 'self'");
    const person = await registrant(concord(), 'Outsider');
    expect((await person.client.get(`/events/${event.slug}/checkin`)).status).toBe(403);
    expect((await concord().client().get(`/events/${event.slug}/checkin`)).status).toBe(401);
  });

  it('checks in once by code typed in any case, with or without the dash; again is harmless', async () => {
    const typed = confirmed.code.toLowerCase();
    const first = await checkIn(typed);
    expect(first.status).toBe(200);
    expect(first.html).toContain('Checked in.');
    expect(first.html).toContain(confirmed.name);
    expect(first.html).toContain('Gənc Liderlər Assosiasiyası');
    // The form comes first, ready for the next person.
    expect(first.html.indexOf('id="checkin-form"')).toBeLessThan(first.html.indexOf('Checked in.'));
    const attended = await concord()
      .deps.db.kysely.selectFrom('event_registrations')
      .select(['attended_at', 'checked_in_by'])
      .where('id', '=', confirmed.id)
      .executeTakeFirstOrThrow();
    expect(attended.checked_in_by).toBe(organiser.actor.id);
    const time = new Intl.DateTimeFormat('en', {
      timeStyle: 'short',
      timeZone: 'Asia/Baku',
    }).format(new Date(attended.attended_at!));

    const again = await checkIn(displayCode(confirmed.code));
    expect(again.status).toBe(200);
    expect(again.html).toContain(`Already checked in at ${time}.`);
    const counted = await seats(concord(), event.id);
    expect(counted.counters.attended).toBe(1);
    expect(counted.counters).toEqual(counted.rows);

    // Checked in at the door before the start: the public figures still count registrations.
    const figures = await concord().client().get(`/events/${event.slug}/figures.json?lang=en`);
    expect(JSON.parse(figures.html)).toMatchObject({
      basis: 'registrations',
      registered: 1,
      attended: 1,
      participants: 1,
    });
  });

  it('refuses a waitlisted code, an unknown one, another event’s, and nonsense, with reasons', async () => {
    const refused = await checkIn(displayCode(waiting.code));
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('Not admitted: this person is on the waiting list.');

    const other = await publishedEvent(concord(), organiser);
    const elsewhere = await registrant(concord(), 'Elsewhere');
    await register(elsewhere.client, other.slug);
    const otherCode = (await registrationOf(concord(), other.id, elsewhere.id))!.code;
    const notHere = await checkIn(otherCode);
    expect(notHere.status).toBe(404);
    expect(notHere.html).toContain(`No registration with code ${otherCode} for this event.`);

    const nonsense = await checkIn('hello');
    expect(nonsense.status).toBe(422);
    expect(nonsense.html).toContain('Enter a code of eight letters and digits');
    expect((await seats(concord(), event.id)).counters.attended).toBe(1);
  });

  it('refuses a cancelled code and keeps the attendance count right after cancelling', async () => {
    const db = concord().deps.db.kysely;
    await organiser.client.get(`/events/${event.slug}/participants`);
    const cancelled = await organiser.client.post(`/events/${event.slug}/participants/cancel`, {
      registration: confirmed.id,
    });
    expect(cancelled.status).toBe(303);
    const refused = await checkIn(confirmed.code);
    expect(refused.status).toBe(409);
    expect(refused.html).toContain('Not admitted: this registration is cancelled.');
    // The seat went to the waiting list, whose code now checks in.
    const promoted = await checkIn(waiting.code);
    expect(promoted.html).toContain('Checked in.');
    const counted = await seats(concord(), event.id);
    expect(counted.counters).toEqual(counted.rows);
    expect(counted.counters).toEqual({ confirmed: 1, waitlisted: 0, attended: 1 });
    expect(
      await db
        .selectFrom('audit_log')
        .select('action')
        .where('action', '=', 'event.checkin')
        .execute(),
    ).toHaveLength(2);
  });

  describe('outside the check-in window', () => {
    let later: { slug: string; id: string };
    let laterCode: string;
    beforeAll(async () => {
      later = await publishedEvent(concord(), organiser, {
        startsAt: '2027-10-20T10:00',
        endsAt: '2027-10-20T18:00',
      });
      const person = await registrant(concord(), 'Early Bird');
      await register(person.client, later.slug);
      laterCode = (await registrationOf(concord(), later.id, person.id))!.code;
    });

    it('says when check-in opens, and refuses a code before then', async () => {
      const page = await organiser.client.get(`/events/${later.slug}/checkin`);
      expect(page.status).toBe(200);
      // Three hours before 10:00 in Baku.
      const opens = formatDateTime('2027-10-20T03:00:00.000Z', 'en', 'Asia/Baku');
      expect(page.html).toContain(
        `Check-in has not opened yet. It opens on ${opens} (Asia/Baku (GMT+4)).`,
      );
      expect(page.html).not.toContain('id="checkin-form"');
      const refused = await organiser.client.post(`/events/${later.slug}/checkin`, {
        code: laterCode,
      });
      expect(refused.status).toBe(409);
      expect(refused.html).toContain('Check-in has not opened yet.');
      expect(refused.html).not.toContain('Checked in.');
      expect((await seats(concord(), later.id)).rows.attended).toBe(0);
    });

    it('says check-in has ended after the grace period, and refuses a code then', async () => {
      const past = await publishedEvent(concord(), organiser, {
        startsAt: bakuTimeIn(-30),
        endsAt: bakuTimeIn(-7),
      });
      const person = await registrant(concord(), 'Latecomer');
      await register(person.client, past.slug);
      const code = (await registrationOf(concord(), past.id, person.id))!.code;
      const page = await organiser.client.get(`/events/${past.slug}/checkin`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Check-in for this event has ended.');
      const refused = await organiser.client.post(`/events/${past.slug}/checkin`, { code });
      expect(refused.status).toBe(409);
      expect(refused.html).toContain('Check-in for this event has ended.');
      expect((await seats(concord(), past.id)).rows.attended).toBe(0);
    });

    it('tells a finished event’s organisers that check-in has ended, instead of refusing them', async () => {
      await organiser.client.get(`/events/${event.slug}`);
      expect((await organiser.client.post(`/events/${event.slug}/finish`, {})).status).toBe(303);
      const page = await organiser.client.get(`/events/${event.slug}/checkin`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('Check-in for this event has ended.');
      expect(page.html).toContain('1 of 1 confirmed participants checked in.');
      expect((await checkIn(waiting.code)).status).toBe(409);
      const person = await registrant(concord(), 'Not an organiser');
      expect((await person.client.get(`/events/${event.slug}/checkin`)).status).toBe(403);
    });
  });
});

describe('checkinWindow', () => {
  const event: { starts_at: string; ends_at: string; status: EventStatus } = {
    starts_at: '2027-10-20T06:00:00.000Z',
    ends_at: '2027-10-20T14:00:00.000Z',
    status: 'published',
  };
  const hours = { opensBeforeHours: 3, closesAfterHours: 6 };
  const state = (now: string, e = event) => checkinWindow(e, hours, now).state;

  it('opens the set hours before the start and closes the set hours after the end', () => {
    expect(checkinWindow(event, hours, event.starts_at)).toEqual({
      state: 'open',
      opensAt: '2027-10-20T03:00:00.000Z',
      closesAt: '2027-10-20T20:00:00.000Z',
    });
    expect(state('2027-10-20T02:59:59.999Z')).toBe('notYet');
    expect(state('2027-10-20T03:00:00.000Z')).toBe('open');
    expect(state('2027-10-20T19:59:59.999Z')).toBe('open');
    expect(state('2027-10-20T20:00:00.000Z')).toBe('ended');
    expect(state('2027-10-20T07:00:00.000Z', { ...event, status: 'finished' })).toBe('ended');
  });
});
