/** Who may do what with accounts and administration: every action × every role, written out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import { ACCOUNT_ACTIONS, type AccountAction, authorize, can } from './policy.js';

const person = (isAdmin: boolean): Actor => ({
  id: isAdmin ? 'admin-id' : 'person-id',
  name: 'Someone',
  email: 'someone@example.org',
  isAdmin,
  locale: null,
  sessionId: 'session-id',
});

/**
 * The roles of the security baseline. Organisation admins and organisers hold no platform-wide
 * rights yet: until the organisations and events modules grant theirs, they are plain
 * signed-in people as far as accounts are concerned.
 */
const ROLES = {
  visitor: null,
  member: person(false),
  organisationAdmin: person(false),
  organiser: person(false),
  platformAdmin: person(true),
} satisfies Record<string, Actor | null>;
type Role = keyof typeof ROLES;

const Y = true;
const N = false;

// biome-ignore format: the table reads best as a table
const MATRIX: Record<AccountAction, Record<Role, boolean>> = {
  'account.manage':    { visitor: N, member: Y, organisationAdmin: Y, organiser: Y, platformAdmin: Y },
  'people.list':       { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
  'people.changeRole': { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
  'outbox.read':       { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
  'jobs.read':         { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
  'jobs.retry':        { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
  'audit.read':        { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
};

const cases = ACCOUNT_ACTIONS.flatMap((action) =>
  (Object.keys(ROLES) as Role[]).map((role) => ({ action, role, allowed: MATRIX[action][role] })),
);

describe('accounts policy', () => {
  it('has a row for every action and nothing else', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...ACCOUNT_ACTIONS].sort());
  });

  it.each(cases)('$role → $action: allowed = $allowed', ({ action, role, allowed }) => {
    const actor = ROLES[role];
    expect(can(actor, action)).toBe(allowed);
    if (allowed) {
      expect(() => authorize(actor, action)).not.toThrow();
      return;
    }
    let refusal: unknown;
    try {
      authorize(actor, action);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(PageError);
    // A visitor is asked to sign in (401); a signed-in person without the right is refused (403).
    const expected = actor === null ? 401 : 403;
    expect((refusal as PageError).status).toBe(expected);
    expect((refusal as PageError).messageKey).toBe(`error.${expected}`);
  });
});
