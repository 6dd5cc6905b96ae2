/**
 * An event's times: stored as UTC instants, typed and shown as local date and time in the
 * event's IANA time zone (decision 009). Luxon does the zone arithmetic, including the hours
 * that daylight saving skips or repeats.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Locale } from '../../platform/i18n/index.js';

export const DEFAULT_TIME_ZONE = 'Asia/Baku';

/** Every IANA zone this runtime knows, for the form's select. */
export const TIME_ZONES: readonly string[] = Intl.supportedValuesOf('timeZone');
const zones = new Set(TIME_ZONES);

export const isTimeZone = (zone: string) => zones.has(zone) || IANAZone.isValidZone(zone);

/** What a datetime-local control sends: 2025-10-20T10:00 (seconds allowed). */
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/**
 * The UTC ISO instant of a wall-clock time in a zone, or null when the text is no such time.
 * A time skipped by daylight saving moves forward by the gap, as clocks do.
 */
export function localToUtc(local: string, zone: string): string | null {
  if (!LOCAL.test(local) || !isTimeZone(zone)) return null;
  const time = DateTime.fromISO(local, { zone });
  return time.isValid ? time.toUTC().toISO() : null;
}

/** A stored instant as the value of a datetime-local control in the zone. */
export const utcToLocal = (utc: string, zone: string) =>
  DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone).toFormat("yyyy-LL-dd'T'HH:mm");

const wallClockFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The wall-clock time of an instant in a zone (2025-10-20T10:00:00) and the zone's offset then,
 * in minutes. Through one cached Intl format per zone: a programme presents hundreds of
 * sessions, and building a Luxon time for each was most of the page's cost.
 */
function wallClock(utc: string, zone: string) {
  let format = wallClockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    wallClockFormats.set(zone, format);
  }
  const instant = new Date(utc);
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format.formatToParts(instant)) part[type] = value;
  const local = `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return { local, offsetMinutes: Math.round((Date.parse(`${local}Z`) - wholeSeconds) / 60_000) };
}

/** The instant with the zone's offset, as schema.org wants: 2025-10-20T10:00:00+04:00. */
export function isoWithOffset(utc: string, zone: string) {
  if (Number.isNaN(Date.parse(utc))) return utc;
  const { local, offsetMinutes } = wallClock(utc, zone);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${sign}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export const localDay = (utc: string, zone: string) => wallClock(utc, zone).local.slice(0, 10);

/** The instant as a Luxon time in the zone (for iCalendar, which writes it with a TZID). */
export const inZone = (utc: string, zone: string) =>
  DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone);

/** The zone as people read it next to a time: "Asia/Baku (GMT+4)". */
export function zoneLabel(utc: string, zone: string, locale: Locale) {
  const offset =
    new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'shortOffset' })
      .formatToParts(new Date(utc))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return offset ? `${zone} (${offset})` : zone;
}

/** Start and end as people read them, in the zone: one date when both fall on the same day. */
export function formatEventTimes(startsAt: string, endsAt: string, zone: string, locale: Locale) {
  const start = new Date(startsAt);
  const end = new Date(endsAt);
  const format = new Intl.DateTimeFormat(locale, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: zone,
  });
  return format.formatRange(start, end);
}
