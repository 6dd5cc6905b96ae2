/** Who may do what with an event: every action × every role × every state of the event, written out. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/http/context.js';
import type { PageError } from '../../platform/http/errors.js';
import { authorize, can, EVENT_ACTIONS, type EventAction, type EventScope } from './policy.js';
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

const TABLES: Record<EventStatus, Record<EventAction, Row>> = {
  draft: DRAFT,
  published: PUBLISHED,
  cancelled: CANCELLED,
  finished: FINISHED,
};

const cases = (Object.keys(TABLES) as EventStatus[]).flatMap((status) =>
  EVENT_ACTIONS.flatMap((action) =>
    (Object.keys(ROLES) as Role[]).map((role) => ({
      status,
      action,
      role,
      allowed: TABLES[status][action][role],
    })),
  ),
);

describe('events policy', () => {
  it('has a row for every action in every state', () => {
    for (const table of Object.values(TABLES)) {
      expect(Object.keys(table).sort()).toEqual([...EVENT_ACTIONS].sort());
    }
  });

  it.each(cases)('$status: $role → $action = $allowed', ({ status, action, role, allowed }) => {
    const { actor, organizer } = ROLES[role];
    const scope: EventScope = { status, organizer };
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
  });

  it.each(['published', 'cancelled', 'finished'] as const)(
    '%s: a confirmed seat gives the online link, to a signed-in person only',
    (status) => {
      const link = (actor: Actor | null, seat: boolean) =>
        can(actor, 'event.onlineLink.view', { status, organizer: false, seat });
      expect(link(person(), true)).toBe(true);
      expect(link(person(), false)).toBe(false);
      expect(link(null, true)).toBe(false);
    },
  );
});
