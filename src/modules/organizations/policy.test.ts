/** Who may do what with an organisation: every action × every role, written out, for a pending and an accepted organisation. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import type { PageError } from '../../platform/http/errors.js';
import {
  authorize,
  can,
  ORGANIZATION_ACTIONS,
  type OrganizationAction,
  type OrganizationScope,
} from './policy.js';
import type { MembershipStatus, OrganizationRole } from './tables.js';

const person = (isAdmin = false): Actor => ({
  id: 'p',
  name: 'P',
  email: 'p@example.org',
  isAdmin,
  locale: null,
  sessionId: 's',
});

/** Each role: who the actor is, and their role in the organisation under test. */
const ROLES = {
  visitor: { actor: null, role: null },
  outsider: { actor: person(), role: null },
  member: { actor: person(), role: 'member' },
  orgAdmin: { actor: person(), role: 'admin' },
  owner: { actor: person(), role: 'owner' },
  platformAdmin: { actor: person(true), role: null },
} satisfies Record<string, { actor: Actor | null; role: OrganizationRole | null }>;
type Role = keyof typeof ROLES;

const Y = true;
const N = false;

// biome-ignore format: the table reads best as a table
const PENDING: Record<OrganizationAction, Record<Role, boolean>> = {
  'organization.create':         { visitor: N, outsider: Y, member: Y, orgAdmin: Y, owner: Y, platformAdmin: Y },
  'organization.view':           { visitor: N, outsider: N, member: Y, orgAdmin: Y, owner: Y, platformAdmin: Y },
  'organization.edit':           { visitor: N, outsider: N, member: N, orgAdmin: Y, owner: Y, platformAdmin: Y },
  'organization.members.view':   { visitor: N, outsider: N, member: Y, orgAdmin: Y, owner: Y, platformAdmin: Y },
  'organization.members.manage': { visitor: N, outsider: N, member: N, orgAdmin: Y, owner: Y, platformAdmin: N },
  'organization.owners.manage':  { visitor: N, outsider: N, member: N, orgAdmin: N, owner: Y, platformAdmin: N },
  'organization.leave':          { visitor: N, outsider: N, member: Y, orgAdmin: Y, owner: Y, platformAdmin: N },
  'organization.invitations.manage': { visitor: N, outsider: N, member: N, orgAdmin: Y, owner: Y, platformAdmin: N },
  'organization.membership.apply':   { visitor: N, outsider: N, member: N, orgAdmin: Y, owner: Y, platformAdmin: N },
  'organization.membership.documents.read': { visitor: N, outsider: N, member: N, orgAdmin: Y, owner: Y, platformAdmin: Y },
  'organization.membership.review':  { visitor: N, outsider: N, member: N, orgAdmin: N, owner: N, platformAdmin: Y },
  'organization.verify':             { visitor: N, outsider: N, member: N, orgAdmin: N, owner: N, platformAdmin: Y },
  'organization.import':             { visitor: N, outsider: N, member: N, orgAdmin: N, owner: N, platformAdmin: Y },
  'organization.actFor':             { visitor: N, outsider: N, member: Y, orgAdmin: Y, owner: Y, platformAdmin: N },
};

/** Actions of the administration area, refused like the rest of /admin (401/403, never 404). */
const ADMIN_AREA: OrganizationAction[] = [
  'organization.membership.review',
  'organization.verify',
  'organization.import',
];

/** Once the network accepts an organisation, its profile is public; nothing else changes. */
const ACCEPTED: Record<OrganizationAction, Record<Role, boolean>> = {
  ...PENDING,
  'organization.view': {
    visitor: Y,
    outsider: Y,
    member: Y,
    orgAdmin: Y,
    owner: Y,
    platformAdmin: Y,
  },
};

const cases = (['none', 'member'] as MembershipStatus[]).flatMap((membershipStatus) =>
  ORGANIZATION_ACTIONS.flatMap((action) =>
    (Object.keys(ROLES) as Role[]).map((role) => ({
      membershipStatus,
      action,
      role,
      allowed: (membershipStatus === 'member' ? ACCEPTED : PENDING)[action][role],
    })),
  ),
);

describe('organisations policy', () => {
  it('has a row for every action', () => {
    expect(Object.keys(PENDING).sort()).toEqual([...ORGANIZATION_ACTIONS].sort());
  });

  it.each(cases)(
    '$membershipStatus: $role → $action = $allowed',
    ({ membershipStatus, action, role, allowed }) => {
      const { actor, role: orgRole } = ROLES[role];
      const scope: OrganizationScope = {
        role: orgRole as OrganizationRole | null,
        membershipStatus,
      };
      expect(can(actor, action, scope)).toBe(allowed);
      if (allowed) return expect(() => authorize(actor, action, scope)).not.toThrow();
      let status = 0;
      try {
        authorize(actor, action, scope);
      } catch (error) {
        status = (error as PageError).status;
      }
      // Hidden organisations answer 404 so their existence is not revealed; otherwise 401 or 403.
      const hidden =
        action !== 'organization.create' &&
        !ADMIN_AREA.includes(action) &&
        !can(actor, 'organization.view', scope);
      expect(status).toBe(hidden ? 404 : actor === null ? 401 : 403);
    },
  );

  // authorize asserts the actor is signed in for these actions: it holds for any scope at all.
  it('refuses a visitor every action but viewing, whatever the scope', () => {
    const statuses: MembershipStatus[] = ['none', 'applied', 'member', 'rejected', 'suspended'];
    const roles: (OrganizationRole | null)[] = [null, 'member', 'admin', 'owner'];
    for (const action of ORGANIZATION_ACTIONS.filter((a) => a !== 'organization.view')) {
      for (const membershipStatus of statuses) {
        for (const role of roles) {
          expect(can(null, action, { role, membershipStatus })).toBe(false);
        }
      }
    }
  });
});
