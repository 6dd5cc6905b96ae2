/**
 * The events module's context: what every part of events works with — the app's dependencies,
 * the search index events are written to, and the organisations module they are hosted by.
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import { createSearchIndex, type SearchIndex } from '../../platform/search/index.js';
import type { Organizations } from '../organizations/index.js';

export type Events = {
  deps: AppDeps<Database>;
  search: SearchIndex;
  organizations: Organizations;
};

/** @example const events = createEvents(deps, organizations) */
export const createEvents = (deps: AppDeps<Database>, organizations: Organizations): Events => ({
  deps,
  search: createSearchIndex(deps.db.engine),
  organizations,
});
