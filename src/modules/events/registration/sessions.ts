/**
 * Seats in sessions with limited capacity (a workshop room for 30). Only a person with a
 * confirmed seat at the event takes one. The rules mirror the event's: the event's row is
 * locked first, then the session's, counters kept in the same transaction, a freed seat goes
 * to the longest-waiting person at once, and the check `confirmed_count <= capacity` on the
 * session is the last defence.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { type Refused, refused } from '../../../platform/outcome.js';
import type { Events } from '../context.js';
import { lockEvent } from '../event/rows.js';
import { formatEventTimes } from '../event/times.js';
import type { EventRow, SessionRegistrationRow, SessionRegistrationStatus } from '../tables.js';
import { mailSessionSeat } from './mail.js';
import * as rq from './queries.js';

/** Gives a session's free seats to its waiting list, longest-waiting first, each with a mail. */
async function fillSessionSeats(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  sessionId: string,
) {
  const session = await rq.lockSession(tx, event.id, sessionId);
  if (!session) return;
  for (;;) {
    const next = await rq.oldestSessionWaitlisted(tx, sessionId);
    if (!next || (await rq.takeSessionSeat(tx, sessionId)) === 0) return;
    await rq.adjustSessionCounters(tx, sessionId, { waitlisted: -1 });
    await rq.updateSessionRegistration(tx, next.id, { status: 'confirmed', updated_at: nowIso() });
    await mailSessionSeat(ctx, tx, event, next.registration_id, { session });
  }
}

/**
 * Lets go of one held session place, giving a freed seat to the session's queue. Call with the
 * event's and the session's rows locked.
 */
export async function releaseSessionPlace(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  place: SessionRegistrationRow,
) {
  await rq.adjustSessionCounters(tx, place.session_id, {
    confirmed: place.status === 'confirmed' ? -1 : 0,
    waitlisted: place.status === 'waitlisted' ? -1 : 0,
  });
  await rq.updateSessionRegistration(tx, place.id, { status: 'cancelled', updated_at: nowIso() });
  if (place.status === 'confirmed') await fillSessionSeats(ctx, tx, event, place.session_id);
}

/**
 * Releases every session place a registration holds; for the event's cancellation, inside its
 * transaction (the event's row is already locked).
 */
export async function releaseSessionPlaces(
  ctx: Events,
  tx: Kysely<Database>,
  event: EventRow,
  registrationId: string,
) {
  for (const place of await rq.listHeldSessionPlaces(tx, registrationId)) {
    await rq.lockSession(tx, event.id, place.session_id);
    await releaseSessionPlace(ctx, tx, event, place);
  }
}

/** Takes a seat in a session (or a place on its waiting list), or gives one up. */
export async function changeSessionPlace(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  sessionId: string,
  change: 'take' | 'leave',
): Promise<{ ok: true; status: SessionRegistrationStatus } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const locked = await lockEvent(tx, event.id);
    const registration = await rq.findRegistration(tx, event.id, actor.id);
    if (registration?.status !== 'confirmed') {
      return refused(409, 'registration.session.needsSeat');
    }
    const session = await rq.lockSession(tx, event.id, sessionId);
    if (!session || session.capacity === null) return refused(404, 'registration.refused.notFound');
    const place = await rq.findSessionRegistration(tx, sessionId, registration.id);
    const holds = place && place.status !== 'cancelled';
    const now = nowIso();
    if (change === 'leave') {
      if (!holds) return refused(409, 'registration.refused.notActive');
      await releaseSessionPlace(ctx, tx, locked, place);
      await recordAudit(tx, {
        action: 'event.session_registration.cancel',
        actor: auditActor(actor),
        subject: { type: 'session_registration', id: place.id },
      });
      return { ok: true, status: 'cancelled' };
    }
    if (holds) return { ok: true, status: place.status };
    let status: SessionRegistrationStatus = 'confirmed';
    if ((await rq.takeSessionSeat(tx, sessionId)) === 0) {
      status = 'waitlisted';
      await rq.adjustSessionCounters(tx, sessionId, { waitlisted: 1 });
    }
    const id = place?.id ?? newId();
    if (place)
      await rq.updateSessionRegistration(tx, id, { status, queued_at: now, updated_at: now });
    else {
      await rq.insertSessionRegistration(tx, {
        id,
        session_id: sessionId,
        registration_id: registration.id,
        status,
        queued_at: now,
        created_at: now,
        updated_at: now,
      });
    }
    await recordAudit(tx, {
      action: 'event.session_registration.create',
      actor: auditActor(actor),
      subject: { type: 'session_registration', id },
      details: { session: sessionId, status },
    });
    return { ok: true, status };
  });
}

export type SeatedSessionView = {
  id: string;
  title: string;
  when: string;
  seatsLeft: number;
  status: SessionRegistrationStatus | null;
};

/** The event's sessions with limited seats and the person's place in each. */
export async function seatedSessions(
  ctx: Events,
  event: EventRow,
  registrationId: string | null,
  locale: Locale,
): Promise<SeatedSessionView[]> {
  const rows = await rq.listSeatedSessions(ctx.deps.db.kysely, event.id, registrationId);
  return rows.map((s) => ({
    id: s.id,
    title: readTranslation(s.title, locale),
    when: formatEventTimes(s.starts_at, s.ends_at, event.time_zone, locale),
    seatsLeft: Math.max(0, (s.capacity ?? 0) - s.confirmed_count),
    status: s.status ?? null,
  }));
}
