/**
 * An event's dates and its programme. When an event moves wholesale (start and end by the same
 * time) the organiser may move every session with it; otherwise each session must already fall
 * within the new dates, and the save is refused naming the sessions in the way.
 *
 * Runs inside the event's save transaction after the event's row is locked: a session saved at
 * the same moment waits for that lock (see service.ts), so it is either seen here or checked
 * against the new dates. Every refusal comes before the first write.
 */
import type { Kysely } from 'kysely';
import { nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { type Invalid, invalid, invalidFields, type Problem } from '../../../platform/outcome.js';
import type { Events } from '../context.js';
import type { EventRow } from '../tables.js';
import * as q from './queries.js';

/** The programme fits, and how far it moved; or the problems at the start and end fields. */
export type ProgrammeFit = { ok: true; moved: number; shiftMinutes: number } | Invalid;

/** How many sessions a refusal names by title; the rest are counted. */
const NAMED = 3;

const QUOTES: Record<Locale, [string, string]> = { en: ['“', '”'], az: ['“', '”'], ru: ['«', '»'] };

const shifted = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

function outside(sessions: q.SessionListRow[], locale: Locale): Problem {
  const [open, close] = QUOTES[locale];
  const titles = sessions
    .slice(0, NAMED)
    .map((s) => `${open}${readTranslation(s.title, locale)}${close}`)
    .join(', ');
  return {
    key: 'validation.event.programme.outside',
    values: { count: sessions.length, titles, more: Math.max(0, sessions.length - NAMED) },
  };
}

/**
 * Makes the programme fit the event's new dates, or says why it cannot. `event` is the locked
 * row as it stands before the save.
 */
export async function fitProgrammeToDates(
  tx: Kysely<Database>,
  event: EventRow,
  dates: { startsAt: string; endsAt: string },
  options: { moveProgramme: boolean; locale: Locale },
): Promise<ProgrammeFit> {
  const unchanged: ProgrammeFit = { ok: true, moved: 0, shiftMinutes: 0 };
  if (dates.startsAt === event.starts_at && dates.endsAt === event.ends_at) return unchanged;
  const sessions = await q.listSessions(tx, event.id);
  if (sessions.length === 0) return unchanged;
  const shift = Date.parse(dates.startsAt) - Date.parse(event.starts_at);
  const wholesale = shift !== 0 && Date.parse(dates.endsAt) - Date.parse(event.ends_at) === shift;
  if (wholesale && options.moveProgramme) {
    return moveProgramme(tx, event, sessions, shift, options.locale);
  }
  const early = sessions.filter((s) => s.starts_at < dates.startsAt);
  const late = sessions.filter((s) => s.starts_at >= dates.startsAt && s.ends_at > dates.endsAt);
  if (early.length === 0 && late.length === 0) return unchanged;
  return invalidFields({
    ...(early.length > 0 ? { startsAt: outside(early, options.locale) } : {}),
    ...(late.length > 0 ? { endsAt: outside(late, options.locale) } : {}),
  });
}

/**
 * Shifts every session by `shift` milliseconds. Within the event nothing new overlaps (all
 * move alike); a room the venue shares with another event is checked against that event's
 * sessions, under the room's lock as a session's save takes it.
 */
async function moveProgramme(
  tx: Kysely<Database>,
  event: EventRow,
  sessions: q.SessionListRow[],
  shift: number,
  locale: Locale,
): Promise<ProgrammeFit> {
  const rooms = [...new Set(sessions.flatMap((s) => (s.room_id ? [s.room_id] : [])))].sort();
  for (const room of rooms) await q.lockRoom(tx, room);
  for (const s of sessions) {
    if (!s.room_id) continue;
    const taken = await q.findRoomOverlap(tx, s.room_id, {
      startsAt: shifted(s.starts_at, shift),
      endsAt: shifted(s.ends_at, shift),
      exceptId: s.id,
      otherThanEvent: event.id,
    });
    if (taken) {
      return invalid('startsAt', 'validation.event.programme.roomTaken', {
        room: readTranslation(s.room_name_translations, locale, s.room_name ?? ''),
        session: readTranslation(s.title, locale),
      });
    }
  }
  const now = nowIso();
  for (const s of sessions) {
    await q.updateSession(tx, s.id, {
      starts_at: shifted(s.starts_at, shift),
      ends_at: shifted(s.ends_at, shift),
      updated_at: now,
    });
  }
  return { ok: true, moved: sessions.length, shiftMinutes: Math.round(shift / 60_000) };
}

/** How many sessions the event has: the edit form offers to move them when there are any. */
export const programmeSize = (ctx: Events, event: EventRow) =>
  q.countSessions(ctx.deps.db.kysely, event.id);
