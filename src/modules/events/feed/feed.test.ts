import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { organiserWithOrganization } from '../../../../test/fixtures/events.js';
import { publishedEvent, register, registrant } from '../../../../test/fixtures/registration.js';

describeEachEngine('personal calendar feed', (engine) => {
  const concord = useConcord(engine);

  it('lists confirmed registrations at a secret address, revocable, one active at a time', async () => {
    const organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    const full = await publishedEvent(concord(), organiser, { capacity: '1' });
    const forum = await publishedEvent(concord(), organiser, {
      titleEn: 'Urban Forum Preparation',
      startsAt: '2027-11-03T09:30',
      endsAt: '2027-11-03T17:00',
    });
    const other = await registrant(concord(), 'Seat Holder');
    await register(other.client, full.slug);
    const person = await registrant(concord(), 'Ülviyyə');
    await register(person.client, full.slug); // waitlisted: not in the feed
    await register(person.client, forum.slug);

    expect((await concord().client().get('/events/feed')).status).toBe(401);
    const page = await person.client.get('/events/feed');
    expect(page.html).toContain('You have no feed address yet.');
    const created = await person.client.post('/events/feed', {});
    const url = /id="feed-url" type="text" readonly="" value="([^"]+)"/.exec(created.html)?.[1];
    expect(url).toMatch(/^http.*\/events\/feed\/[A-Za-z0-9_-]{32}\.ics$/);
    const path = new URL(url!).pathname;

    const feed = await concord().client().get(path);
    expect(feed.status).toBe(200);
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(feed.html));
    // As a calendar program does: the zones from the VTIMEZONEs first, then the events.
    for (const zone of calendar.getAllSubcomponents('vtimezone'))
      ICAL.TimezoneService.register(zone);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.summary)).toEqual(['Urban Forum Preparation']);
    expect(events[0]!.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(
      'Asia/Baku',
    );
    expect(events[0]!.startDate.toJSDate().toISOString()).toBe('2027-11-03T05:30:00.000Z');
    // The description as plain text with the place, as in the event's own .ics.
    expect(events[0]!.description).toMatch(
      /^Hundreds of NGO representatives on one platform\.\n\nXankəndi Konqres Mərkəzi, /,
    );
    // Only the hash is stored.
    const stored = await concord()
      .deps.db.kysely.selectFrom('calendar_feeds')
      .select('token_hash')
      .where('person_id', '=', person.id)
      .execute();
    expect(stored.map((s) => s.token_hash).join()).not.toContain(
      path.split('/').pop()!.slice(0, -4),
    );

    // A new address revokes the old one.
    await person.client.get('/events/feed');
    const replaced = await person.client.post('/events/feed', {});
    const newPath = new URL(
      /id="feed-url" type="text" readonly="" value="([^"]+)"/.exec(replaced.html)![1]!,
    ).pathname;
    expect((await concord().client().get(path)).status).toBe(404);
    expect((await concord().client().get(newPath)).status).toBe(200);

    await person.client.get('/events/feed');
    expect((await person.client.post('/events/feed/revoke', {})).status).toBe(303);
    expect((await concord().client().get(newPath)).status).toBe(404);
    expect((await concord().client().get('/events/feed/nonsense.ics')).status).toBe(404);
  });
});
