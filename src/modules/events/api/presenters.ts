/**
 * What of an event and its programme the API returns: explicit whitelists, so a column added
 * to a table or a field added to the pages' presenters (registration codes, e-mail addresses,
 * internal ids) does not leak into the API by itself.
 */
import type { z } from '@hono/zod-openapi';
import type { Locale } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  pickedLanguage,
  pickTranslation,
  type Translations,
} from '../../../platform/i18n/translations.js';
import { countryName } from '../../reference/index.js';
import type { listEventRows } from '../event/listing.js';
import type { EventView } from '../event/presenters.js';
import { isoWithOffset } from '../event/times.js';
import { presentSession } from '../programme/presenters.js';
import type { ProgrammeData } from '../programme/service.js';
import type { PublicParticipation } from '../registration/participants/service.js';
import type { EventRow } from '../tables.js';
import type {
  EventPageSchema,
  EventSchema,
  EventSummarySchema,
  ProgrammeSchema,
} from './schema.js';

type ApiEvent = z.infer<typeof EventSchema>;
type ApiSummary = z.infer<typeof EventSummarySchema>;
type ApiPage = z.infer<typeof EventPageSchema>;
type ApiProgramme = z.infer<typeof ProgrammeSchema>;

const slugPath = (slug: string) => encodeURIComponent(slug);
export const apiEventUrl = (baseUrl: string, slug: string) =>
  `${baseUrl}/api/v1/events/${slugPath(slug)}`;

/** Where else the event is: its page, programme, figures (not repeated here) and calendar file. */
export const eventLinks = (baseUrl: string, slug: string): ApiEvent['links'] => ({
  self: apiEventUrl(baseUrl, slug),
  page: `${baseUrl}/events/${slugPath(slug)}`,
  programme: `${apiEventUrl(baseUrl, slug)}/programme`,
  figures: `${baseUrl}/events/${slugPath(slug)}/figures.json`,
  calendar: `${baseUrl}/events/${slugPath(slug)}/event.ics`,
});

const languageOrNull = (lang: Locale | undefined) => lang ?? null;

/** Only the languages the platform writes in, whatever else the stored JSON holds. */
const texts = (t: Translations) => {
  const out: Translations = {};
  for (const lang of ['az', 'en', 'ru'] as const) if (t[lang]) out[lang] = t[lang];
  return out;
};

/** One page of the public list, in the list's order. */
export function presentEventPageForApi(
  list: Awaited<ReturnType<typeof listEventRows>>,
  baseUrl: string,
  locale: Locale,
): ApiPage {
  const events = list.rows.map((row): ApiSummary => {
    const titles = parseTranslations(row.title);
    return {
      slug: row.slug,
      kind: row.kind,
      status: row.status,
      title: pickTranslation(titles, locale),
      titleLang: languageOrNull(pickedLanguage(titles, locale)),
      startsAt: isoWithOffset(row.starts_at, row.time_zone),
      endsAt: isoWithOffset(row.ends_at, row.time_zone),
      timeZone: row.time_zone,
      city: row.venue_city,
      country: row.venue_country,
      countryName: row.venue_country ? countryName(row.venue_country, locale) : null,
      online: row.online_url !== null,
      url: apiEventUrl(baseUrl, row.slug),
    };
  });
  return { next: list.next, events };
}

/** The event as its page shows it to the caller, with the public registration figures. */
export function presentEventForApi(
  view: EventView,
  registration: { closedReason: string | undefined; participation: PublicParticipation },
  baseUrl: string,
): ApiEvent {
  const { participation } = registration;
  return {
    slug: view.slug,
    kind: view.kind,
    status: view.status,
    title: view.title,
    titleLang: languageOrNull(view.titleLang),
    titles: texts(view.titles),
    description: view.description,
    descriptionLang: languageOrNull(view.descriptionLang),
    descriptions: texts(view.descriptions),
    startsAt: view.startsAtLocal,
    endsAt: view.endsAtLocal,
    timeZone: view.timeZone,
    venue: view.venue && {
      name: view.venue.name,
      address: view.venue.address,
      city: view.venue.city,
      country: view.venue.country,
      countryName: view.venue.countryName,
    },
    online: view.online,
    // Omitted, not null, for those who may not have it: null means there is no link.
    ...(view.onlineUrl !== null || !view.online ? { onlineUrl: view.onlineUrl } : {}),
    organizers: view.organizers.map((o) => ({ slug: o.slug, name: o.name })),
    sdgs: [...view.sdgs],
    series: view.series && { slug: view.series.slug, title: view.series.title },
    parent: view.parent && {
      slug: view.parent.slug,
      title: view.parent.title,
      url: apiEventUrl(baseUrl, view.parent.slug),
    },
    sideEvents: view.sideEvents.map((s) => ({
      slug: s.slug,
      title: s.title,
      status: s.status,
      url: apiEventUrl(baseUrl, s.slug),
    })),
    registration: {
      mode: view.registrationMode,
      open: registration.closedReason === undefined,
      closedReason: registration.closedReason ?? null,
      deadline: view.registrationDeadline
        ? isoWithOffset(view.registrationDeadline, view.timeZone)
        : null,
      capacity: view.capacity,
      confirmed: participation.confirmed,
      waitlisted: participation.waitlisted,
      seatsLeft: participation.seatsLeft,
      organizations: participation.organizations.map((o) => ({ slug: o.slug, name: o.name })),
    },
    publishedAt: view.publishedAt,
    updatedAt: view.updatedAt,
    links: eventLinks(baseUrl, view.slug),
  };
}

/**
 * A name first written in no recorded language (a room as the venue names it, a track, a
 * topic) and its translations, given as titles are: in the request's language where it has
 * one, else as first written (its language then null), with every translation.
 */
function named(original: string, json: string, locale: Locale) {
  const translations = texts(parseTranslations(json));
  const translated = translations[locale];
  return { text: translated || original, lang: translated ? locale : null, translations };
}

/** Each text once, in the reader's alphabetical order. */
const sorted = (values: Iterable<string>, locale: Locale) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b, locale));

/** Every session of the programme with its room, speakers' public names, topics and goals. */
export function presentProgrammeForApi(
  event: EventRow,
  data: ProgrammeData,
  locale: Locale,
  baseUrl: string,
): ApiProgramme {
  const zone = event.time_zone;
  const sessions = data.sessions.map((row) => {
    const s = presentSession(row, data, zone, locale);
    const person = (p: (typeof s.speakers)[number]) => ({
      name: p.name,
      organization: p.organization,
    });
    const room = row.room_name
      ? named(row.room_name, row.room_name_translations ?? '{}', locale)
      : null;
    const track = row.track ? named(row.track, row.track_translations, locale) : null;
    // The topics in the order the page lists them: the reader's alphabetical order.
    const stored = new Map((data.tags.get(row.id) ?? []).map((t) => [t.tag, t.tag_translations]));
    const topics = s.topics.map(({ value }) => {
      const topic = named(value, stored.get(value) ?? '{}', locale);
      return { value, label: topic.text, lang: topic.lang, translations: topic.translations };
    });
    return {
      id: s.id,
      kind: s.kind,
      title: s.title,
      titleLang: languageOrNull(s.titleLang),
      titles: texts(parseTranslations(row.title)),
      description: s.description,
      descriptionLang: languageOrNull(s.descriptionLang),
      descriptions: texts(parseTranslations(row.description)),
      startsAt: s.startsAtLocal,
      endsAt: s.endsAtLocal,
      day: s.day,
      room: room?.text ?? null,
      roomLang: room?.lang ?? null,
      roomTranslations: room?.translations ?? {},
      track: track?.text ?? null,
      trackLang: track?.lang ?? null,
      trackTranslations: track?.translations ?? {},
      trackValue: row.track,
      tags: topics.map((t) => t.label),
      topics,
      sdgs: [...s.sdgs],
      capacity: s.capacity,
      moderators: s.moderators.map(person),
      speakers: s.speakers.map(person),
    };
  });
  const titles = parseTranslations(event.title);
  return {
    event: {
      slug: event.slug,
      title: pickTranslation(titles, locale),
      url: apiEventUrl(baseUrl, event.slug),
    },
    timeZone: zone,
    rooms: sorted(
      sessions.flatMap((s) => (s.room ? [s.room] : [])),
      locale,
    ),
    tracks: sorted(
      sessions.flatMap((s) => (s.track ? [s.track] : [])),
      locale,
    ),
    tags: sorted(
      sessions.flatMap((s) => s.tags),
      locale,
    ),
    sessions,
  };
}
