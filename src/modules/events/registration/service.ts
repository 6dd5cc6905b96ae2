/**
 * Registering for an event, the waiting list, cancelling, and the organisers' decisions. Each
 * change is one transaction that first locks the event's row (lockEvent, event/rows.ts),
 * then reads the registration afresh, keeps the event's counters, and queues its mail: on
 * PostgreSQL concurrent changes to one event queue behind each other, and the check
 * `confirmed_count <= capacity` is the last defence. A freed seat goes to the longest-waiting
 * person in the same transaction that freed it.
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { retryOnUniqueViolation } from '../../../platform/db/retry.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { type Outcome, type Refused, refused } from '../../../platform/outcome.js';
import { resolveActingOrganization } from '../../organizations/index.js';
import type { Events } from '../context.js';
import { lockEvent } from '../event/rows.js';
import { can, type EventScope } from '../policy.js';
import type { CalendarFeedRow, EventRow, RegistrationRow, RegistrationStatus } from '../tables.js';
import { newRegistrationCode } from './code.js';
import { mailRegistrant, type RegistrationMailKind } from './mail.js';
import * as rq from './queries.js';
import type { RegistrationCreateInput } from './schema.js';
import { releaseSessionPlaces } from './sessions.js';

/** Statuses that hold a place: a seat, a place in the queue, or a request awaiting a decision. */
export const ACTIVE: readonly RegistrationStatus[] = ['pending', 'confirmed', 'waitlisted'];

/** Why registering is not possible now, or undefined when it is. */
export function registrationClosedReason(event: EventRow, now = nowIso()): MessageKey | undefined {
  if (event.status !== 'published') return 'registration.refused.notOpen';
  if (event.registration_mode === 'closed') return 'registration.refused.closed';
  if (event.registration_deadline && now > event.registration_deadline) {
    return 'registration.refused.deadline';
  }
  return undefined;
}

async function audit(
  tx: Kysely<Database>,
  actor: Actor | null,
  // Literal, so that the audit page's label test can list every action recorded.
  action: 'create' | 'promote' | 'cancel' | Decision,
  registrationId: string,
  details: Record<string, unknown>,
  at?: string,
) {
  await recordAudit(tx, {
    action: `event.registration.${action}`,
    ...(actor ? { actor: auditActor(actor) } : {}),
    subject: { type: 'event_registration', id: registrationId },
    details,
    at,
  });
}

/** A seat when one is free, else a place at the end of the waiting list; counters kept. */
async function seatOrQueue(tx: Kysely<Database>, eventId: string) {
  if ((await rq.takeSeat(tx, eventId)) === 1) return 'confirmed' as const;
  await rq.adjustEventCounters(tx, eventId, { waitlisted: 1 });
  return 'waitlisted' as const;
}

const MAIL_FOR: Partial<Record<RegistrationStatus, RegistrationMailKind>> = {
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  pending: 'pending',
};

/**
 * Registers the actor: confirmed while seats last, then waitlisted; pending in approval mode.
 * Registering again while registered changes nothing; after cancelling it reuses the row (and
 * the code), joining the end of the queue. `at` is when it happens: now, or for the demo's
 * past forum the day its people registered (no route passes it).
 */
export async function registerForEvent(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  input: RegistrationCreateInput,
  at?: string,
): Promise<Outcome<{ status: RegistrationStatus; already: boolean }>> {
  // Two registrants drew one code: the loser tries again with a fresh one.
  return retryOnUniqueViolation(
    () =>
      ctx.deps.db.kysely.transaction().execute(async (tx) => {
        const resolved = await resolveActingOrganization(tx, actor, input.onBehalfOf);
        if (!resolved.ok) return resolved;
        const locked = await lockEvent(tx, event.id);
        const now = at ?? nowIso();
        const closed = registrationClosedReason(locked, now);
        if (closed) return refused(409, closed);
        const existing = await rq.findRegistration(tx, event.id, actor.id);
        if (existing && ACTIVE.includes(existing.status)) {
          return { ok: true, status: existing.status, already: true };
        }
        if (existing?.status === 'rejected') return refused(409, 'registration.refused.rejected');
        const status: RegistrationStatus =
          locked.registration_mode === 'approval' ? 'pending' : await seatOrQueue(tx, event.id);
        const values = {
          organization_id: resolved.organization?.id ?? null,
          status,
          queued_at: now,
          // Only an organisation is listed publicly: for oneself, the choice does not apply.
          listed: input.listed && resolved.organization ? 1 : 0,
          attended_at: null,
          checked_in_by: null,
          decided_by: null,
          updated_at: now,
        };
        const id = existing?.id ?? newId(at);
        if (existing) await rq.updateRegistration(tx, id, values);
        else {
          let code = newRegistrationCode();
          while (await rq.codeTaken(tx, code)) code = newRegistrationCode();
          await rq.insertRegistration(tx, {
            id,
            event_id: event.id,
            person_id: actor.id,
            code,
            created_at: now,
            ...values,
          });
        }
        await mailRegistrant(ctx, tx, locked, id, MAIL_FOR[status]!);
        await audit(
          tx,
          actor,
          'create',
          id,
          { event: event.id, status, organization: values.organization_id },
          at,
        );
        return { ok: true, status, already: false };
      }),
    3,
  );
}

/**
 * Gives free seats to the waiting list, longest-waiting first, each with a mail; returns how
 * many moved up. Call inside the transaction that freed seats (a cancellation, a raised
 * capacity), so that the seats never stand free while people wait.
 */
export async function fillFreeSeats(ctx: Events, tx: Kysely<Database>, eventId: string) {
  const event = await lockEvent(tx, eventId);
  let promoted = 0;
  for (;;) {
    const next = await rq.oldestWaitlisted(tx, eventId);
    if (!next || (await rq.takeSeat(tx, eventId)) === 0) return promoted;
    await rq.adjustEventCounters(tx, eventId, { waitlisted: -1 });
    await rq.updateRegistration(tx, next.id, { status: 'confirmed', updated_at: nowIso() });
    await mailRegistrant(ctx, tx, event, next.id, 'promoted');
    await audit(tx, null, 'promote', next.id, { event: eventId });
    promoted++;
  }
}

/** Lets go of the counters a registration held in `status`. */
const release = (tx: Kysely<Database>, eventId: string, row: RegistrationRow) =>
  rq.adjustEventCounters(tx, eventId, {
    confirmed: row.status === 'confirmed' ? -1 : 0,
    waitlisted: row.status === 'waitlisted' ? -1 : 0,
    attended: row.attended_at ? -1 : 0,
  });

/**
 * Cancels a registration: the person's own (`registrationId` undefined) or, for organisers,
 * anyone's. A freed seat goes to the waiting list in the same transaction.
 */
export async function cancelRegistration(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  registrationId?: string,
): Promise<{ ok: true } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const locked = await lockEvent(tx, event.id);
    const row = registrationId
      ? await rq.findRegistrationById(tx, event.id, registrationId)
      : await rq.findRegistration(tx, event.id, actor.id);
    if (!row) return refused(404, 'registration.refused.notFound');
    if (!ACTIVE.includes(row.status)) return refused(409, 'registration.refused.notActive');
    await release(tx, event.id, row);
    await releaseSessionPlaces(ctx, tx, locked, row.id);
    await rq.updateRegistration(tx, row.id, {
      status: 'cancelled',
      attended_at: null,
      checked_in_by: null,
      decided_by: registrationId ? actor.id : null,
      updated_at: nowIso(),
    });
    await mailRegistrant(
      ctx,
      tx,
      locked,
      row.id,
      registrationId ? 'cancelledByOrganizer' : 'cancelled',
    );
    await audit(tx, actor, 'cancel', row.id, { event: event.id, from: row.status });
    if (row.status === 'confirmed') await fillFreeSeats(ctx, tx, event.id);
    return { ok: true };
  });
}

export type Decision = 'approve' | 'reject' | 'confirm';

/**
 * An organiser's decision on one registration: approve a pending request (a seat, or the
 * waiting list when full), reject it, or confirm someone from the waiting list ahead of the
 * queue while a seat is free.
 */
export async function decideRegistration(
  ctx: Events,
  actor: Actor,
  event: EventRow,
  registrationId: string,
  decision: Decision,
): Promise<{ ok: true; status: RegistrationStatus } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const locked = await lockEvent(tx, event.id);
    const row = await rq.findRegistrationById(tx, event.id, registrationId);
    if (!row) return refused(404, 'registration.refused.notFound');
    const expected: RegistrationStatus = decision === 'confirm' ? 'waitlisted' : 'pending';
    if (row.status !== expected) return refused(409, 'registration.refused.notActive');
    const now = nowIso();
    let status: RegistrationStatus;
    if (decision === 'reject') status = 'rejected';
    else if (decision === 'approve') status = await seatOrQueue(tx, event.id);
    else {
      if ((await rq.takeSeat(tx, event.id)) === 0) return refused(409, 'registration.refused.full');
      await rq.adjustEventCounters(tx, event.id, { waitlisted: -1 });
      status = 'confirmed';
    }
    await rq.updateRegistration(tx, row.id, {
      status,
      decided_by: actor.id,
      // Approved onto a full event: the queue counts from now, behind those already waiting.
      ...(status === 'waitlisted' ? { queued_at: now } : {}),
      updated_at: now,
    });
    const mail: RegistrationMailKind =
      decision === 'confirm' ? 'promoted' : decision === 'reject' ? 'rejected' : MAIL_FOR[status]!;
    await mailRegistrant(ctx, tx, locked, row.id, mail);
    await audit(tx, actor, decision, row.id, { event: event.id, status });
    return { ok: true, status };
  });
}

/**
 * Whether the actor may have the event's online link: its organisers, the platform's
 * administrators and people holding a confirmed seat (not the waiting list, not pending).
 */
export async function seesOnlineLink(
  ctx: Events,
  event: EventRow,
  scope: EventScope,
  actor: Actor | null,
) {
  if (event.online_url === null || actor === null) return false;
  if (can(actor, 'event.onlineLink.view', scope)) return true;
  const registration = await rq.findRegistration(ctx.deps.db.kysely, event.id, actor.id);
  const seat = registration?.status === 'confirmed';
  return can(actor, 'event.onlineLink.view', { ...scope, seat });
}

/** The actor's registration for the event, or undefined. */
export const myRegistration = (ctx: Events, eventId: string, personId: string) =>
  rq.findRegistration(ctx.deps.db.kysely, eventId, personId);

/** Who holds a registration: their name, address and the organisation they represent. */
export const registrant = (ctx: Events, registrationId: string) =>
  rq.findRegistrant(ctx.deps.db.kysely, registrationId);

/*
 * What check-in and the calendar feed read and write of registrations. They are capabilities
 * of their own, but registrations are this capability's: their SQL stays in its queries.
 */

/** The registration holding `code` (normalised) at the event, with its person's name. */
export const registrationByCode = (db: Kysely<Database>, eventId: string, code: string) =>
  rq.findByCode(db, eventId, code);

/**
 * Marks a confirmed registration attended, counting it in the event's figures, under the
 * event's lock. False when it was no longer confirmed and unattended (someone else at the door
 * was quicker, or the seat was cancelled meanwhile): nothing was written then.
 */
export async function markAttendance(
  tx: Kysely<Database>,
  eventId: string,
  registrationId: string,
  by: string,
  at: string,
) {
  await lockEvent(tx, eventId);
  if ((await rq.markAttended(tx, registrationId, by, at)) === 0) return false;
  await rq.adjustEventCounters(tx, eventId, { attended: 1 });
  return true;
}

/** The person's active calendar feed, if any. */
export const activeCalendarFeed = (db: Kysely<Database>, personId: string) =>
  rq.findActiveFeed(db, personId);

/** The feed a token's hash names, unless revoked. */
export const calendarFeedByHash = (db: Kysely<Database>, tokenHash: string) =>
  rq.findFeedByHash(db, tokenHash);

/** Revokes every feed of the person. */
export const revokeCalendarFeeds = (db: Kysely<Database>, personId: string, at: string) =>
  rq.revokeFeeds(db, personId, at);

/** Stores a new feed (its token's hash only); revoke the person's others first. */
export const insertCalendarFeed = (db: Kysely<Database>, row: CalendarFeedRow) =>
  rq.insertFeed(db, row);

/** The events the person holds a confirmed seat at, for their calendar feed. */
export const confirmedEventsOf = (db: Kysely<Database>, personId: string) =>
  rq.listConfirmedEvents(db, personId);
