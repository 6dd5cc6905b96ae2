/**
 * Verification of members: an administrator records that the network checked a member, on what
 * evidence and until which day; the profile shows a dated badge that expires, and members whose
 * verification has ended or ends soon are listed for re-verification. Days are calendar days
 * (YYYY-MM-DD) in the instance's time zone; a verification holds through its last day.
 */
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import { type Refused, refused } from '../../../platform/outcome.js';
import type { Acting, Organizations } from '../context.js';
import type { OrganizationRow } from '../tables.js';
import * as mq from './queries.js';
import type { OrganizationVerificationInput } from './schema.js';

/** Verifications due within this many days are listed for re-verification. */
export const REVERIFY_WITHIN_DAYS = 30;

/** The calendar day of `instant` in `timeZone`, as YYYY-MM-DD. */
export function dayIn(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

export function addDays(day: string, days: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export function addYears(day: string, years: number) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() + years);
  return date.toISOString().slice(0, 10);
}

export const today = (ctx: Organizations) => dayIn(new Date(), ctx.deps.config.timeZone);

/** The bounds of a new verification's last day: the default, and the latest allowed. */
export const verificationPeriod = (ctx: Organizations) => {
  const day = today(ctx);
  return {
    today: day,
    earliest: addDays(day, 1),
    defaultUntil: addYears(day, 1),
    latest: addYears(day, 5),
  };
};

/** Records that the network verified a member, on what evidence, until which day. */
export async function verifyMember(
  ctx: Organizations,
  by: Acting,
  organizationId: string,
  input: OrganizationVerificationInput,
): Promise<{ ok: true } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const organization = await mq.findOrganization(tx, organizationId);
    if (!organization) return refused(404, 'error.404');
    if (organization.membership_status !== 'member') {
      return refused(409, 'membership.verify.notMember');
    }
    const id = newId();
    const now = nowIso();
    await mq.insertVerification(tx, {
      id,
      organization_id: organization.id,
      verified_by: by.actor.id,
      verified_by_label: `${by.actor.name} <${by.actor.email}>`,
      verified_at: now,
      evidence: input.evidence,
      valid_until: input.validUntil,
      revoked_at: null,
      revoked_by: null,
      revocation_reason: null,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(tx, {
      action: 'organization.verify',
      actor: auditActor(by.actor),
      subject: { type: 'organization', id: organization.id },
      ip: by.ip,
      details: { verification: id, evidence: input.evidence, valid_until: input.validUntil },
    });
    return { ok: true };
  });
}

export const verificationsOf = (ctx: Organizations, organizationId: string) =>
  mq.listVerifications(ctx.deps.db.kysely, organizationId);

/** Members whose verification has expired or ends within the next 30 days, soonest first. */
export const dueForReverification = (ctx: Organizations) =>
  mq.listDueForReverification(ctx.deps.db.kysely, addDays(today(ctx), REVERIFY_WITHIN_DAYS), 200);

/** The verification badge a profile shows: the current one, and whether it has expired. */
export async function verificationBadge(ctx: Organizations, organization: OrganizationRow) {
  if (organization.membership_status !== 'member') return null;
  const current = await mq.findCurrentVerification(ctx.deps.db.kysely, organization.id);
  if (!current) return null;
  return {
    /** Days (YYYY-MM-DD) in the instance's time zone. */
    verifiedOn: dayIn(new Date(current.verified_at), ctx.deps.config.timeZone),
    validUntil: current.valid_until,
    expired: current.valid_until < today(ctx),
  };
}
export type VerificationBadge = NonNullable<Awaited<ReturnType<typeof verificationBadge>>>;
