/**
 * What of a programme leaves the server, for the page, the PDF and the event page's section:
 * sessions grouped by day (in the event's zone) and, within a day, into slots of sessions that
 * run at the same time, so parallel sessions stand side by side.
 */
import type { Locale } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  pickedLanguage,
  pickTranslation,
  readTranslation,
} from '../../../platform/i18n/translations.js';
import { formatTimeRange, isoWithOffset, localDay, zoneLabel } from '../event/times.js';
import type { EventRow, RoomRow } from '../tables.js';
import type { SessionListRow } from './queries.js';
import type { ProgrammeQuery } from './schema.js';
import type { ProgrammeData } from './service.js';

export function presentSession(
  row: SessionListRow,
  data: ProgrammeData,
  zone: string,
  locale: Locale,
) {
  const titles = parseTranslations(row.title);
  const descriptions = parseTranslations(row.description);
  // In the reader's alphabetical order, as they read them (not the stored tags' order).
  const topics = (data.tags.get(row.id) ?? [])
    .map((t) => ({ value: t.tag, label: readTranslation(t.tag_translations, locale, t.tag) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
  const people = (data.speakers.get(row.id) ?? []).map((s) => ({
    name: s.person_name ?? s.guest_name ?? '',
    organization: s.guest_organization,
    role: s.role,
  }));
  return {
    id: row.id,
    kind: row.kind,
    title: pickTranslation(titles, locale),
    titleLang: pickedLanguage(titles, locale),
    description: pickTranslation(descriptions, locale),
    descriptionLang: pickedLanguage(descriptions, locale),
    startsAt: row.starts_at,
    endsAt: row.ends_at,
    startsAtLocal: isoWithOffset(row.starts_at, zone),
    endsAtLocal: isoWithOffset(row.ends_at, zone),
    /** "10:00–11:30" in the event's zone. */
    time: formatTimeRange(row.starts_at, row.ends_at, zone, locale),
    day: localDay(row.starts_at, zone),
    /** The room's name in the reader's language (else as the venue names it). */
    room: row.room_name && readTranslation(row.room_name_translations, locale, row.room_name),
    /** The track as the organisers named it: what the filter links to. */
    track: row.track,
    trackLabel: row.track && readTranslation(row.track_translations, locale, row.track),
    /** The topics as stored (lower case): what the filter links to. */
    tags: topics.map((t) => t.value),
    topics,
    sdgs: (data.sdgs.get(row.id) ?? []).map((g) => g.sdg),
    capacity: row.capacity,
    moderators: people.filter((p) => p.role === 'moderator'),
    speakers: people.filter((p) => p.role === 'speaker'),
  };
}
export type SessionView = ReturnType<typeof presentSession>;

/** A calendar day (already in the event's zone) as people read it. */
const dayFormats = new Map<Locale, Intl.DateTimeFormat>();
function dayLabel(day: string, locale: Locale) {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeZone: 'UTC' });
    dayFormats.set(locale, format);
  }
  return format.format(new Date(`${day}T12:00:00Z`));
}

/** Sessions that overlap in time, chained: one row of the grid. */
function slots(sessions: SessionView[]) {
  const result: { sessions: SessionView[]; endsAt: string }[] = [];
  for (const session of sessions) {
    const last = result[result.length - 1];
    if (last && session.startsAt < last.endsAt) {
      last.sessions.push(session);
      if (session.endsAt > last.endsAt) last.endsAt = session.endsAt;
    } else result.push({ sessions: [session], endsAt: session.endsAt });
  }
  return result.map((s) => ({ sessions: s.sessions, parallel: s.sessions.length > 1 }));
}

const sorted = (values: Iterable<string>) =>
  [...new Set(values)].sort((a, b) => a.localeCompare(b));

/** Filter choices: each value once, named in the reader's language, in its alphabetical order. */
function choices(options: { value: string; label: string }[], locale: Locale) {
  const byValue = new Map(options.map((o) => [o.value, o]));
  return [...byValue.values()].sort((a, b) => a.label.localeCompare(b.label, locale));
}

/** A room as the rooms page and the session form show it: its name in the reader's language. */
export const presentRoom = (room: RoomRow, locale: Locale) => ({
  id: room.id,
  name: readTranslation(room.name_translations, locale, room.name),
  capacity: room.capacity,
});
export type RoomView = ReturnType<typeof presentRoom>;

/** The programme page: filter choices from every session, days of the sessions that match. */
export function presentProgramme(
  event: EventRow,
  data: ProgrammeData,
  query: ProgrammeQuery,
  locale: Locale,
) {
  const zone = event.time_zone;
  const all = data.sessions.map((row) => presentSession(row, data, zone, locale));
  const shown = all.filter(
    (s) =>
      (!query.day || s.day === query.day) &&
      (!query.track || s.track === query.track) &&
      (!query.topic || s.tags.includes(query.topic)),
  );
  const days = sorted(shown.map((s) => s.day)).map((day) => ({
    date: day,
    label: dayLabel(day, locale),
    slots: slots(shown.filter((s) => s.day === day)),
  }));
  return {
    zoneLabel: zoneLabel(event.starts_at, zone, locale),
    total: all.length,
    shown: shown.length,
    days,
    filters: {
      days: sorted(all.map((s) => s.day)).map((d) => ({ value: d, label: dayLabel(d, locale) })),
      tracks: choices(
        all.flatMap((s) => (s.track ? [{ value: s.track, label: s.trackLabel || s.track }] : [])),
        locale,
      ),
      topics: choices(
        all.flatMap((s) => s.topics),
        locale,
      ),
    },
    query,
  };
}
export type ProgrammeView = ReturnType<typeof presentProgramme>;

/** The programme page's address with these filters (a shareable link). */
export function programmeHref(slug: string, query: ProgrammeQuery, suffix = '') {
  const params = new URLSearchParams();
  if (query.day) params.set('day', query.day);
  if (query.track) params.set('track', query.track);
  if (query.topic) params.set('topic', query.topic);
  const search = params.toString();
  return `/events/${slug}/programme${suffix}${search ? `?${search}` : ''}`;
}
