/** Who may do what with an event: every action × every role × every state of the event, written out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import type { PageError } from '../../platform/http/errors.js';
import {
  authorize,
  can,
  EVENT_ACTIONS,
  type EventAction,
  type EventScope,
  publishAwaitsMembership,
} from './policy.js';
import type { EventStatus } from './tables.js';

const person = (isAdmin = false): Actor => ({
  id: 'p',
  name: 'P',
  email: 'p@example.org',
  isAdmin,
  locale: null,
  sessionId: 's',
});

/**
 * Each role: who the actor is, and whether they manage an organiser organisation. A plain
 * member of an organiser organisation is no organiser: only its owners and admins are.
 */
const ROLES = {
  visitor: { actor: null, organizer: false },
  outsider: { actor: person(), organizer: false },
  orgMember: { actor: person(), organizer: false },
  organizer: { actor: person(), organizer: true },
  platformAdmin: { actor: person(true), organizer: false },
} satisfies Record<string, { actor: Actor | null; organizer: boolean }>;
type Role = keyof typeof ROLES;
type Row = Record<Role, boolean>;

const Y = true;
const N = false;

// biome-ignore format: the tables read best as tables
const DRAFT: Record<EventAction, Row> = {
  'event.create':               { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.view':                 { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.edit':                 { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.publish':              { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.cancel':               { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.finish':               { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.programme.manage':     { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.register':             { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.registrations.manage': { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.registrations.move':   { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.checkin':              { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.participants.export':  { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.onlineLink.view':      { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
};

// biome-ignore format: the tables read best as tables
const PUBLISHED: Record<EventAction, Row> = {
  'event.create':               { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.view':                 { visitor: Y, outsider: Y, orgMember: Y, organizer: Y, platformAdmin: Y },
  'event.edit':                 { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.publish':              { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.cancel':               { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.finish':               { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.programme.manage':     { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.register':             { visitor: N, outsider: Y, orgMember: Y, organizer: Y, platformAdmin: Y },
  'event.registrations.manage': { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.registrations.move':   { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.checkin':              { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.participants.export':  { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
  'event.onlineLink.view':      { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
};

// biome-ignore format: the tables read best as tables
const CANCELLED: Record<EventAction, Row> = {
  ...PUBLISHED,
  'event.cancel':               { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.finish':               { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.programme.manage':     { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.register':             { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.registrations.move':   { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.checkin':              { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
};

// biome-ignore format: the tables read best as tables
const FINISHED: Record<EventAction, Row> = {
  ...PUBLISHED,
  'event.edit':                 { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.cancel':               { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.finish':               { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.register':             { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.registrations.move':   { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: N },
  'event.checkin':              { visitor: N, outsider: N, orgMember: N, organizer: Y, platformAdmin: Y },
};

/**
 * A draft whose organiser organisations are not all network members: only a platform
 * administrator may publish it (publishAwaitsMembership tells its organisers why).
 */
// biome-ignore format: the tables read best as tables
const DRAFT_NOT_ADMITTED: Record<EventAction, Row> = {
  ...DRAFT,
  'event.publish':              { visitor: N, outsider: N, orgMember: N, organizer: N, platformAdmin: Y },
};

const TABLES: Record<EventStatus, Record<EventAction, Row>> = {
  draft: DRAFT,
  published: PUBLISHED,
  cancelled: CANCELLED,
  finished: FINISHED,
};

const tableOf = (status: EventStatus, admitted: boolean) =>
  status === 'draft' && !admitted ? DRAFT_NOT_ADMITTED : TABLES[status];

const cases = (Object.keys(TABLES) as EventStatus[]).flatMap((status) =>
  [true, false].flatMap((admitted) =>
    EVENT_ACTIONS.flatMap((action) =>
      (Object.keys(ROLES) as Role[]).map((role) => ({
        status,
        admitted,
        action,
        role,
        allowed: tableOf(status, admitted)[action][role],
      })),
    ),
  ),
);

describe('events policy', () => {
  it('has a row for every action in every state', () => {
    for (const table of Object.values(TABLES)) {
      expect(Object.keys(table).sort()).toEqual([...EVENT_ACTIONS].sort());
    }
  });

  it.each(cases)(
    '$status (organisers admitted: $admitted): $role → $action = $allowed',
    ({ status, admitted, action, role, allowed }) => {
      const { actor, organizer } = ROLES[role];
      const scope: EventScope = { status, organizer, admitted };
      expect(can(actor, action, scope)).toBe(allowed);
      if (allowed) return expect(() => authorize(actor, action, scope)).not.toThrow();
      let refusal = 0;
      try {
        authorize(actor, action, scope);
      } catch (error) {
        refusal = (error as PageError).status;
      }
      // A draft is unknown to those who may not see it; otherwise sign in (401) or no (403).
      const hidden = action !== 'event.create' && !TABLES[status]['event.view'][role];
      expect(refusal).toBe(hidden ? 404 : actor ? 403 : 401);
    },
  );

  it.each(
    (Object.keys(ROLES) as Role[]).flatMap((role) =>
      [true, false].map((admitted) => ({ role, admitted })),
    ),
  )(
    'tells an organiser, and only them, that publishing awaits membership ($role, admitted: $admitted)',
    ({ role, admitted }) => {
      const { actor, organizer } = ROLES[role];
      const scope: EventScope = { status: 'draft', organizer, admitted };
      expect(publishAwaitsMembership(actor, scope)).toBe(role === 'organizer' && !admitted);
      expect(publishAwaitsMembership(actor, { ...scope, status: 'published' })).toBe(false);
    },
  );

  it.each(['published', 'cancelled', 'finished'] as const)(
    '%s: a confirmed seat gives the online link, to a signed-in person only',
    (status) => {
      const link = (actor: Actor | null, seat: boolean) =>
        can(actor, 'event.onlineLink.view', { status, organizer: false, admitted: true, seat });
      expect(link(person(), true)).toBe(true);
      expect(link(person(), false)).toBe(false);
      expect(link(null, true)).toBe(false);
    },
  );

  // authorize asserts the actor is signed in for these actions: it holds for any scope at all.
  it('refuses a visitor every action but viewing, whatever the scope', () => {
    const flags = [true, false];
    for (const action of EVENT_ACTIONS.filter((a) => a !== 'event.view')) {
      for (const status of Object.keys(TABLES) as EventStatus[]) {
        for (const organizer of flags) {
          for (const admitted of flags) {
            for (const seat of flags) {
              expect(can(null, action, { status, organizer, admitted, seat })).toBe(false);
            }
          }
        }
      }
    }
  });
});
