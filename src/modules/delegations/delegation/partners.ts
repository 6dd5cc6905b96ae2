/**
 * Partnership in a delegation, by consent: the delegation's managers invite an organisation they
 * can see (a network member, or one of their own), its owners and admins are mailed and accept
 * or decline, the delegation withdraws an invitation or ends a partnership, and an accepted
 * partner leaves. Until it accepts, an invited organisation is no partner at all: its people are
 * not offered, its managers have no rights, and it is not shown as going. Each step is one
 * transaction with its audit record (and, for an invitation, its mails).
 */
import type { Kysely } from 'kysely';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor } from '../../../platform/http/context.js';
import { translator } from '../../../platform/i18n/index.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import {
  organizationBySlug,
  organizationSummaries,
  peopleOfOrganizations,
  rolesOfPerson,
} from '../../organizations/index.js';
import type { Delegations } from '../context.js';
import * as q from './queries.js';
import type { Delegation } from './service.js';

const managing = (role: string | undefined) => role === 'owner' || role === 'admin';

/** The slug in what was typed: a slug or the address of a profile. */
const slugOf = (typed: string) =>
  typed
    .trim()
    .replace(/^.*\/organizations\//, '')
    .replace(/[/?#].*$/, '');

/**
 * Invites an organisation, named by its slug or profile address, to join as a partner, and mails
 * its owners and admins. An organisation the actor may not see (not a network member, not one of
 * theirs) is answered exactly as one that does not exist, so that its name is not revealed.
 */
export async function invitePartner(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  typed: string,
): Promise<{ ok: true } | Invalid> {
  const [organization, roles] = await Promise.all([
    organizationBySlug(ctx.organizations, slugOf(typed), ctx.deps.config.defaultLocale),
    rolesOfPerson(ctx.organizations, actor.id),
  ]);
  if (!organization || !(organization.networkMember || roles.has(organization.id))) {
    return invalid('partner', 'validation.delegation.partner.unknown');
  }
  const already = invalid('partner', 'validation.delegation.partner.already');
  if (
    delegation.organizationIds.includes(organization.id) ||
    delegation.invitedIds.includes(organization.id)
  ) {
    return already;
  }
  const [lead] = await organizationSummaries(
    ctx.organizations,
    [delegation.lead_organization_id],
    ctx.deps.config.defaultLocale,
  );
  const event = await q.findExternalEvent(ctx.deps.db.kysely, delegation.external_event_id);
  const managers = (await peopleOfOrganizations(ctx.organizations, [organization.id])).filter((p) =>
    managing(p.role),
  );
  const now = nowIso();
  const invited = await ctx.deps.db.kysely.transaction().execute(async (tx) => {
    // Two invitations at once: the primary key lets one through, the other writes nothing.
    if ((await q.insertInvitation(tx, delegation.id, organization.id, now)) === 0) return false;
    await recordAudit(tx, {
      action: 'delegation.partner.invite',
      actor: auditActor(actor),
      subject: { type: 'delegation', id: delegation.id },
      details: { organization: organization.id },
    });
    for (const manager of managers) {
      const t = translator(manager.locale ?? ctx.deps.config.defaultLocale);
      await ctx.deps.mailer.queue(tx, {
        to: manager.email,
        subject: t('delegation.invitation.subject', { delegation: delegation.title }),
        text: t('delegation.invitation.body', {
          name: manager.name,
          inviter: actor.name,
          lead: lead?.name ?? '',
          organization: organization.name,
          delegation: delegation.title,
          event: event?.name ?? '',
          url: `${ctx.deps.config.baseUrl}/delegations/${delegation.id}`,
        }),
      });
    }
    return true;
  });
  return invited ? { ok: true } : already;
}

/**
 * Accepts or declines an invitation on the invited organisation's behalf; false when it had no
 * open invitation (answered already, withdrawn). Of two answers at once, one changes the row.
 */
export async function answerInvitation(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  organizationId: string,
  accept: boolean,
) {
  return inTransaction(ctx, actor, delegation, organizationId, async (tx) =>
    accept
      ? [
          'delegation.partner.accept',
          await q.acceptInvitation(tx, delegation.id, organizationId, nowIso()),
        ]
      : ['delegation.partner.decline', await q.deleteInvitation(tx, delegation.id, organizationId)],
  );
}

/**
 * The delegation's side: withdraws an invitation not yet answered, or ends a partnership (its
 * people stay on the list until removed, as former members); false when there was neither.
 */
export async function removePartner(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  organizationId: string,
) {
  return inTransaction(ctx, actor, delegation, organizationId, async (tx) => {
    const withdrawn = await q.deleteInvitation(tx, delegation.id, organizationId);
    if (withdrawn > 0) return ['delegation.partner.withdraw', withdrawn];
    return ['delegation.partner.remove', await q.deletePartner(tx, delegation.id, organizationId)];
  });
}

/**
 * The partner's side: its owners or admins take it out of the delegation, and its people with
 * it (they leave the list and stop owning tasks), since its consent is what put them there.
 */
export async function leaveDelegation(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  organizationId: string,
) {
  const members = (await q.listMembers(ctx.deps.db.kysely, delegation.id)).filter(
    (m) => m.organization_id === organizationId && m.person_id !== null,
  );
  return inTransaction(ctx, actor, delegation, organizationId, async (tx) => {
    const left = await q.deletePartner(tx, delegation.id, organizationId);
    if (left > 0) {
      for (const member of members) {
        await q.deleteMember(tx, delegation.id, member.id);
        await q.clearTaskOwner(tx, delegation.id, member.person_id!);
      }
    }
    return ['delegation.partner.leave', left];
  });
}

type PartnerChange = 'accept' | 'decline' | 'withdraw' | 'remove' | 'leave';

/** Runs one step; records it in the audit log when it changed a row, else rolls back. */
async function inTransaction(
  ctx: Delegations,
  actor: Actor,
  delegation: Delegation,
  organizationId: string,
  // A literal action, so the audit page's label test can list every action recorded.
  step: (tx: Kysely<Database>) => Promise<[`delegation.partner.${PartnerChange}`, number]>,
) {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    const [action, changed] = await step(tx);
    if (changed === 0) return false;
    await recordAudit(tx, {
      action,
      actor: auditActor(actor),
      subject: { type: 'delegation', id: delegation.id },
      details: { organization: organizationId },
    });
    return true;
  });
}

/** Of these organisations, those the actor owns or administers (whose invitation or partnership they answer for). */
export async function managedAmong(ctx: Delegations, actor: Actor, ids: readonly string[]) {
  const roles = await rolesOfPerson(ctx.organizations, actor.id);
  return ids.filter((id) => managing(roles.get(id)));
}
