/**
 * Who may do what with an event. An event's organisers are the owners and admins of its
 * organiser organisations; the platform's administrators may do whatever organisers may. Pure
 * functions of the actor and their relation to the event; the matrix test covers every action
 * for every role and every state of the event.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import type { EventStatus } from './tables.js';

export const EVENT_ACTIONS = [
  'event.create',
  'event.view',
  'event.edit',
  'event.publish',
  'event.cancel',
  'event.finish',
  'event.programme.manage',
  'event.register',
  'event.registrations.manage',
  'event.registrations.move',
  'event.checkin',
  'event.participants.export',
  'event.onlineLink.view',
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];

/** The actor's relation to one event (for 'event.create': whether they manage any organisation). */
export type EventScope = {
  status: EventStatus;
  /** The actor is an owner or admin of one of the event's organiser organisations. */
  organizer: boolean;
  /**
   * The actor holds a confirmed seat. Loaded only where the online link may be shown
   * (`seatOf` in registration/service.ts); elsewhere nobody counts as holding one.
   */
  seat?: boolean;
  /** Every organiser organisation is a network member (irrelevant to 'event.create'). */
  admitted: boolean;
};

const organizes = (actor: Actor | null, s: EventScope) =>
  actor !== null && (s.organizer || actor.isAdmin);

const rules: Record<EventAction, (actor: Actor | null, scope: EventScope) => boolean> = {
  // Creating needs an organisation to organise it on behalf of (the service checks which).
  'event.create': (actor, s) => actor !== null && (s.organizer || actor.isAdmin),
  // Drafts are the organisers' working copies; everything else is public.
  'event.view': (actor, s) => s.status !== 'draft' || organizes(actor, s),
  'event.edit': (actor, s) => organizes(actor, s) && s.status !== 'finished',
  // An event goes public under the network's name: its organisers publish it once every
  // organiser organisation is a member; before that, only a platform administrator may.
  'event.publish': (actor, s) =>
    organizes(actor, s) && s.status === 'draft' && (s.admitted || Boolean(actor?.isAdmin)),
  'event.cancel': (actor, s) =>
    organizes(actor, s) && (s.status === 'draft' || s.status === 'published'),
  'event.finish': (actor, s) => organizes(actor, s) && s.status === 'published',
  'event.programme.manage': (actor, s) => organizes(actor, s) && s.status !== 'cancelled',
  // Anyone signed in, while the event is open; the registration mode and deadline are rules
  // of the service (they answer with a message, not a refusal).
  'event.register': (actor, s) => actor !== null && s.status === 'published',
  'event.registrations.manage': (actor, s) => organizes(actor, s) && s.status !== 'draft',
  // Moving people between sessions is for an event still to happen, as taking seats is.
  'event.registrations.move': (actor, s) => organizes(actor, s) && s.status === 'published',
  // A finished event's door page stays, to say check-in has ended; when the door is open is a
  // rule of the check-in service (CHECKIN_OPENS_BEFORE_HOURS, CHECKIN_CLOSES_AFTER_HOURS).
  'event.checkin': (actor, s) =>
    organizes(actor, s) && (s.status === 'published' || s.status === 'finished'),
  'event.participants.export': (actor, s) => organizes(actor, s),
  // The meeting link is the door of an online event: only for those with a seat, and the
  // organisers who run it.
  'event.onlineLink.view': (actor, s) => organizes(actor, s) || (actor !== null && s.seat === true),
};

export const can = (actor: Actor | null, action: EventAction, scope: EventScope) =>
  rules[action](actor, scope);

/**
 * Whether the actor organises a draft that only the network's admission of its organisers
 * keeps from being published: they are told why and what to do instead of being refused.
 */
export const publishAwaitsMembership = (actor: Actor | null, scope: EventScope) =>
  !rules['event.publish'](actor, scope) &&
  rules['event.publish'](actor, { ...scope, admitted: true });

/** The one action a visitor may be allowed: an event past its draft is public. */
export type VisitorEventAction = 'event.view';
/** Every other action needs someone signed in: its rule refuses a visitor whatever the scope. */
export type SignedInEventAction = Exclude<EventAction, VisitorEventAction>;

/**
 * Refuses with 404 when the actor may not see the event (a draft stays unknown to others),
 * else 401 when signing in could help, else 403. An action that needs someone signed in
 * leaves the actor known to be present.
 */
export function authorize(
  actor: Actor | null,
  action: SignedInEventAction,
  scope: EventScope,
): asserts actor is Actor;
export function authorize(actor: Actor | null, action: EventAction, scope: EventScope): void;
export function authorize(actor: Actor | null, action: EventAction, scope: EventScope) {
  if (rules[action](actor, scope)) return;
  if (action !== 'event.create' && !rules['event.view'](actor, scope)) {
    throw new PageError(404, 'error.404');
  }
  if (!actor) throw new PageError(401, 'error.401');
  throw new PageError(403, 'error.403');
}
