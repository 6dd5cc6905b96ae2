/** What of an event leaves the server, for views, JSON-LD and iCalendar alike. */
import { formatDateTime, type Locale } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  pickedLanguage,
  pickTranslation,
  readTranslation,
} from '../../../platform/i18n/translations.js';
import { countryName } from '../../reference/index.js';
import type { EventRow } from '../tables.js';
import type { EventDetails } from './service.js';
import { formatEventTimes, isoWithOffset, utcToLocal, zoneLabel } from './times.js';

/** The event's times as shown: in its own zone, with the zone named. */
const presentTimes = (startsAt: string, endsAt: string, zone: string, locale: Locale) => ({
  startsAt,
  endsAt,
  timeZone: zone,
  /** "20 October 2025, 10:00–18:00", in the event's zone. */
  when: formatEventTimes(startsAt, endsAt, zone, locale),
  /** "Asia/Baku (GMT+4)". */
  zoneLabel: zoneLabel(startsAt, zone, locale),
  startsAtLocal: isoWithOffset(startsAt, zone),
  endsAtLocal: isoWithOffset(endsAt, zone),
});

/**
 * `access.onlineLink`: whether the reader may have the meeting link (policy
 * 'event.onlineLink.view'); others learn only that the event is online.
 */
export function presentEvent(
  row: EventRow,
  details: EventDetails,
  locale: Locale,
  access: { onlineLink: boolean },
) {
  const titles = parseTranslations(row.title);
  const descriptions = parseTranslations(row.description);
  const venue = details.venue;
  return {
    id: row.id,
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: pickTranslation(titles, locale),
    titleLang: pickedLanguage(titles, locale),
    titles,
    description: pickTranslation(descriptions, locale),
    descriptionLang: pickedLanguage(descriptions, locale),
    descriptions,
    ...presentTimes(row.starts_at, row.ends_at, row.time_zone, locale),
    venue: venue
      ? {
          name: venue.name,
          address: venue.address,
          city: venue.city,
          country: venue.country,
          countryName: venue.country ? countryName(venue.country, locale) : null,
        }
      : null,
    online: row.online_url !== null,
    onlineUrl: access.onlineLink ? row.online_url : null,
    organizers: details.organizers,
    sdgs: details.sdgs,
    series: details.series
      ? {
          slug: details.series.slug,
          title: readTranslation(details.series.title, locale),
        }
      : null,
    parent: details.parent
      ? {
          slug: details.parent.slug,
          title: readTranslation(details.parent.title, locale),
        }
      : null,
    sideEvents: details.sideEvents.map((s) => ({
      slug: s.slug,
      status: s.status,
      title: readTranslation(s.title, locale),
      when: formatEventTimes(s.starts_at, s.ends_at, s.time_zone, locale),
    })),
    registrationMode: row.registration_mode,
    capacity: row.capacity,
    registrationDeadline: row.registration_deadline,
    registrationDeadlineText: row.registration_deadline
      ? formatDateTime(row.registration_deadline, locale, row.time_zone)
      : null,
    publishedAt: row.published_at,
    updatedAt: row.updated_at,
  };
}
export type EventView = ReturnType<typeof presentEvent>;

type ListRow = Pick<
  EventRow,
  'id' | 'slug' | 'kind' | 'title' | 'starts_at' | 'ends_at' | 'time_zone' | 'status' | 'online_url'
> & { venue_name: string | null; venue_city: string | null; venue_country: string | null };

export function presentListEntry(row: ListRow, locale: Locale) {
  const titles = parseTranslations(row.title);
  return {
    slug: row.slug,
    kind: row.kind,
    status: row.status,
    title: pickTranslation(titles, locale),
    titleLang: pickedLanguage(titles, locale),
    when: formatEventTimes(row.starts_at, row.ends_at, row.time_zone, locale),
    zoneLabel: zoneLabel(row.starts_at, row.time_zone, locale),
    place: [row.venue_city, row.venue_country ? countryName(row.venue_country, locale) : null]
      .filter(Boolean)
      .join(', '),
    online: row.online_url !== null,
  };
}
export type EventListEntry = ReturnType<typeof presentListEntry>;

/** The event as the edit form's values, times in the event's zone as the form takes them. */
export function eventFormValues(view: EventView): Record<string, string | string[]> {
  return {
    kind: view.kind,
    organizers: view.organizers.map((o) => o.id),
    titleAz: view.titles.az ?? '',
    titleEn: view.titles.en ?? '',
    titleRu: view.titles.ru ?? '',
    descriptionAz: view.descriptions.az ?? '',
    descriptionEn: view.descriptions.en ?? '',
    descriptionRu: view.descriptions.ru ?? '',
    timeZone: view.timeZone,
    startsAt: utcToLocal(view.startsAt, view.timeZone),
    endsAt: utcToLocal(view.endsAt, view.timeZone),
    venueName: view.venue?.name ?? '',
    venueAddress: view.venue?.address ?? '',
    venueCity: view.venue?.city ?? '',
    venueCountry: view.venue?.country ?? '',
    onlineUrl: view.onlineUrl ?? '',
    sdgs: view.sdgs.map(String),
    parent: view.parent?.slug ?? '',
    series: view.series?.title ?? '',
    capacity: view.capacity ? String(view.capacity) : '',
    registrationMode: view.registrationMode,
    registrationDeadline: view.registrationDeadline
      ? utcToLocal(view.registrationDeadline, view.timeZone)
      : '',
  };
}
