/**
 * Organisers moving a person's session place to another session of the same event: the person
 * takes a free seat in the target (never its waiting list: the organiser asked for a seat), the
 * place they leave goes to the longest-waiting person there, and they get a mail saying where
 * they now sit. Locks and counters follow sessions.ts: the event's row, then the
 * sessions' rows in id order, and the seat is taken by the conditional update that two racers
 * for one last seat cannot both pass.
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { invalid, type Outcome, refused } from '../../../platform/outcome.js';
import type { Events } from '../context.js';
import { lockEvent } from '../event/rows.js';
import type { EventRow, RegistrationStatus } from '../tables.js';
import { mailSessionSeat } from './mail.js';
import * as rq from './queries.js';
import type { SessionPlaceMoveInput } from './schema.js';
import { releaseSessionPlace, seatedSessions } from './sessions.js';

type SessionRow = NonNullable<Awaited<ReturnType<typeof rq.lockSession>>>;
/**
 * Moves the registration's place in `from` (a seat or a place in its queue) to a seat in `to`.
 * Refused, with nothing written, when the person holds no place in `from`, already sits in
 * `to`, or `to` has no free seat.
 */
export async function moveSessionPlace(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  registrationId: string,
  move: SessionPlaceMoveInput,
  locale: Locale,
): Promise<Outcome> {
  if (move.from === move.to) return invalid('to', 'validation.move.to.same');
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const locked = await lockEvent(tx, event.id);
    const registration = await rq.findRegistrationById(tx, event.id, registrationId);
    if (!registration) return refused(404, 'registration.refused.notFound');
    if (registration.status !== 'confirmed') return refused(409, 'participants.move.needsSeat');
    const rows = new Map<string, SessionRow | undefined>();
    for (const id of [move.from, move.to].sort()) {
      rows.set(id, await rq.lockSession(tx, event.id, id));
    }
    const from = rows.get(move.from);
    const to = rows.get(move.to);
    if (!from || from.capacity === null) return refused(404, 'registration.refused.notFound');
    if (!to || to.capacity === null) return invalid('to', 'validation.move.to.invalid');
    const place = await rq.findSessionRegistration(tx, from.id, registration.id);
    if (!place || place.status === 'cancelled') return refused(409, 'participants.move.notHeld');
    const there = await rq.findSessionRegistration(tx, to.id, registration.id);
    const named = { session: readTranslation(to.title, locale) };
    if (there?.status === 'confirmed') return refused(409, 'participants.move.already', named);
    if ((await rq.takeSessionSeat(tx, to.id)) === 0) {
      return refused(409, 'participants.move.full', named);
    }
    const now = nowIso();
    const id = there?.id ?? newId();
    if (there) {
      if (there.status === 'waitlisted') {
        await rq.adjustSessionCounters(tx, to.id, { waitlisted: -1 });
      }
      await rq.updateSessionRegistration(tx, id, {
        status: 'confirmed',
        queued_at: now,
        updated_at: now,
      });
    } else {
      await rq.insertSessionRegistration(tx, {
        id,
        session_id: to.id,
        registration_id: registration.id,
        status: 'confirmed',
        queued_at: now,
        created_at: now,
        updated_at: now,
      });
    }
    await releaseSessionPlace(ctx, tx, locked, place);
    await mailSessionSeat(ctx, tx, locked, registration.id, { session: to, from });
    await recordAudit(tx, {
      action: 'event.session_registration.move',
      actor: auditActor(actor),
      subject: { type: 'session_registration', id },
      details: { registration: registration.id, from: from.id, to: to.id, held: place.status },
    });
    return { ok: true };
  });
}

export type PersonSessions = {
  id: string;
  name: string;
  status: RegistrationStatus;
  sessions: Awaited<ReturnType<typeof seatedSessions>>;
};

/** The person behind a registration of the event and their place in each seated session. */
export async function personSessions(
  ctx: Events,
  event: EventRow,
  registrationId: string,
  locale: Locale,
): Promise<PersonSessions | undefined> {
  const db = ctx.deps.db.kysely;
  const registration = await rq.findRegistrationById(db, event.id, registrationId);
  if (!registration) return undefined;
  const [person, sessions] = await Promise.all([
    rq.findRegistrant(db, registration.id),
    seatedSessions(ctx, event, registration.id, locale),
  ]);
  return { id: registration.id, name: person.name, status: registration.status, sessions };
}
