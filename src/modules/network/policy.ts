/**
 * Who may do what with the network's identity. Pure functions of the actor; the matrix test in
 * policy.test.ts covers every action for every role.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';

export const NETWORK_ACTIONS = ['network.identity.edit'] as const;
export type NetworkAction = (typeof NETWORK_ACTIONS)[number];

const rules: Record<NetworkAction, (actor: Actor) => boolean> = {
  'network.identity.edit': (actor) => actor.isAdmin,
};

export const can = (actor: Actor | null, action: NetworkAction) =>
  actor !== null && rules[action](actor);

/** Refuses with 401 when nobody is signed in and 403 when the person may not act. */
export function authorize(actor: Actor | null, action: NetworkAction): asserts actor is Actor {
  if (!actor) throw new PageError(401, 'error.401');
  if (!rules[action](actor)) throw new PageError(403, 'error.403');
}
