/** Who may change the network's identity: every action × every role, written out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import { authorize, can, NETWORK_ACTIONS, type NetworkAction } from './policy.js';

const person = (isAdmin: boolean): Actor => ({
  id: isAdmin ? 'admin-id' : 'person-id',
  name: 'Someone',
  email: 'someone@example.org',
  isAdmin,
  locale: null,
  sessionId: 'session-id',
});

/** Organisation admins and organisers hold no right over the network's identity. */
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
const MATRIX: Record<NetworkAction, Record<Role, boolean>> = {
  'network.identity.edit': { visitor: N, member: N, organisationAdmin: N, organiser: N, platformAdmin: Y },
};

describe('network policy', () => {
  it('covers every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...NETWORK_ACTIONS].sort());
  });

  for (const action of NETWORK_ACTIONS) {
    for (const [role, actor] of Object.entries(ROLES) as [Role, Actor | null][]) {
      const allowed = MATRIX[action][role];
      it(`${allowed ? 'lets' : 'refuses'} ${role} ${action}`, () => {
        expect(can(actor, action)).toBe(allowed);
        if (allowed) expect(() => authorize(actor, action)).not.toThrow();
        else {
          const error = (() => {
            try {
              authorize(actor, action);
            } catch (e) {
              return e as PageError;
            }
          })();
          expect(error).toBeInstanceOf(PageError);
          expect(error?.status).toBe(actor ? 403 : 401);
        }
      });
    }
  }
});
