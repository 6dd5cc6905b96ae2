import { beforeAll, expect, it } from 'vitest';
import { useConcord } from '../../../test/app.js';
import { describeEachEngine } from '../../../test/engines.js';
import { checkinScript } from './checkin-script.js';
import { displayCode } from './registration-code.js';
import {
  publishedEvent,
  register,
  registrant,
  registrationOf,
  seats,
} from './registration-testing.js';
import { organiserWithOrganization } from './testing.js';

describeEachEngine('check-in', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let event: { slug: string; id: string };
  let confirmed: { code: string; name: string; id: string };
  let waiting: { code: string };

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    event = await publishedEvent(concord(), organiser, { capacity: '1' });
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
});
