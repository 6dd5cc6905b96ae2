/**
 * The rooms of an event's venue: added, renamed, given more or fewer seats, deleted. A room's
 * seats cap the seats its sessions offer, so a room cannot shrink below what a session in it
 * already promises; that check and the write share the room's row lock, which a session's save
 * takes before its own capacity check (see service.ts).
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation, translationsJson } from '../../../platform/i18n/translations.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import type { Events } from '../context.js';
import { findVenue } from '../event/rows.js';
import type { EventRow, RoomRow } from '../tables.js';
import * as q from './queries.js';
import type { RoomSaveInput } from './schema.js';

const nameTaken = invalid('name', 'validation.room.name.taken');

/** The room's name in each language, as the JSON its row keeps. */
const nameTranslations = (input: RoomSaveInput) =>
  translationsJson({ az: input.nameAz, en: input.nameEn, ru: input.nameRu });

/** A room's name as a reader of `locale` sees it. */
export const roomName = (room: Pick<RoomRow, 'name' | 'name_translations'>, locale: Locale) =>
  readTranslation(room.name_translations, locale, room.name);

/** The rooms of the event's venue, by name; none when the event has no venue. */
export const eventRooms = (ctx: Events, event: EventRow) =>
  event.venue_id ? q.listRooms(ctx.deps.db.kysely, event.venue_id) : Promise.resolve([]);

/** One room of the event's venue, or undefined (another venue's room is nobody's here). */
export const findEventRoom = (ctx: Events, event: EventRow, roomId: string) =>
  event.venue_id
    ? q.findRoom(ctx.deps.db.kysely, event.venue_id, roomId)
    : Promise.resolve(undefined);

export async function createRoom(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  input: RoomSaveInput,
): Promise<{ ok: true; id: string } | Invalid> {
  const venueId = event.venue_id;
  if (!venueId) return invalid('_form', 'programme.rooms.noVenue');
  const db = ctx.deps.db.kysely;
  if (await q.roomNameTaken(db, venueId, input.name)) return nameTaken;
  const id = newId();
  const now = nowIso();
  try {
    await db.transaction().execute(async (tx) => {
      await q.insertRoom(tx, {
        id,
        venue_id: venueId,
        name: input.name,
        name_translations: nameTranslations(input),
        capacity: input.capacity ?? null,
        created_at: now,
        updated_at: now,
      });
      await recordAudit(tx, {
        action: 'event.room.create',
        actor: auditActor(actor),
        subject: { type: 'event', id: event.id },
        details: { room: id, name: input.name },
      });
    });
  } catch (error) {
    // Two organisers naming one room at once: the constraint lets one through.
    if (isUniqueViolation(error)) return nameTaken;
    throw error;
  }
  return { ok: true, id };
}

/**
 * Renames the room or changes its seats. Refuses a name another room of the venue has, and
 * fewer seats than a session in the room offers (naming the largest such session).
 */
export async function updateRoom(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  room: RoomRow,
  input: RoomSaveInput,
  locale: Locale,
): Promise<{ ok: true } | Invalid> {
  const db = ctx.deps.db.kysely;
  if (await q.roomNameTaken(db, room.venue_id, input.name, room.id)) return nameTaken;
  const capacity = input.capacity ?? null;
  try {
    return await db.transaction().execute(async (tx): Promise<{ ok: true } | Invalid> => {
      await q.lockRoom(tx, room.id);
      const over = capacity === null ? [] : await q.listSessionsOverSeats(tx, room.id, capacity);
      const largest = over[0];
      if (largest) {
        return invalid('capacity', 'validation.room.capacity.belowSessions', {
          count: over.length,
          session: readTranslation(largest.title, locale),
          seats: largest.capacity ?? 0,
        });
      }
      await q.updateRoom(tx, room.id, {
        name: input.name,
        name_translations: nameTranslations(input),
        capacity,
        updated_at: nowIso(),
      });
      await recordAudit(tx, {
        action: 'event.room.update',
        actor: auditActor(actor),
        subject: { type: 'event', id: event.id },
        details: {
          room: room.id,
          from: {
            name: room.name,
            names: JSON.parse(room.name_translations),
            capacity: room.capacity,
          },
          to: { name: input.name, names: JSON.parse(nameTranslations(input)), capacity },
        },
      });
      return { ok: true };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return nameTaken;
    throw error;
  }
}

/** Removes a room of the event's venue; its sessions keep their times and lose the room. */
export async function deleteRoom(ctx: Events, actor: Actor, event: EventRow, roomId: string) {
  const room = await findEventRoom(ctx, event, roomId);
  if (!room) return false;
  await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    await q.deleteRoom(tx, room.id);
    await recordAudit(tx, {
      action: 'event.room.delete',
      actor: auditActor(actor),
      subject: { type: 'event', id: event.id },
      details: { room: room.id, name: room.name },
    });
  });
  return true;
}

/** The name of the event's venue, for the rooms page. */
export const venueName = async (ctx: Events, venueId: string) =>
  (await findVenue(ctx.deps.db.kysely, venueId))?.name ?? null;
