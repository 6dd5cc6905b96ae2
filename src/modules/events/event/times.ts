/**
 * An event's times: stored as UTC instants, typed and shown as local date and time in the
 * event's IANA time zone (decision 009). Luxon does the zone arithmetic, including the hours
 * that daylight saving skips or repeats.
 */
import { DateTime, IANAZone } from 'luxon';
import type { Locale } from '../../../platform/i18n/index.js';

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

/**
 * Results of pure formatting kept across requests, by their inputs joined with spaces (no zone,
 * language or ISO instant has one): a programme shows hundreds of sessions at a few dozen
 * distinct times, and the Intl call behind each was most of the page's cost. Forgotten all at
 * once past KEPT entries, so that no run of inputs grows them without bound.
 */
const KEPT = 10_000;
const FORMATS_KEPT = 500;
function remembered<Inputs extends string[]>(compute: (...inputs: Inputs) => string) {
  const values = new Map<string, string>();
  return (...inputs: Inputs) => {
    const key = inputs.join(' ');
    let value = values.get(key);
    if (value === undefined) {
      value = compute(...inputs);
      if (values.size >= KEPT) values.clear();
      values.set(key, value);
    }
    return value;
  };
}

/** One Intl format per language, zone and options: building one costs more than using it. */
const formats = new Map<string, Intl.DateTimeFormat>();
function format(locale: string, zone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${zone} ${JSON.stringify(options)}`;
  let made = formats.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    if (formats.size >= FORMATS_KEPT) formats.clear();
    formats.set(key, made);
  }
  return made;
}

const WALL_CLOCK: Intl.DateTimeFormatOptions = {
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
};

/** The instant's wall-clock time in the zone and the zone's offset then: 2025-10-20T10:00:00+04:00. */
const withOffset = remembered((utc: string, zone: string) => {
  const instant = new Date(utc);
  const part: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const { type, value } of format('en-US', zone, WALL_CLOCK).formatToParts(instant)) {
    part[type] = value;
  }
  const local = `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}`;
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = Math.round((Date.parse(`${local}Z`) - wholeSeconds) / 60_000);
  const minutes = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
});

/** The instant with the zone's offset, as schema.org wants: 2025-10-20T10:00:00+04:00. */
export const isoWithOffset = (utc: string, zone: string) =>
  Number.isNaN(Date.parse(utc)) ? utc : withOffset(utc, zone);

/** The calendar day (YYYY-MM-DD) an instant falls on in the zone. */
export const localDay = (utc: string, zone: string) => withOffset(utc, zone).slice(0, 10);

/** Start and end times as people read them, in the zone: "10:00–11:30" (no date). */
export const formatTimeRange = remembered(
  (startsAt: string, endsAt: string, zone: string, locale: Locale) =>
    format(locale, zone, { timeStyle: 'short' }).formatRange(new Date(startsAt), new Date(endsAt)),
);

/** The instant as a Luxon time in the zone (for iCalendar, which writes it with a TZID). */
export const inZone = (utc: string, zone: string) =>
  DateTime.fromISO(utc, { zone: 'utc' }).setZone(zone);

/** The zone as people read it next to a time: "Asia/Baku (GMT+4)". */
export function zoneLabel(utc: string, zone: string, locale: Locale) {
  const offset =
    format(locale, zone, { timeZoneName: 'shortOffset' })
      .formatToParts(new Date(utc))
      .find((p) => p.type === 'timeZoneName')?.value ?? '';
  return offset ? `${zone} (${offset})` : zone;
}

/** Start and end as people read them, in the zone: one date when both fall on the same day. */
export const formatEventTimes = (startsAt: string, endsAt: string, zone: string, locale: Locale) =>
  format(locale, zone, { dateStyle: 'long', timeStyle: 'short' }).formatRange(
    new Date(startsAt),
    new Date(endsAt),
  );
