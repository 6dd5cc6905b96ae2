/**
 * The discussions module's context: the app's dependencies, and the modules it builds on:
 * events (whether a person may read an event's or a session's discussions, asked through its
 * index) and organisations (whom an author acts for; which organisations a person manages).
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import type { Events } from '../events/index.js';
import type { Organizations } from '../organizations/index.js';

export type Discussions = {
  deps: AppDeps<Database>;
  events: Events;
  organizations: Organizations;
};

/** @example const discussions = createDiscussions(deps, events, organizations) */
export const createDiscussions = (
  deps: AppDeps<Database>,
  events: Events,
  organizations: Organizations,
): Discussions => ({ deps, events, organizations });
