/** Local times in an event's zone and the UTC instants they are stored as. */
import { describe, expect, it } from 'vitest';
import {
  formatEventTimes,
  formatTimeRange,
  isoWithOffset,
  isTimeZone,
  localDay,
  localToUtc,
  utcToLocal,
  zoneLabel,
} from './times.js';

describe('event times', () => {
  it('converts a local time in a zone to UTC and back', () => {
    expect(localToUtc('2025-10-20T10:00', 'Asia/Baku')).toBe('2025-10-20T06:00:00.000Z');
    expect(utcToLocal('2025-10-20T06:00:00.000Z', 'Asia/Baku')).toBe('2025-10-20T10:00');
    // The same wall-clock time is a different instant in summer and in winter.
    expect(localToUtc('2027-07-01T09:00', 'Europe/Berlin')).toBe('2027-07-01T07:00:00.000Z');
    expect(localToUtc('2027-12-01T09:00', 'Europe/Berlin')).toBe('2027-12-01T08:00:00.000Z');
  });

  it('moves a time that daylight saving skips forward by the gap', () => {
    // 02:30 does not exist in Berlin on 28 March 2027: clocks jump from 02:00 to 03:00.
    expect(localToUtc('2027-03-28T02:30', 'Europe/Berlin')).toBe('2027-03-28T01:30:00.000Z');
    expect(utcToLocal('2027-03-28T01:30:00.000Z', 'Europe/Berlin')).toBe('2027-03-28T03:30');
  });

  it('refuses what is no time or no zone', () => {
    expect(localToUtc('2027-02-30T10:00', 'Asia/Baku')).toBeNull();
    expect(localToUtc('20 October', 'Asia/Baku')).toBeNull();
    expect(localToUtc('2027-02-10T10:00', 'Mars/Olympus_Mons')).toBeNull();
    expect(isTimeZone('Asia/Baku')).toBe(true);
    expect(isTimeZone('Mars/Olympus_Mons')).toBe(false);
  });

  it('writes instants with the zone offset and names the zone for people', () => {
    expect(isoWithOffset('2025-10-20T06:00:00.000Z', 'Asia/Baku')).toBe(
      '2025-10-20T10:00:00+04:00',
    );
    expect(isoWithOffset('2027-07-01T07:30:00.000Z', 'Europe/Berlin')).toBe(
      '2027-07-01T09:30:00+02:00',
    );
    // West of Greenwich, a half-hour zone, and a day that differs from the UTC day.
    expect(isoWithOffset('2026-01-15T02:00:00.000Z', 'America/Sao_Paulo')).toBe(
      '2026-01-14T23:00:00-03:00',
    );
    expect(isoWithOffset('2026-01-15T20:00:00.000Z', 'Asia/Kolkata')).toBe(
      '2026-01-16T01:30:00+05:30',
    );
    expect(isoWithOffset('2026-01-15T12:00:00.000Z', 'UTC')).toBe('2026-01-15T12:00:00+00:00');
    expect(localDay('2026-01-15T20:00:00.000Z', 'Asia/Kolkata')).toBe('2026-01-16');
    expect(localDay('2026-01-15T02:00:00.000Z', 'America/Sao_Paulo')).toBe('2026-01-14');
    expect(zoneLabel('2025-10-20T06:00:00.000Z', 'Asia/Baku', 'en')).toBe('Asia/Baku (GMT+4)');
    expect(
      formatEventTimes('2025-10-20T06:00:00.000Z', '2025-10-20T14:00:00.000Z', 'Asia/Baku', 'az'),
    ).toBe('20 oktyabr 2025 10:00–18:00');
  });

  it('writes a session’s start and end in the zone, the same when asked again', () => {
    const range = ['2025-10-20T06:00:00.000Z', '2025-10-20T07:30:00.000Z'] as const;
    expect(formatTimeRange(...range, 'Asia/Baku', 'az')).toBe('10:00–11:30');
    // The second answer comes from memory; the language and zone are part of what it is kept by.
    expect(formatTimeRange(...range, 'Asia/Baku', 'az')).toBe('10:00–11:30');
    expect(formatTimeRange(...range, 'Europe/Berlin', 'az')).toBe('08:00–09:30');
    // An hour that spans the night Berlin's clocks jump from 02:00 to 03:00.
    expect(
      formatTimeRange(
        '2027-03-28T00:30:00.000Z',
        '2027-03-28T01:30:00.000Z',
        'Europe/Berlin',
        'en',
      ),
    ).toMatch(/^1:30\s–\s3:30\sAM$/);
    expect(isoWithOffset('2027-03-28T01:30:00.000Z', 'Europe/Berlin')).toBe(
      '2027-03-28T03:30:00+02:00',
    );
    expect(isoWithOffset('2027-03-28T00:30:00.000Z', 'Europe/Berlin')).toBe(
      '2027-03-28T01:30:00+01:00',
    );
  });

  it('keeps refusing what is no instant', () => {
    expect(isoWithOffset('not a time', 'Asia/Baku')).toBe('not a time');
    expect(() => localDay('not a time', 'Asia/Baku')).toThrow(RangeError);
    expect(() => formatTimeRange('not a time', 'nor this', 'Asia/Baku', 'en')).toThrow(RangeError);
  });
});
