/**
 * Check-in at the door: a code of this event, confirmed, is marked attended once. Checking in
 * again is harmless and says when it first happened; codes of the waiting list, pending,
 * cancelled or rejected registrations are refused with the reason; another event's code is
 * not found here.
 */
import { auditActor, recordAudit } from '../../platform/audit/index.js';
import { nowIso } from '../../platform/db/ids.js';
import type { Actor } from '../../platform/http/context.js';
import type { EventRow } from './queries.js';
import * as rq from './registration-queries.js';
import type { Events } from './service.js';
import type { RegistrationStatus } from './tables.js';

export type CheckinResult =
  | { outcome: 'notFound' }
  | {
      outcome: 'checkedIn' | 'already' | 'refused';
      name: string;
      organization: string | null;
      status: RegistrationStatus;
      code: string;
      /** UTC ISO; when the person was (first) checked in. */
      attendedAt: string | null;
    };

/** Checks in the holder of `code` (normalised) at `event`. */
export async function checkIn(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  code: string,
): Promise<CheckinResult> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const found = await rq.findByCode(tx, event.id, code);
    if (!found) return { outcome: 'notFound' };
    const person = {
      name: found.name,
      organization: found.organization_name,
      status: found.status,
      code: found.code,
      attendedAt: found.attended_at,
    };
    if (found.status !== 'confirmed') return { outcome: 'refused', ...person };
    if (found.attended_at) return { outcome: 'already', ...person };
    await rq.lockEvent(tx, event.id);
    const now = nowIso();
    if ((await rq.markAttended(tx, found.id, actor.id, now)) === 0) {
      // Someone else at the door was quicker, or the seat was cancelled meanwhile.
      const again = await rq.findByCode(tx, event.id, code);
      return again?.status === 'confirmed'
        ? { outcome: 'already', ...person, attendedAt: again.attended_at }
        : { outcome: 'refused', ...person, status: again?.status ?? 'cancelled' };
    }
    await rq.adjustEventCounters(tx, event.id, { attended: 1 });
    await recordAudit(tx, {
      action: 'event.checkin',
      actor: auditActor(actor),
      subject: { type: 'event_registration', id: found.id },
      details: { event: event.id },
    });
    return { outcome: 'checkedIn', ...person, attendedAt: now };
  });
}
