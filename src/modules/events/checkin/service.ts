/**
 * Check-in at the door: a code of this event, confirmed, is marked attended once. Checking in
 * again is harmless and says when it first happened; codes of the waiting list, pending,
 * cancelled or rejected registrations are refused with the reason; another event's code is
 * not found here. The door is open only around the event (`CHECKIN_OPENS_BEFORE_HOURS` before
 * its start to `CHECKIN_CLOSES_AFTER_HOURS` after its end, and not once it is finished): a
 * check-in months ahead would turn its figures into attendance of one.
 */
import type { Config } from '../../../config.js';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Events } from '../context.js';
import { markAttendance, registrationByCode } from '../registration/service.js';
import type { EventRow, RegistrationStatus } from '../tables.js';

const HOUR = 3_600_000;

export type CheckinWindow = {
  /** Before the door opens, while it is open, or after it has closed. */
  state: 'notYet' | 'open' | 'ended';
  /** UTC ISO. */
  opensAt: string;
  closesAt: string;
};

/** When check-in for `event` is open, and whether it is at `now`. */
export function checkinWindow(
  event: Pick<EventRow, 'starts_at' | 'ends_at' | 'status'>,
  hours: Config['checkin'],
  now = nowIso(),
): CheckinWindow {
  const opensAt = new Date(Date.parse(event.starts_at) - hours.opensBeforeHours * HOUR);
  const closesAt = new Date(Date.parse(event.ends_at) + hours.closesAfterHours * HOUR);
  const at = Date.parse(now);
  const state =
    event.status === 'finished' || at >= closesAt.getTime()
      ? 'ended'
      : at < opensAt.getTime()
        ? 'notYet'
        : 'open';
  return { state, opensAt: opensAt.toISOString(), closesAt: closesAt.toISOString() };
}

export type CheckinResult =
  | { outcome: 'notFound' }
  | { outcome: 'closed' }
  | {
      outcome: 'checkedIn' | 'already' | 'refused';
      name: string;
      organization: string | null;
      status: RegistrationStatus;
      code: string;
      /** UTC ISO; when the person was (first) checked in. */
      attendedAt: string | null;
    };

/**
 * Checks in the holder of `code` (normalised) at `event`, while the door is open. `at` is when
 * it happens: now, or for the demo's past forum the hour its people came (its audit entry
 * says the same).
 */
export async function checkIn(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  code: string,
  at?: string,
): Promise<CheckinResult> {
  const when = at ?? nowIso();
  if (checkinWindow(event, ctx.deps.config.checkin, when).state !== 'open') {
    return { outcome: 'closed' };
  }
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const found = await registrationByCode(tx, event.id, code);
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
    if (!(await markAttendance(tx, event.id, found.id, actor.id, when))) {
      // Someone else at the door was quicker, or the seat was cancelled meanwhile.
      const again = await registrationByCode(tx, event.id, code);
      return again?.status === 'confirmed'
        ? { outcome: 'already', ...person, attendedAt: again.attended_at }
        : { outcome: 'refused', ...person, status: again?.status ?? 'cancelled' };
    }
    await recordAudit(tx, {
      action: 'event.checkin',
      actor: auditActor(actor),
      subject: { type: 'event_registration', id: found.id },
      details: { event: event.id },
      at,
    });
    return { outcome: 'checkedIn', ...person, attendedAt: when };
  });
}
