/**
 * Who may do what with discussions, written out: reading for every parent kind, visibility and
 * role; every action for every role on a session's discussion for members; the author's own
 * post; and the status each refusal answers with. No database.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import {
  authorize,
  can,
  DISCUSSION_ACTIONS,
  type DiscussionAction,
  type DiscussionScope,
} from './policy.js';
import type { ParentKind, Visibility } from './tables.js';

const person = (isAdmin: boolean): Actor => ({
  id: isAdmin ? 'admin-id' : 'person-id',
  name: 'Someone',
  email: 'someone@example.org',
  isAdmin,
  locale: null,
  sessionId: 'session-id',
});

/** Each role: the actor and their relation to the parent event and to member organisations. */
const ROLES = {
  visitor: { actor: null, organizer: false, participant: false, managesMember: false },
  member: { actor: person(false), organizer: false, participant: false, managesMember: false },
  participant: { actor: person(false), organizer: false, participant: true, managesMember: false },
  organiser: { actor: person(false), organizer: true, participant: false, managesMember: true },
  memberOrgAdmin: {
    actor: person(false),
    organizer: false,
    participant: false,
    managesMember: true,
  },
  platformAdmin: {
    actor: person(true),
    organizer: false,
    participant: false,
    managesMember: false,
  },
} as const;
type Role = keyof typeof ROLES;

const scopeOf = (
  role: Role,
  parent: ParentKind,
  visibility: Visibility,
  extra: Partial<DiscussionScope> = {},
): DiscussionScope => {
  const { organizer, participant, managesMember } = ROLES[role];
  return {
    parent,
    visibility,
    parentVisible: true,
    organizer,
    participant,
    managesMember,
    ...extra,
  };
};

const Y = true;
const N = false;

describe('discussions policy', () => {
  // biome-ignore format: the table reads best as a table
  const READ: [ParentKind, Visibility, Record<Role, boolean>][] = [
    ['network', 'public',       { visitor: Y, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['network', 'members',      { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['event',   'public',       { visitor: Y, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['event',   'members',      { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['event',   'participants', { visitor: N, member: N, participant: Y, organiser: Y, memberOrgAdmin: N, platformAdmin: Y }],
    ['session', 'public',       { visitor: Y, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['session', 'members',      { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y }],
    ['session', 'participants', { visitor: N, member: N, participant: Y, organiser: Y, memberOrgAdmin: N, platformAdmin: Y }],
  ];
  for (const [parent, visibility, row] of READ) {
    for (const role of Object.keys(row) as Role[]) {
      it(`${row[role] ? 'lets' : 'refuses'} ${role} read a ${visibility} ${parent} discussion`, () => {
        expect(can(ROLES[role].actor, 'discussion.read', scopeOf(role, parent, visibility))).toBe(
          row[role],
        );
      });
    }
  }

  it('hides an event’s discussions from whoever may not see the event', () => {
    for (const role of Object.keys(ROLES) as Role[]) {
      const scope = scopeOf(role, 'event', 'public', { parentVisible: false });
      for (const action of DISCUSSION_ACTIONS)
        expect(can(ROLES[role].actor, action, scope)).toBe(false);
    }
  });

  // Every action on a session's discussion for members, on a live post of someone else.
  // biome-ignore format: the table reads best as a table
  const ACTIONS: Record<DiscussionAction, Record<Role, boolean>> = {
    'discussion.open': { visitor: N, member: N, participant: N, organiser: Y, memberOrgAdmin: N, platformAdmin: Y },
    'discussion.read': { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y },
    'discussion.post': { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y },
    'post.edit':       { visitor: N, member: N, participant: N, organiser: N, memberOrgAdmin: N, platformAdmin: N },
    'post.delete':     { visitor: N, member: N, participant: N, organiser: Y, memberOrgAdmin: N, platformAdmin: Y },
    'post.history':    { visitor: N, member: N, participant: N, organiser: Y, memberOrgAdmin: N, platformAdmin: Y },
    'post.react':      { visitor: N, member: Y, participant: Y, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y },
  };
  it('covers every action', () => {
    expect(Object.keys(ACTIONS).sort()).toEqual([...DISCUSSION_ACTIONS].sort());
  });
  for (const action of DISCUSSION_ACTIONS) {
    for (const role of Object.keys(ROLES) as Role[]) {
      const allowed = ACTIONS[action][role];
      it(`${allowed ? 'lets' : 'refuses'} ${role} ${action} in a session’s discussion`, () => {
        const scope = scopeOf(role, 'session', 'members', {
          post: { author: false, removed: false },
        });
        expect(can(ROLES[role].actor, action, scope)).toBe(allowed);
      });
    }
  }

  it('lets platform administrators and owners or admins of member organisations open network topics', () => {
    // biome-ignore format: the table reads best as a table
    const OPEN: Record<Role, boolean> = { visitor: N, member: N, participant: N, organiser: Y, memberOrgAdmin: Y, platformAdmin: Y };
    for (const role of Object.keys(ROLES) as Role[]) {
      expect(
        can(ROLES[role].actor, 'discussion.open', scopeOf(role, 'network', 'members')),
        role,
      ).toBe(OPEN[role]);
    }
  });

  it('moderates network topics by platform administrators only', () => {
    const post = { author: false, removed: false };
    expect(
      can(
        ROLES.organiser.actor,
        'post.delete',
        scopeOf('organiser', 'network', 'public', { post }),
      ),
    ).toBe(false);
    expect(
      can(
        ROLES.organiser.actor,
        'post.history',
        scopeOf('organiser', 'network', 'public', { post }),
      ),
    ).toBe(false);
    expect(
      can(
        ROLES.platformAdmin.actor,
        'post.delete',
        scopeOf('platformAdmin', 'network', 'public', { post }),
      ),
    ).toBe(true);
  });

  it('lets authors edit and remove their own live posts, and nobody act on a removed one', () => {
    const own = scopeOf('member', 'session', 'members', { post: { author: true, removed: false } });
    expect(can(ROLES.member.actor, 'post.edit', own)).toBe(true);
    expect(can(ROLES.member.actor, 'post.delete', own)).toBe(true);
    expect(can(ROLES.member.actor, 'post.history', own)).toBe(false);
    const removed = { post: { author: true, removed: true } };
    for (const action of ['post.edit', 'post.delete', 'post.react'] as const) {
      for (const role of ['member', 'organiser', 'platformAdmin'] as const) {
        expect(can(ROLES[role].actor, action, scopeOf(role, 'session', 'members', removed))).toBe(
          false,
        );
      }
    }
  });

  describe('authorize', () => {
    const status = (actor: Actor | null, action: DiscussionAction, scope: DiscussionScope) => {
      try {
        authorize(actor, action, scope);
        return 200;
      } catch (error) {
        expect(error).toBeInstanceOf(PageError);
        return (error as PageError).status;
      }
    };

    it('answers 404 where the reader may not know the discussion, 401 where signing in may help, else 403', () => {
      expect(
        status(
          null,
          'discussion.read',
          scopeOf('visitor', 'event', 'public', { parentVisible: false }),
        ),
      ).toBe(404);
      expect(status(null, 'discussion.read', scopeOf('visitor', 'session', 'participants'))).toBe(
        401,
      );
      expect(
        status(ROLES.member.actor, 'discussion.read', scopeOf('member', 'session', 'participants')),
      ).toBe(404);
      expect(
        status(ROLES.member.actor, 'post.history', scopeOf('member', 'session', 'members')),
      ).toBe(403);
      expect(
        status(ROLES.member.actor, 'discussion.open', scopeOf('member', 'network', 'members')),
      ).toBe(403);
      expect(
        status(
          ROLES.participant.actor,
          'discussion.read',
          scopeOf('participant', 'session', 'participants'),
        ),
      ).toBe(200);
    });
  });
});
