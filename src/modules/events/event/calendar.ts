/**
 * Events as iCalendar (RFC 5545): a VEVENT per event, its times written in the event's own
 * zone with a VTIMEZONE for it, so a calendar shows the local time at the venue and converts
 * it correctly. The same builder serves the event's .ics, confirmation emails and personal feeds;
 * only the last two, for seat-holders, carry the online meeting link.
 */
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalCalendar, ICalEventStatus } from 'ical-generator';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { markdownText } from '../../../ui/markdown.js';
import { countryName } from '../../reference/index.js';
import type { Events } from '../context.js';
import type { EventRow, VenueRow } from '../tables.js';
import * as q from './queries.js';
import { inZone } from './times.js';

/** `onlineLink`: whether the entry may carry the meeting link (the reader holds a seat). */
export type CalendarOptions = { locale: Locale; baseUrl: string; onlineLink: boolean };

/** A calendar that writes a VTIMEZONE for every zone its events use. */
export function newCalendar(name?: string) {
  const calendar = new ICalCalendar({ prodId: { company: 'Concord', product: 'events' } });
  if (name) calendar.name(name);
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  return calendar;
}

/**
 * The event's place as one line: venue, address, city, country; or, with `onlineLink`, the
 * online link.
 */
export function locationText(
  event: EventRow,
  venue: VenueRow | null,
  locale: Locale,
  onlineLink: boolean,
) {
  if (!venue) return onlineLink ? (event.online_url ?? '') : '';
  return [
    venue.name,
    venue.address,
    venue.city,
    venue.country && countryName(venue.country, locale),
  ]
    .filter(Boolean)
    .join(', ');
}

/**
 * Adds one event as a VEVENT. UID is the event's id at the site's host: stable across edits,
 * so a calendar updates the entry it imported before instead of adding another.
 *
 * @example addEventToCalendar(newCalendar(), event, venue, { locale: 'az', baseUrl, onlineLink })
 */
export function addEventToCalendar(
  calendar: ICalCalendar,
  event: EventRow,
  venue: VenueRow | null,
  options: CalendarOptions,
) {
  const url = `${options.baseUrl}/events/${event.slug}`;
  // Calendars show the description as plain text: the Markdown's text, then where the event
  // is (LOCATION holds it too, but many calendars show only the notes in full).
  const description = markdownText(readTranslation(event.description, options.locale));
  const address = venue ? locationText(event, venue, options.locale, false) : '';
  const meeting = options.onlineLink ? event.online_url : null;
  return calendar.createEvent({
    id: `${event.id}@${new URL(options.baseUrl).host}`,
    // Luxon times in the event's zone: ical-generator writes them as local time with a TZID.
    start: inZone(event.starts_at, event.time_zone),
    end: inZone(event.ends_at, event.time_zone),
    timezone: event.time_zone,
    stamp: new Date(event.updated_at),
    lastModified: new Date(event.updated_at),
    summary: readTranslation(event.title, options.locale),
    description: [description, address, meeting, url].filter(Boolean).join('\n\n'),
    location: locationText(event, venue, options.locale, options.onlineLink) || null,
    url,
    status: event.status === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

/**
 * A calendar of several events (a personal feed, say), in one language, their venues loaded
 * in one query; with `onlineLink` only for events the reader holds a seat at.
 *
 * @example (await eventsCalendar(ctx, rows, 'az', { name: 'Concord', onlineLink: true })).toString()
 */
export async function eventsCalendar(
  ctx: Events,
  events: readonly EventRow[],
  locale: Locale,
  options: { name?: string; onlineLink: boolean },
) {
  const venueIds = [...new Set(events.map((e) => e.venue_id).filter((id) => id !== null))];
  const venues = new Map((await q.findVenues(ctx.deps.db.kysely, venueIds)).map((v) => [v.id, v]));
  const calendar = newCalendar(options.name);
  for (const event of events) {
    const venue = event.venue_id ? (venues.get(event.venue_id) ?? null) : null;
    addEventToCalendar(calendar, event, venue, {
      locale,
      baseUrl: ctx.deps.config.baseUrl,
      onlineLink: options.onlineLink,
    });
  }
  return calendar;
}

/** One event's public .ics file, in the reader's language, without the online link. */
export const eventIcs = async (ctx: Events, event: EventRow, locale: Locale) =>
  (await eventsCalendar(ctx, [event], locale, { onlineLink: false })).toString();
