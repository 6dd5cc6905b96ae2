/**
 * Who may do what with accounts and the platform's administration. Pure functions of the actor;
 * the matrix test in policy.test.ts covers every action for every role.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';

export const ACCOUNT_ACTIONS = [
  'account.manage',
  'people.list',
  'people.changeRole',
  'outbox.read',
  'jobs.read',
  'jobs.retry',
  'audit.read',
] as const;
export type AccountAction = (typeof ACCOUNT_ACTIONS)[number];

const rules: Record<AccountAction, (actor: Actor) => boolean> = {
  'account.manage': () => true,
  'people.list': (actor) => actor.isAdmin,
  'people.changeRole': (actor) => actor.isAdmin,
  'outbox.read': (actor) => actor.isAdmin,
  'jobs.read': (actor) => actor.isAdmin,
  'jobs.retry': (actor) => actor.isAdmin,
  'audit.read': (actor) => actor.isAdmin,
};

export const can = (actor: Actor | null, action: AccountAction) =>
  actor !== null && rules[action](actor);

/** Refuses with 401 when nobody is signed in and 403 when the person may not act. */
export function authorize(actor: Actor | null, action: AccountAction): asserts actor is Actor {
  if (!actor) throw new PageError(401, 'error.401');
  if (!rules[action](actor)) throw new PageError(403, 'error.403');
}
