import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TestClient } from '../../../../test/app.js';
import { useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import type { EventRow, VenueRow } from '../tables.js';
import { addEventToCalendar, eventsCalendar, newCalendar } from './calendar.js';

/** Parses a calendar as a calendar program would: zones from its VTIMEZONEs, then its events. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    ICAL.TimezoneService.register(zone);
  }
  return {
    calendar,
    events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)),
  };
}

const utc = (time: ICAL.Time) => time.toJSDate().toISOString();

describeEachEngine('event calendar files', (engine) => {
  const concord = useConcord(engine);
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;

  async function published(client: TestClient, orgId: string, changes = {}) {
    await client.get('/events/new');
    const created = await client.post('/events', eventForm(orgId, changes));
    expect(created.status).toBe(303);
    const slug = slugFrom(created.location);
    await client.get(`/events/${slug}`);
    expect((await client.post(`/events/${slug}/publish`, {})).status).toBe(303);
    return slug;
  }
  const row = (slug: string) =>
    concord()
      .deps.db.kysely.selectFrom('events')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Şuşa Mədəniyyət Birliyi');
  });

  it('serves an .ics whose start, read in its own zone, is the stored UTC instant', async () => {
    const slug = await published(organiser.client, organiser.organization.id);
    const response = await concord().client().get(`/events/${slug}/event.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${slug}.ics"`);
    expect(response.html).toContain('DTSTART;TZID=Asia/Baku:20271020T100000');
    const { calendar, events } = parseCalendar(response.html);
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe(
      'Asia/Baku',
    );
    expect(events).toHaveLength(1);
    const [event] = events;
    const stored = await row(slug);
    expect(utc(event!.startDate)).toBe(stored.starts_at);
    expect(utc(event!.endDate)).toBe(stored.ends_at);
    expect(stored.starts_at).toBe('2027-10-20T06:00:00.000Z');
    expect(event!.uid).toBe(`${stored.id}@${new URL(concord().deps.config.baseUrl).host}`);
    expect(event!.summary).toBe('Azerbaijan NGOs Cooperation Forum');
    expect(event!.location).toBe(
      'Xankəndi Konqres Mərkəzi, Azadlıq küçəsi 1, Xankəndi, Azerbaijan',
    );
    // Plain text, not the Markdown the organiser wrote (`on **one** platform`), then the place.
    expect(event!.description).toBe(
      [
        'Hundreds of NGO representatives on one platform.',
        'Xankəndi Konqres Mərkəzi, Azadlıq küçəsi 1, Xankəndi, Azerbaijan',
        `${concord().deps.config.baseUrl}/events/${slug}`,
      ].join('\n\n'),
    );
    expect(response.html).not.toContain('**');
    expect(event!.component.getFirstPropertyValue('url')).toBe(
      `${concord().deps.config.baseUrl}/events/${slug}`,
    );
    expect(event!.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
  });

  it('converts a daylight-saving zone correctly and names the summary in the reader’s language', async () => {
    const slug = await published(organiser.client, organiser.organization.id, {
      timeZone: 'Europe/Berlin',
      startsAt: '2027-07-01T09:30',
      endsAt: '2027-07-01T12:00',
    });
    const client = concord().client();
    const response = await client.request(`/events/${slug}/event.ics`, {
      headers: { 'accept-language': 'az' },
    });
    const { events } = parseCalendar(response.html);
    expect(utc(events[0]!.startDate)).toBe('2027-07-01T07:30:00.000Z');
    expect((await row(slug)).starts_at).toBe('2027-07-01T07:30:00.000Z');
    expect(events[0]!.summary).toBe('Azərbaycan QHT-lərinin Əməkdaşlıq Forumu');
  });

  it('marks a cancelled event CANCELLED and keeps its UID across edits', async () => {
    const slug = await published(organiser.client, organiser.organization.id, {
      titleEn: 'Cancelled gathering',
    });
    const first = parseCalendar((await concord().client().get(`/events/${slug}/event.ics`)).html);
    await organiser.client.get(`/events/${slug}/edit`);
    const saved = await organiser.client.post(
      `/events/${slug}`,
      eventForm(organiser.organization.id, { titleEn: 'Cancelled gathering (moved)' }),
    );
    expect(saved.status).toBe(303);
    await organiser.client.get(`/events/${slug}`);
    expect((await organiser.client.post(`/events/${slug}/cancel`, {})).status).toBe(303);
    const after = parseCalendar((await concord().client().get(`/events/${slug}/event.ics`)).html);
    expect(after.events[0]!.uid).toBe(first.events[0]!.uid);
    expect(after.events[0]!.summary).toBe('Cancelled gathering (moved)');
    expect(after.events[0]!.component.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('builds one calendar of several stored events, each with its venue', async () => {
    const baku = await published(organiser.client, organiser.organization.id, {
      titleEn: 'Feed event in Baku',
      venueName: 'Baku Expo Center',
      venueCity: 'Bakı',
    });
    const online = await published(organiser.client, organiser.organization.id, {
      titleEn: 'Feed webinar',
      kind: 'webinar',
      venueName: '',
      venueAddress: '',
      venueCity: '',
      venueCountry: '',
      onlineUrl: 'https://meet.example.org/feed',
      timeZone: 'Asia/Tashkent',
    });
    const rows = [await row(baku), await row(online)];
    const calendar = await eventsCalendar(concord().events, rows, 'en', {
      name: 'My events',
      onlineLink: true,
    });
    const { events } = parseCalendar(calendar.toString());
    expect(events.map((e) => e.summary)).toEqual(['Feed event in Baku', 'Feed webinar']);
    expect(events[0]!.location).toBe('Baku Expo Center, Azadlıq küçəsi 1, Bakı, Azerbaijan');
    expect(events[1]!.location).toBe('https://meet.example.org/feed');
    expect(events[0]!.description).toContain(
      'on one platform.\n\nBaku Expo Center, Azadlıq küçəsi 1, Bakı, Azerbaijan\n\n',
    );
    // Online only: no address, the meeting link for a seat-holder.
    expect(events[1]!.description).toContain('on one platform.\n\nhttps://meet.example.org/feed');
    const shared = await eventsCalendar(concord().events, rows, 'en', { onlineLink: false });
    expect(shared.toString()).not.toContain('meet.example.org');
    expect(events.map((e) => utc(e.startDate))).toEqual(rows.map((r) => r.starts_at));
  });
});

describe('addEventToCalendar', () => {
  const at = '2027-01-01T00:00:00.000Z';
  const event = (id: string, zone: string, startsAt: string, endsAt: string): EventRow => ({
    id,
    slug: id,
    kind: 'webinar',
    series_id: null,
    parent_event_id: null,
    title: JSON.stringify({ en: `Event ${id}`, ru: `Событие ${id}` }),
    description: JSON.stringify({ en: 'Plain *Markdown* text' }),
    starts_at: startsAt,
    ends_at: endsAt,
    time_zone: zone,
    venue_id: null,
    online_url: 'https://meet.example.org/x',
    status: 'published',
    registration_mode: 'open',
    capacity: null,
    registration_deadline: null,
    confirmed_count: 0,
    waitlisted_count: 0,
    attended_count: 0,
    published_at: at,
    created_by: null,
    created_at: at,
    updated_at: at,
  });

  it('writes one VTIMEZONE per zone, and each event converts to its stored instant', () => {
    const calendar = newCalendar('My registrations');
    const rows = [
      event('a', 'Asia/Baku', '2027-05-01T06:00:00.000Z', '2027-05-01T08:00:00.000Z'),
      event('b', 'America/Sao_Paulo', '2027-05-02T13:00:00.000Z', '2027-05-02T15:00:00.000Z'),
      event('c', 'Australia/Sydney', '2027-12-02T23:00:00.000Z', '2027-12-03T01:00:00.000Z'),
    ];
    const venue: VenueRow | null = null;
    for (const r of rows) {
      addEventToCalendar(calendar, r, venue, {
        locale: 'ru',
        baseUrl: 'https://concord.example',
        onlineLink: true,
      });
    }
    const parsed = parseCalendar(calendar.toString());
    expect(
      parsed.calendar.getAllSubcomponents('vtimezone').map((z) => z.getFirstPropertyValue('tzid')),
    ).toEqual(['Asia/Baku', 'America/Sao_Paulo', 'Australia/Sydney']);
    expect(parsed.events.map((e) => utc(e.startDate))).toEqual(rows.map((r) => r.starts_at));
    expect(parsed.events.map((e) => utc(e.endDate))).toEqual(rows.map((r) => r.ends_at));
    expect(parsed.events.map((e) => e.summary)).toEqual(['Событие a', 'Событие b', 'Событие c']);
    // Online only: the link is the location.
    expect(parsed.events[0]!.location).toBe('https://meet.example.org/x');
    expect(parsed.events[0]!.uid).toBe('a@concord.example');
  });
});
