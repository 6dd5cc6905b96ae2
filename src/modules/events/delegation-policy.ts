/**
 * Who may do what with delegations to external events. Any organisation's owner or admin (and
 * a platform admin) may record an external event and start a delegation; a delegation's
 * members and tasks are for the people of its organisations (lead and partners) and platform
 * admins; its owners and admins manage it. Pure functions, tested as a role × action matrix.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';

export const DELEGATION_ACTIONS = [
  'externalEvent.create',
  'delegation.create',
  'delegation.view',
  'delegation.manage',
] as const;
export type DelegationAction = (typeof DELEGATION_ACTIONS)[number];

/** The actor's relation to organisations and, where there is one, to the delegation. */
export type DelegationScope = {
  /** Owner or admin of any organisation at all. */
  managesAny: boolean;
  /** Belongs (any role) to the delegation's lead or a partner organisation. */
  belongs: boolean;
  /** Owner or admin of the delegation's lead or a partner organisation. */
  manages: boolean;
};

const rules: Record<DelegationAction, (actor: Actor | null, s: DelegationScope) => boolean> = {
  'externalEvent.create': (actor, s) => actor !== null && (s.managesAny || actor.isAdmin),
  'delegation.create': (actor, s) => actor !== null && (s.managesAny || actor.isAdmin),
  'delegation.view': (actor, s) => actor !== null && (s.belongs || s.manages || actor.isAdmin),
  'delegation.manage': (actor, s) => actor !== null && (s.manages || actor.isAdmin),
};

export const canDelegation = (
  actor: Actor | null,
  action: DelegationAction,
  scope: DelegationScope,
) => rules[action](actor, scope);

/**
 * Refuses a delegation's outsiders with 404 (a delegation's existence is theirs to tell),
 * visitors with 401 otherwise, and everyone else with 403.
 */
export function authorizeDelegation(
  actor: Actor | null,
  action: DelegationAction,
  scope: DelegationScope,
) {
  if (rules[action](actor, scope)) return;
  const aboutOne = action === 'delegation.view' || action === 'delegation.manage';
  if (aboutOne && actor && !rules['delegation.view'](actor, scope)) {
    throw new PageError(404, 'error.404');
  }
  if (!actor) throw new PageError(401, 'error.401');
  throw new PageError(403, 'error.403');
}
