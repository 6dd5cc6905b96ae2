/** Who may do what with delegations: every action × every role, written out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import type { PageError } from '../../platform/http/errors.js';
import {
  authorizeDelegation,
  canDelegation,
  DELEGATION_ACTIONS,
  type DelegationAction,
  type DelegationScope,
} from './policy.js';

const person = (isAdmin = false): Actor => ({
  id: 'p',
  name: 'P',
  email: 'p@example.org',
  isAdmin,
  locale: null,
  sessionId: 's',
});

const none = { managesAny: false, belongs: false, manages: false, invited: false, partner: false };
/** Each role: who the actor is and how they relate to organisations and to the delegation. */
const ROLES = {
  visitor: { actor: null, scope: none },
  person: { actor: person(), scope: none },
  // Owner or admin of some organisation that has nothing to do with the delegation.
  otherOrgAdmin: { actor: person(), scope: { ...none, managesAny: true } },
  // A plain member of the lead or a partner organisation.
  delegationOrgMember: { actor: person(), scope: { ...none, belongs: true } },
  // Owner or admin of the lead or a partner organisation.
  delegationOrgAdmin: {
    actor: person(),
    scope: { ...none, managesAny: true, belongs: true, manages: true },
  },
  // Owner or admin of an organisation invited as a partner that has not answered yet.
  inviteeAdmin: { actor: person(), scope: { ...none, managesAny: true, invited: true } },
  // A plain member of an invited organisation: the invitation is not theirs to answer.
  inviteeMember: { actor: person(), scope: none },
  // Owner or admin of a partner organisation that accepted.
  partnerAdmin: {
    actor: person(),
    scope: { ...none, managesAny: true, belongs: true, manages: true, partner: true },
  },
  platformAdmin: { actor: person(true), scope: none },
} satisfies Record<string, { actor: Actor | null; scope: DelegationScope }>;
type Role = keyof typeof ROLES;

const Y = true;
const N = false;

// biome-ignore format: the table reads best as a table
const MATRIX: Record<DelegationAction, Record<Role, boolean>> = {
  'externalEvent.create':         { visitor: N, person: N, otherOrgAdmin: Y, delegationOrgMember: N, delegationOrgAdmin: Y, inviteeAdmin: Y, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.create':            { visitor: N, person: N, otherOrgAdmin: Y, delegationOrgMember: N, delegationOrgAdmin: Y, inviteeAdmin: Y, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.view':              { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: Y, delegationOrgAdmin: Y, inviteeAdmin: N, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.manage':            { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: N, delegationOrgAdmin: Y, inviteeAdmin: N, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.partner.invite':    { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: N, delegationOrgAdmin: Y, inviteeAdmin: N, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.partner.remove':    { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: N, delegationOrgAdmin: Y, inviteeAdmin: N, inviteeMember: N, partnerAdmin: Y, platformAdmin: Y },
  'delegation.invitation.answer': { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: N, delegationOrgAdmin: N, inviteeAdmin: Y, inviteeMember: N, partnerAdmin: N, platformAdmin: N },
  'delegation.partner.leave':     { visitor: N, person: N, otherOrgAdmin: N, delegationOrgMember: N, delegationOrgAdmin: N, inviteeAdmin: N, inviteeMember: N, partnerAdmin: Y, platformAdmin: N },
};

const statusOf = (fn: () => void) => {
  try {
    fn();
    return 200;
  } catch (error) {
    return (error as PageError).status;
  }
};

describe('delegation policy', () => {
  it('covers every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...DELEGATION_ACTIONS].sort());
  });

  for (const action of DELEGATION_ACTIONS) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const { actor, scope } = ROLES[role];
      const allowed = MATRIX[action][role];
      it(`${action} × ${role}: ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canDelegation(actor, action, scope)).toBe(allowed);
        const status = statusOf(() => authorizeDelegation(actor, action, scope));
        if (allowed) expect(status).toBe(200);
        else if (!actor) expect(status).toBe(401);
        else if (
          !['externalEvent.create', 'delegation.create'].includes(action) &&
          !canDelegation(actor, 'delegation.view', scope) &&
          !canDelegation(actor, 'delegation.invitation.answer', scope)
        )
          // Outsiders learn nothing about a delegation, not even that it exists; an invited
          // organisation's managers know of it from the invitation.
          expect(status).toBe(404);
        else expect(status).toBe(403);
      });
    }
  }

  // authorizeDelegation asserts the actor is signed in: it holds for any scope at all.
  it('refuses a visitor every action, whatever the scope', () => {
    for (let bits = 0; bits < 32; bits++) {
      const on = (bit: number) => (bits & bit) !== 0;
      const scope: DelegationScope = {
        managesAny: on(1),
        belongs: on(2),
        manages: on(4),
        invited: on(8),
        partner: on(16),
      };
      for (const action of DELEGATION_ACTIONS) {
        expect(canDelegation(null, action, scope)).toBe(false);
      }
    }
  });
});
