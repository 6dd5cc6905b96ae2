/**
 * The rules of an event's programme: sessions that must fall within the event, end after they
 * start and never share a room at the same time (rooms themselves: rooms.ts). A
 * speaker booked twice at once is only a warning: the organiser may know better (a short
 * greeting, a video message). Speakers typed by address are invited, never looked up: they are
 * on the programme once they accept (invitations/service.ts).
 *
 * The checks and the write share one transaction that first takes the event's row lock, then
 * the room's, so of two organisers booking one room slot at once one saves and the other is
 * refused, and a session never lands outside dates or room seats changed at the same moment.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import {
  parseTranslations,
  readTranslation,
  translationsJson,
} from '../../../platform/i18n/translations.js';
import {
  type Invalid,
  invalid,
  invalidFields,
  type Problem,
  type Problems,
} from '../../../platform/outcome.js';
import type { Events } from '../context.js';
import { lockEvent } from '../event/rows.js';
import { formatEventTimes, utcToLocal } from '../event/times.js';
import type { EventRow, RoomRow, SessionRow, SpeakerRow } from '../tables.js';
import {
  type AddressedSpeaker,
  acceptedPeople,
  sessionInvitations,
  syncInvitations,
} from './invitations/service.js';
import * as q from './queries.js';
import { roomName } from './rooms.js';
import type { SessionSaveInput } from './schema.js';

/**
 * Not saved yet, though nothing was wrong: the speakers are elsewhere at that time, and the
 * form asks to confirm. Each warning names the other session.
 */
export type SpeakerWarning = { ok: false; warnings: Problem[] };

export {
  createRoom,
  deleteRoom,
  eventRooms,
  findEventRoom,
  roomName,
  updateRoom,
  venueName,
} from './rooms.js';

const json = (texts: Record<string, string | undefined>) =>
  JSON.stringify(Object.fromEntries(Object.entries(texts).filter(([, v]) => v)));

/**
 * The form's speakers: named guests as rows of the session's speakers; addresses as the
 * invitations to send or keep (one per address, its first line), never looked up here.
 */
function splitSpeakers(input: SessionSaveInput, sessionId: string) {
  const now = nowIso();
  const guests: SpeakerRow[] = [];
  const addressed = new Map<string, AddressedSpeaker>();
  input.speakers.forEach((s, position) => {
    const organization = s.organization ?? null;
    if (s.email) {
      if (!addressed.has(s.email)) {
        addressed.set(s.email, { email: s.email, role: s.role, position, organization });
      }
      return;
    }
    guests.push({
      id: newId(),
      session_id: sessionId,
      person_id: null,
      guest_name: s.name ?? null,
      guest_organization: organization,
      role: s.role,
      position,
      created_at: now,
    });
  });
  return { guests, addressed: [...addressed.values()] };
}

/** Where the session's speakers are at the same time: one warning per other session. */
async function speakerWarnings(
  db: Kysely<Database>,
  event: EventRow,
  input: SessionSaveInput,
  speakers: { personIds: string[]; guests: SpeakerRow[] },
  exceptId: string | undefined,
  locale: Locale,
): Promise<Problem[]> {
  const overlaps = await q.findSpeakerOverlaps(db, {
    eventId: event.id,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    exceptId,
    personIds: speakers.personIds,
    guestNames: speakers.guests.flatMap((s) => (s.guest_name ? [s.guest_name.toLowerCase()] : [])),
  });
  return overlaps.map((o) => ({
    key: 'programme.warning.speakerBusy',
    values: {
      name: o.person_name ?? o.guest_name ?? '',
      session: readTranslation(o.title, locale),
      when: formatEventTimes(o.starts_at, o.ends_at, o.time_zone, locale),
    },
  }));
}

/** The session's times against the event's: a problem at each field that falls outside. */
function outsideEvent(event: EventRow, input: SessionSaveInput, locale: Locale) {
  const problems: Problems = {};
  const eventTimes: Problem = {
    key: 'validation.session.outsideEvent',
    values: { when: formatEventTimes(event.starts_at, event.ends_at, event.time_zone, locale) },
  };
  if (input.startsAt < event.starts_at || input.startsAt >= event.ends_at) {
    problems.startsAt = eventTimes;
  }
  if (input.endsAt > event.ends_at) problems.endsAt = eventTimes;
  return problems;
}

/** The room's seats cap the session's: more would promise seats the room does not have. */
const overRoom = (room: RoomRow, input: SessionSaveInput): Problem | undefined =>
  room.capacity && input.capacity && input.capacity > room.capacity
    ? { key: 'validation.session.capacity.overRoom', values: { seats: room.capacity } }
    : undefined;

/**
 * Creates the session, or saves it over `sessionId`. Refuses a room of another venue, times
 * outside the event and a room already taken (naming the session that has it); returns the
 * speakers' other commitments unless the organiser confirmed them. The times and the room's
 * seats are checked again under the event's and the room's locks, which a change of the
 * event's dates and a room's edit take too.
 */
export async function saveSession(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  input: SessionSaveInput,
  options: { sessionId?: string; locale: Locale },
): Promise<{ ok: true; id: string } | Invalid | SpeakerWarning> {
  const db = ctx.deps.db.kysely;
  const { locale } = options;
  const id = options.sessionId ?? newId();
  const problems = outsideEvent(event, input, locale);
  const room =
    input.roomId && event.venue_id ? await q.findRoom(db, event.venue_id, input.roomId) : undefined;
  if (input.roomId && !room) problems.room = { key: 'validation.session.room.invalid' };
  const seats = room && overRoom(room, input);
  if (seats) problems.capacity = seats;
  if (Object.keys(problems).length > 0) return invalidFields(problems);
  const speakers = splitSpeakers(input, id);
  if (!input.confirmOverlap) {
    // Only those who accepted are anyone's speakers: an address alone names nobody.
    const personIds = options.sessionId
      ? await acceptedPeople(
          db,
          options.sessionId,
          speakers.addressed.map((s) => s.email),
        )
      : [];
    const warnings = await speakerWarnings(
      db,
      event,
      input,
      { personIds, guests: speakers.guests },
      options.sessionId,
      locale,
    );
    if (warnings.length > 0) return { ok: false, warnings };
  }
  const now = nowIso();
  return db.transaction().execute(async (tx) => {
    const moved = outsideEvent(await lockEvent(tx, event.id), input, locale);
    if (Object.keys(moved).length > 0) return invalidFields(moved);
    if (room) {
      await q.lockRoom(tx, room.id);
      const current = await q.findRoom(tx, room.venue_id, room.id);
      if (!current) return invalid('room', 'validation.session.room.invalid');
      const lowered = overRoom(current, input);
      if (lowered) return invalidFields({ capacity: lowered });
      const taken = await q.findRoomOverlap(tx, room.id, {
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        exceptId: options.sessionId,
      });
      if (taken) {
        return invalid('room', 'validation.session.room.taken', {
          room: roomName(room, locale),
          session: readTranslation(taken.title, locale),
          when: formatEventTimes(taken.starts_at, taken.ends_at, event.time_zone, locale),
        });
      }
    }
    const values = {
      kind: input.kind,
      title: json(input.title),
      description: json(input.description),
      starts_at: input.startsAt,
      ends_at: input.endsAt,
      room_id: room?.id ?? null,
      track: input.track,
      track_translations: translationsJson(input.trackTranslations),
      capacity: input.capacity,
      updated_at: now,
    };
    if (options.sessionId) await q.updateSession(tx, id, values);
    else {
      await q.insertSession(tx, {
        id,
        event_id: event.id,
        ...values,
        confirmed_count: 0,
        waitlisted_count: 0,
        created_at: now,
      });
    }
    const invitations = await syncInvitations(
      ctx,
      tx,
      actor,
      { id, title: values.title, startsAt: input.startsAt, endsAt: input.endsAt, event },
      speakers.addressed,
      locale,
    );
    await q.replaceSessionDetails(tx, id, {
      tags: input.tags.map((t) => ({ tag: t.tag, translations: translationsJson(t.translations) })),
      sdgs: input.sdgs,
      speakers: [...speakers.guests, ...invitations.speakers],
    });
    await recordAudit(tx, {
      action: options.sessionId ? 'event.session.update' : 'event.session.create',
      actor: auditActor(actor),
      subject: { type: 'event', id: event.id },
      details: {
        session: id,
        room: room?.id ?? null,
        confirmedOverlap: input.confirmOverlap,
        invited: invitations.invited,
        withdrawn: invitations.withdrawn,
      },
    });
    return { ok: true as const, id };
  });
}

export async function deleteSession(ctx: Events, actor: Actor, event: EventRow, sessionId: string) {
  const db = ctx.deps.db.kysely;
  const session = await q.findSession(db, event.id, sessionId);
  if (!session) return false;
  await db.transaction().execute(async (tx) => {
    await q.deleteSession(tx, session.id);
    await recordAudit(tx, {
      action: 'event.session.delete',
      actor: auditActor(actor),
      subject: { type: 'event', id: event.id },
      details: { session: session.id, title: session.title },
    });
  });
  return true;
}

export const findSession = (ctx: Events, event: EventRow, sessionId: string) =>
  q.findSession(ctx.deps.db.kysely, event.id, sessionId);

/** Everything the programme shows: sessions (all, or those not yet ended) with their details. */
export async function programmeData(
  ctx: Events,
  event: EventRow,
  options: { from?: string; limit?: number } = {},
) {
  const db = ctx.deps.db.kysely;
  const [sessions, tags, sdgs, speakers] = await Promise.all([
    q.listSessions(db, event.id, options),
    q.listSessionTags(db, event.id),
    q.listSessionSdgs(db, event.id),
    q.listSessionSpeakers(db, event.id),
  ]);
  const group = <T extends { session_id: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.session_id);
      if (list) list.push(row);
      else map.set(row.session_id, [row]);
    }
    return map;
  };
  return { sessions, tags: group(tags), sdgs: group(sdgs), speakers: group(speakers) };
}
export type ProgrammeData = Awaited<ReturnType<typeof programmeData>>;

/** The sessions alone (no speakers, topics or goals), for the event page's short list. */
export async function sessionsOnly(ctx: Events, event: EventRow): Promise<ProgrammeData> {
  const sessions = await q.listSessions(ctx.deps.db.kysely, event.id);
  return { sessions, tags: new Map(), sdgs: new Map(), speakers: new Map() };
}

/**
 * The session as its edit form's values, times in the event's zone, speakers one per line:
 * named guests, and the invited addresses whatever their answer.
 */
export async function sessionFormValues(ctx: Events, event: EventRow, session: SessionRow) {
  const [{ tags, sdgs, speakers }, invitations] = await Promise.all([
    programmeData(ctx, event, {}),
    sessionInvitations(ctx, session.id),
  ]);
  const lines = [
    ...(speakers.get(session.id) ?? []).flatMap((s) =>
      s.guest_name
        ? [{ who: s.guest_name, organization: s.guest_organization, role: s.role, at: s.position }]
        : [],
    ),
    ...invitations.map((i) => ({
      who: i.email,
      organization: i.organization,
      role: i.role,
      at: i.position,
    })),
  ].sort((a, b) => a.at - b.at);
  const line = (s: (typeof lines)[number]) => [s.who, s.organization].filter(Boolean).join(', ');
  const title = parseTranslations(session.title);
  const description = parseTranslations(session.description);
  const track = parseTranslations(session.track_translations);
  const topics = (tags.get(session.id) ?? []).map((t) => ({
    tag: t.tag,
    texts: parseTranslations(t.tag_translations),
  }));
  // A language's list is left empty unless every topic has its text there (else the order slips).
  const topicsIn = (locale: 'az' | 'en' | 'ru') =>
    topics.every((t) => t.texts[locale]) ? topics.map((t) => t.texts[locale]).join(', ') : '';
  return {
    kind: session.kind,
    titleAz: title.az ?? '',
    titleEn: title.en ?? '',
    titleRu: title.ru ?? '',
    descriptionAz: description.az ?? '',
    descriptionEn: description.en ?? '',
    descriptionRu: description.ru ?? '',
    startsAt: utcToLocal(session.starts_at, event.time_zone),
    endsAt: utcToLocal(session.ends_at, event.time_zone),
    room: session.room_id ?? '',
    track: session.track ?? '',
    trackAz: track.az ?? '',
    trackEn: track.en ?? '',
    trackRu: track.ru ?? '',
    tags: topics.map((t) => t.tag).join(', '),
    tagsAz: topicsIn('az'),
    tagsEn: topicsIn('en'),
    tagsRu: topicsIn('ru'),
    sdgs: (sdgs.get(session.id) ?? []).map((g) => String(g.sdg)),
    capacity: session.capacity ? String(session.capacity) : '',
    moderator: lines
      .filter((s) => s.role === 'moderator')
      .map(line)
      .join('\n'),
    speakers: lines
      .filter((s) => s.role === 'speaker')
      .map(line)
      .join('\n'),
  } satisfies Record<string, string | string[]>;
}
