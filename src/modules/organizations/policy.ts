/**
 * Who may do what with an organisation. Pure functions of the actor and their relation to the
 * organisation; the matrix test covers every action for every role.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import type { MembershipStatus, OrganizationRole } from './tables.js';

export const ORGANIZATION_ACTIONS = [
  'organization.create',
  'organization.view',
  'organization.edit',
  'organization.members.view',
  'organization.members.manage',
  'organization.owners.manage',
  'organization.leave',
  'organization.invitations.manage',
  'organization.membership.apply',
  'organization.membership.documents.read',
  'organization.membership.review',
  'organization.verify',
  'organization.import',
  'organization.actFor',
] as const;
export type OrganizationAction = (typeof ORGANIZATION_ACTIONS)[number];

/**
 * Actions of the platform's administration (/admin): refused with 401/403 like the rest of it,
 * never with 404, since they reveal nothing about any one organisation.
 */
export const NETWORK_ADMIN_ACTIONS: readonly OrganizationAction[] = [
  'organization.membership.review',
  'organization.verify',
  'organization.import',
];

/** The actor's relation to one organisation (for 'organization.create', any will do). */
export type OrganizationScope = {
  role: OrganizationRole | null;
  membershipStatus: MembershipStatus;
};

const isManager = (s: OrganizationScope) => s.role === 'owner' || s.role === 'admin';

const rules: Record<
  OrganizationAction,
  (actor: Actor | null, scope: OrganizationScope) => boolean
> = {
  'organization.create': (actor) => actor !== null,
  // A profile is public once the network has accepted the organisation; before that, only its
  // own people and the platform's administrators see it.
  'organization.view': (actor, s) =>
    s.membershipStatus === 'member' || s.role !== null || Boolean(actor?.isAdmin),
  'organization.edit': (actor, s) => actor !== null && (isManager(s) || actor.isAdmin),
  'organization.members.view': (actor, s) => actor !== null && (s.role !== null || actor.isAdmin),
  'organization.members.manage': (actor, s) => actor !== null && isManager(s),
  'organization.owners.manage': (actor, s) => actor !== null && s.role === 'owner',
  'organization.leave': (actor, s) => actor !== null && s.role !== null,
  // Inviting owners also needs 'organization.owners.manage' (checked again by the service).
  'organization.invitations.manage': (actor, s) => actor !== null && isManager(s),
  // Applying to the network, withdrawing, and seeing the application's state.
  'organization.membership.apply': (actor, s) => actor !== null && isManager(s),
  'organization.membership.documents.read': (actor, s) =>
    actor !== null && (isManager(s) || actor.isAdmin),
  'organization.membership.review': (actor) => Boolean(actor?.isAdmin),
  'organization.verify': (actor) => Boolean(actor?.isAdmin),
  // Importing writes many organisations at once: the platform's administrators only.
  'organization.import': (actor) => Boolean(actor?.isAdmin),
  // Acting on behalf of an organisation (endorsing, registering): its own people, whatever
  // their role; a platform administrator is no one's representative by office.
  'organization.actFor': (actor, s) => actor !== null && s.role !== null,
};

export const can = (actor: Actor | null, action: OrganizationAction, scope: OrganizationScope) =>
  rules[action](actor, scope);

/** The one action a visitor may be allowed: a member organisation's profile is public. */
export type VisitorOrganizationAction = 'organization.view';
/** Every other action needs someone signed in: its rule refuses a visitor whatever the scope. */
export type SignedInOrganizationAction = Exclude<OrganizationAction, VisitorOrganizationAction>;

/**
 * Refuses with 404 when the actor may not even see the organisation (so its existence is not
 * revealed), else 401 when signing in could help, else 403. An action that needs someone
 * signed in leaves the actor known to be present.
 */
export function authorize(
  actor: Actor | null,
  action: SignedInOrganizationAction,
  scope: OrganizationScope,
): asserts actor is Actor;
export function authorize(
  actor: Actor | null,
  action: OrganizationAction,
  scope: OrganizationScope,
): void;
export function authorize(
  actor: Actor | null,
  action: OrganizationAction,
  scope: OrganizationScope,
) {
  if (rules[action](actor, scope)) return;
  if (
    action !== 'organization.create' &&
    !NETWORK_ADMIN_ACTIONS.includes(action) &&
    !rules['organization.view'](actor, scope)
  ) {
    throw new PageError(404, 'error.404');
  }
  if (!actor) throw new PageError(401, 'error.401');
  throw new PageError(403, 'error.403');
}
