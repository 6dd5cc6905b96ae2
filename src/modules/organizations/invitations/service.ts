/**
 * Invitations to join an organisation. Owners and admins invite an email address with a role;
 * the address gets a link with a random token (only its SHA-256 is stored) that works once,
 * for seven days. Admins invite admins and members; only owners invite owners.
 *
 * Accepting is bound to the invited address: the signed-in person's (confirmed) email must be
 * the one the invitation was sent to. Links get forwarded inside organisations, land in shared
 * inboxes and chat threads; in a network where an organisation's owner speaks for it (signs
 * statements, edits its public profile), a leaked link must not hand that power to whoever
 * holds it. The price is small: a person with another address asks for a new invitation.
 */

import { createHash, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isUniqueViolation } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import { type Locale, type MessageKey, translator } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { type Invalid, invalid, type Refused, refused } from '../../../platform/outcome.js';
import type { Organizations } from '../context.js';
import { membershipOf } from '../profile/service.js';
import type { OrganizationRole } from '../tables.js';
import * as iq from './queries.js';

export const INVITATION_DAYS = 7;

/** The invite form: an address (lower-cased) and the role it will have. */
export const OrganizationInvitationSchema = z.object({
  email: z
    .string({ message: 'validation.email.invalid' })
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'validation.email.invalid' }).max(254, 'validation.email.invalid')),
  role: z.enum(['owner', 'admin', 'member'], { message: 'validation.org.role.invalid' }),
});
export type OrganizationInvitationInput = z.infer<typeof OrganizationInvitationSchema>;

export const hashInvitationToken = (token: string) =>
  createHash('sha256').update(token).digest('hex');

/** May this role invite (or revoke an invitation) with that role? Only owners touch owners. */
const mayGrant = (own: OrganizationRole | undefined, role: OrganizationRole) =>
  own === 'owner' || (own === 'admin' && role !== 'owner');

/**
 * Invites an address to an organisation and mails it the link, in the inviter's language.
 * Refuses with a field error when the address already belongs to a member or has an open
 * invitation; an expired open one is closed (marked revoked) and replaced.
 */
export async function inviteToOrganization(
  ctx: Organizations,
  actor: Actor,
  organization: { id: string; name: string; name_translations: string },
  input: OrganizationInvitationInput,
  locale: Locale,
): Promise<{ ok: true; id: string } | Invalid | Refused> {
  const { db, mailer, config } = ctx.deps;
  const token = randomBytes(32).toString('base64url');
  const id = newId();
  const now = new Date();
  const at = now.toISOString();
  try {
    return await db.kysely.transaction().execute(async (tx) => {
      const self = await membershipOf(tx, organization.id, actor.id);
      if (!mayGrant(self?.role, input.role)) return refused(403, 'error.403');
      if (await iq.findMembershipByEmail(tx, organization.id, input.email)) {
        return invalid('email', 'validation.org.invitation.member');
      }
      const pending = await iq.findOpenInvitationFor(tx, organization.id, input.email);
      if (pending && pending.expires_at > at) {
        return invalid('email', 'validation.org.invitation.pending');
      }
      if (pending) await iq.revokeOpenInvitation(tx, pending.id, at);
      await iq.insertInvitation(tx, {
        id,
        organization_id: organization.id,
        email: input.email,
        role: input.role,
        token_hash: hashInvitationToken(token),
        invited_by: actor.id,
        created_at: at,
        expires_at: new Date(now.getTime() + INVITATION_DAYS * 86_400_000).toISOString(),
        accepted_at: null,
        accepted_by: null,
        revoked_at: null,
      });
      const t = translator(locale);
      const values = {
        inviter: actor.name,
        organization: readTranslation(organization.name_translations, locale, organization.name),
        site: (await ctx.deps.site(locale, tx)).name,
        role: input.role,
      };
      await mailer.queue(tx, {
        to: input.email,
        subject: t('mail.invite.subject', values),
        text: t('mail.invite.body', {
          ...values,
          url: `${config.baseUrl}/invitations/${token}`,
          days: INVITATION_DAYS,
        }),
      });
      await recordAudit(tx, {
        action: 'organization.invitation.create',
        actor: auditActor(actor),
        subject: { type: 'organization', id: organization.id },
        details: { invitation: id, email: input.email, role: input.role },
      });
      return { ok: true as const, id };
    });
  } catch (error) {
    // A concurrent invitation of the same address won the partial unique index.
    if (isUniqueViolation(error)) return invalid('email', 'validation.org.invitation.pending');
    throw error;
  }
}

/** The invitations of an organisation still waiting for an answer, newest first. */
export const listOpenInvitations = (ctx: Organizations, organizationId: string) =>
  iq.listOpenInvitations(ctx.deps.db.kysely, organizationId, nowIso());

/** Withdraws an open invitation; its link stops working. Only owners revoke owner invitations. */
export async function revokeInvitation(
  ctx: Organizations,
  actor: Actor,
  organizationId: string,
  invitationId: string,
): Promise<{ ok: true } | Refused> {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const invitation = await iq.findInvitation(tx, organizationId, invitationId);
    if (!invitation) return refused(404, 'error.404');
    const self = await membershipOf(tx, organizationId, actor.id);
    if (!mayGrant(self?.role, invitation.role)) return refused(403, 'error.403');
    if (invitation.accepted_at) return refused(409, 'org.invitation.used');
    // Revoking twice is harmless: the second finds it closed and changes nothing.
    if (await iq.revokeOpenInvitation(tx, invitation.id, nowIso())) {
      await recordAudit(tx, {
        action: 'organization.invitation.revoke',
        actor: auditActor(actor),
        subject: { type: 'organization', id: organizationId },
        details: { invitation: invitation.id, email: invitation.email, role: invitation.role },
      });
    }
    return { ok: true };
  });
}

export type InvitationState = 'open' | 'accepted' | 'revoked' | 'expired';

/** What an invitation link's page shows, or undefined for a token that matches nothing. */
export async function describeInvitation(ctx: Organizations, token: string, locale: Locale) {
  const row = await iq.findInvitationByTokenHash(ctx.deps.db.kysely, hashInvitationToken(token));
  if (!row) return undefined;
  const state: InvitationState = row.accepted_at
    ? 'accepted'
    : row.revoked_at
      ? 'revoked'
      : row.expires_at <= nowIso()
        ? 'expired'
        : 'open';
  return {
    state,
    email: row.email,
    role: row.role,
    expiresAt: row.expires_at,
    inviterName: row.inviter_name,
    organization: {
      slug: row.organization_slug,
      displayName: readTranslation(
        row.organization_name_translations,
        locale,
        row.organization_name,
      ),
    },
  };
}
export type InvitationDescription = NonNullable<Awaited<ReturnType<typeof describeInvitation>>>;

type ClosedState = Exclude<InvitationState, 'open'>;
const CLOSED: Record<ClosedState, MessageKey> = {
  accepted: 'org.invitation.used',
  revoked: 'org.invitation.revoked',
  expired: 'org.invitation.expired',
};

/** Why a link does not work: 410 once used, withdrawn or expired; 404 when it never did. */
export const closedInvitation = (state?: ClosedState): Refused =>
  state ? refused(410, CLOSED[state]) : refused(404, 'org.invitation.notFound');

/**
 * Accepts an invitation for the signed-in person, once: they become a member with the invited
 * role. A person who already belongs keeps their role, and the invitation is used up all the
 * same (`alreadyMember`), so a stale link cannot be replayed later.
 */
export async function acceptInvitation(
  ctx: Organizations,
  actor: Actor,
  token: string,
): Promise<{ ok: true; slug: string; alreadyMember: boolean } | Refused> {
  const db = ctx.deps.db.kysely;
  const found = await iq.findInvitationByTokenHash(db, hashInvitationToken(token));
  if (!found) return closedInvitation();
  const at = nowIso();
  if (found.accepted_at) return closedInvitation('accepted');
  if (found.revoked_at) return closedInvitation('revoked');
  if (found.expires_at <= at) return closedInvitation('expired');
  if (actor.email.toLowerCase() !== found.email) {
    return refused(403, 'org.invitation.otherAddress', { email: found.email });
  }
  return db.transaction().execute(async (tx) => {
    // Claimed first: of two racing accepts, exactly one gets here with true.
    if (!(await iq.claimInvitation(tx, found.id, actor.id, at))) {
      return closedInvitation('accepted');
    }
    const added = await iq.insertMemberIfAbsent(tx, {
      organization_id: found.organization_id,
      person_id: actor.id,
      role: found.role,
      listed: 1,
      created_at: at,
      updated_at: at,
    });
    await recordAudit(tx, {
      action: 'organization.invitation.accept',
      actor: auditActor(actor),
      subject: { type: 'organization', id: found.organization_id },
      details: { invitation: found.id, role: found.role, alreadyMember: !added },
    });
    return { ok: true as const, slug: found.organization_slug, alreadyMember: !added };
  });
}
