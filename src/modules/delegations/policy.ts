/**
 * Who may do what with delegations to external events. Any organisation's owner or admin (and
 * a platform admin) may record an external event and start a delegation; a delegation's
 * members and tasks are for the people of its organisations (lead and accepted partners) and
 * platform admins; its owners and admins manage it. Partnership needs the partner's consent:
 * only the invited organisation's owners or admins answer an invitation, and only an accepted
 * partner's owners or admins make it leave. Pure functions, tested as a role × action matrix.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';

export const DELEGATION_ACTIONS = [
  'externalEvent.create',
  'delegation.create',
  'delegation.view',
  'delegation.manage',
  'delegation.partner.invite',
  'delegation.partner.remove',
  'delegation.invitation.answer',
  'delegation.partner.leave',
] as const;
export type DelegationAction = (typeof DELEGATION_ACTIONS)[number];

/**
 * The actor's relation to organisations and, where there is one, to the delegation. `invited`
 * and `partner` concern the organisation an action is about when there is one (the invitation
 * answered, the partner leaving), else any of the delegation's.
 */
export type DelegationScope = {
  /** Owner or admin of any organisation at all. */
  managesAny: boolean;
  /** Belongs (any role) to the delegation's lead or an accepted partner organisation. */
  belongs: boolean;
  /** Owner or admin of the delegation's lead or an accepted partner organisation. */
  manages: boolean;
  /** Owner or admin of an organisation the delegation has invited, not yet answered. */
  invited: boolean;
  /** Owner or admin of an accepted partner organisation (not the lead). */
  partner: boolean;
};

const manages = (actor: Actor | null, s: DelegationScope) =>
  actor !== null && (s.manages || actor.isAdmin);

const rules: Record<DelegationAction, (actor: Actor | null, s: DelegationScope) => boolean> = {
  'externalEvent.create': (actor, s) => actor !== null && (s.managesAny || actor.isAdmin),
  'delegation.create': (actor, s) => actor !== null && (s.managesAny || actor.isAdmin),
  'delegation.view': (actor, s) => actor !== null && (s.belongs || s.manages || actor.isAdmin),
  'delegation.manage': manages,
  'delegation.partner.invite': manages,
  // Withdrawing an invitation not yet answered, or ending a partnership.
  'delegation.partner.remove': manages,
  // Consent is the invited organisation's own: a platform admin does not give it for them.
  'delegation.invitation.answer': (actor, s) => actor !== null && s.invited,
  'delegation.partner.leave': (actor, s) => actor !== null && s.partner,
};

export const canDelegation = (
  actor: Actor | null,
  action: DelegationAction,
  scope: DelegationScope,
) => rules[action](actor, scope);

/**
 * Refuses a delegation's outsiders with 404 (a delegation's existence is theirs to tell; an
 * invited organisation's managers know of it), visitors with 401 otherwise, everyone else 403.
 * No action is a visitor's, so the actor is known to be present once it returns.
 */
export function authorizeDelegation(
  actor: Actor | null,
  action: DelegationAction,
  scope: DelegationScope,
): asserts actor is Actor {
  if (rules[action](actor, scope)) return;
  const aboutOne = action !== 'externalEvent.create' && action !== 'delegation.create';
  if (
    aboutOne &&
    actor &&
    !rules['delegation.view'](actor, scope) &&
    !rules['delegation.invitation.answer'](actor, scope)
  ) {
    throw new PageError(404, 'error.404');
  }
  if (!actor) throw new PageError(401, 'error.401');
  throw new PageError(403, 'error.403');
}
