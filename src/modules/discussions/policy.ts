/**
 * Who may do what with discussions. A discussion's readers follow its parent and the
 * visibility chosen when it was opened: everyone (public), anyone signed in (members), or an
 * event's confirmed participants and its organisers (participants). Its moderators are the
 * event's organisers for an event's or a session's discussion, and the platform's
 * administrators everywhere. Pure functions of the actor and their relation to the discussion;
 * the matrix test covers every action for every role, parent kind and visibility.
 */
import type { Actor } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import type { ParentKind, Visibility } from './tables.js';

export const DISCUSSION_ACTIONS = [
  'discussion.open',
  'discussion.read',
  'discussion.post',
  'post.edit',
  'post.delete',
  'post.history',
  'post.react',
] as const;
export type DiscussionAction = (typeof DISCUSSION_ACTIONS)[number];

/** The actor's relation to a discussion (or, for 'discussion.open', to the parent). */
export type DiscussionScope = {
  parent: ParentKind;
  visibility: Visibility;
  /** The actor may see the parent at all (an event's draft is its organisers'); true for the network. */
  parentVisible: boolean;
  /** The actor is an owner or admin of one of the parent event's organiser organisations. */
  organizer: boolean;
  /** The actor holds a confirmed registration for the parent event. */
  participant: boolean;
  /** The actor is an owner or admin of an organisation that is a network member. */
  managesMember: boolean;
  /** For the post actions: the actor wrote the post, and whether it was removed. */
  post?: { author: boolean; removed: boolean };
};

/** Event organisers for their event's discussions, platform administrators everywhere. */
export const moderates = (actor: Actor | null, s: DiscussionScope) =>
  actor !== null && (actor.isAdmin || (s.parent !== 'network' && s.organizer));

const reads = (actor: Actor | null, s: DiscussionScope) =>
  s.parentVisible &&
  (s.visibility === 'public' ||
    (actor !== null && (s.visibility === 'members' || s.participant || moderates(actor, s))));

const live = (s: DiscussionScope) => s.post !== undefined && !s.post.removed;

const rules: Record<DiscussionAction, (actor: Actor | null, s: DiscussionScope) => boolean> = {
  // Network topics: an administrator, or an owner or admin of a member organisation; an event's
  // or a session's discussion: its moderators.
  'discussion.open': (actor, s) =>
    actor !== null &&
    (s.parent === 'network'
      ? actor.isAdmin || s.managesMember
      : s.parentVisible && moderates(actor, s)),
  'discussion.read': reads,
  'discussion.post': (actor, s) => actor !== null && reads(actor, s),
  'post.edit': (actor, s) => reads(actor, s) && live(s) && s.post?.author === true,
  'post.delete': (actor, s) =>
    actor !== null &&
    reads(actor, s) &&
    live(s) &&
    (s.post?.author === true || moderates(actor, s)),
  // Earlier versions of an edited post: the text its author replaced is for moderators only.
  'post.history': (actor, s) => reads(actor, s) && moderates(actor, s),
  'post.react': (actor, s) => actor !== null && reads(actor, s) && live(s),
};

export const can = (actor: Actor | null, action: DiscussionAction, scope: DiscussionScope) =>
  rules[action](actor, scope);

/** The one action a visitor may be allowed. */
export type VisitorDiscussionAction = 'discussion.read';
export type SignedInDiscussionAction = Exclude<DiscussionAction, VisitorDiscussionAction>;

/**
 * Refuses with 404 when the actor may not read the discussion and signing in would not help
 * (a draft's or a participants-only discussion stays unknown to others), 401 when it might,
 * else 403. An action that needs someone signed in leaves the actor known to be present.
 */
export function authorize(
  actor: Actor | null,
  action: SignedInDiscussionAction,
  scope: DiscussionScope,
): asserts actor is Actor;
export function authorize(
  actor: Actor | null,
  action: DiscussionAction,
  scope: DiscussionScope,
): void;
export function authorize(actor: Actor | null, action: DiscussionAction, scope: DiscussionScope) {
  if (rules[action](actor, scope)) return;
  if (!scope.parentVisible) throw new PageError(404, 'error.404');
  if (!actor) throw new PageError(401, 'error.401');
  if (action !== 'discussion.open' && !reads(actor, scope)) throw new PageError(404, 'error.404');
  throw new PageError(403, 'error.403');
}
