/**
 * People registered for an event hear when it moves to new times or is cancelled: a seat-holder
 * gets the new calendar file, someone waiting or awaiting approval gets the words alone, and an
 * edit that keeps the times mails nobody.
 */
import ICAL from 'ical.js';
import { beforeAll, expect, it } from 'vitest';
import { type TestConcord, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { eventForm, organiserWithOrganization } from '../../../../test/fixtures/events.js';
import {
  lastMailTo,
  publishedEvent,
  register,
  registrant,
} from '../../../../test/fixtures/registration.js';
import { outboxAttachments } from '../../../platform/mail/index.js';

describeEachEngine('registrants told of a moved or cancelled event', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Forum Secretariat');
  });

  const mailsTo = async (c: TestConcord, to: string) =>
    (await c.deps.mailer.list(500)).filter((m) => m.to_address === to);

  it('mails every open registration the new times, with the calendar to seat-holders', async () => {
    const { slug } = await publishedEvent(concord(), organiser, { capacity: '1' });
    const seated = await registrant(concord(), 'Aysel Seated');
    const waiting = await registrant(concord(), 'Murad Waiting');
    const gone = await registrant(concord(), 'Nigar Gone');
    for (const person of [seated, waiting, gone]) await register(person.client, slug);
    await gone.client.get(`/events/${slug}/registration`);
    expect(
      (await gone.client.post(`/events/${slug}/registration/cancel`, { confirm: 'yes' })).status,
    ).toBe(303);
    const before = (await mailsTo(concord(), gone.email)).length;

    // A new title only: nobody is mailed.
    const sent = (await concord().deps.mailer.list(500)).length;
    await organiser.client.get(`/events/${slug}/edit`);
    const retitled = await organiser.client.post(
      `/events/${slug}`,
      eventForm(organiser.organization.id, { capacity: '1', titleEn: 'Cooperation Forum' }),
    );
    expect(retitled.status, retitled.html.slice(0, 800)).toBe(303);
    expect((await concord().deps.mailer.list(500)).length).toBe(sent);

    await organiser.client.get(`/events/${slug}/edit`);
    const moved = await organiser.client.post(
      `/events/${slug}`,
      eventForm(organiser.organization.id, {
        capacity: '1',
        titleEn: 'Cooperation Forum',
        startsAt: '2027-11-03T10:00',
        endsAt: '2027-11-03T18:00',
      }),
    );
    expect(moved.status, moved.html.slice(0, 800)).toBe(303);

    const toSeated = await lastMailTo(concord(), seated.email);
    expect(toSeated?.subject).toBe('New dates: Cooperation Forum');
    // Intl puts narrow and thin spaces around the times.
    expect(toSeated?.body_text).toMatch(/November 3, 2027, 10:00\sAM\s–\s6:00\sPM/);
    const files = outboxAttachments(toSeated!);
    expect(files.map((f) => f.contentType.split(';')[0])).toEqual(['text/calendar']);
    const calendar = new ICAL.Component(ICAL.parse(files[0]!.content.toString('utf8')));
    const start = calendar.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstart');
    expect((start as ICAL.Time).toJSDate().toISOString()).toBe('2027-11-03T06:00:00.000Z');

    const toWaiting = await lastMailTo(concord(), waiting.email);
    expect(toWaiting?.subject).toBe('New dates: Cooperation Forum');
    expect(outboxAttachments(toWaiting!)).toEqual([]);
    expect((await mailsTo(concord(), gone.email)).length).toBe(before);
  });

  it('mails everyone still registered when the event is cancelled', async () => {
    const { slug } = await publishedEvent(concord(), organiser);
    const person = await registrant(concord(), 'Kamran Registered');
    await register(person.client, slug);
    await organiser.client.get(`/events/${slug}`);
    expect((await organiser.client.post(`/events/${slug}/cancel`, {})).status).toBe(303);
    const mail = await lastMailTo(concord(), person.email);
    expect(mail?.subject).toBe('Cancelled: Azerbaijan NGOs Cooperation Forum');
    expect(mail?.body_text).toContain('will not take place');
  });
});
