/** The organisations module's context: what its services and routes are given to work with. */
import type { Database } from '../../platform/db/tables.js';
import type { Actor, AppDeps } from '../../platform/http/context.js';
import { createSearchIndex, type SearchIndex } from '../../platform/search/index.js';

export type Organizations = { deps: AppDeps<Database>; search: SearchIndex };

/** @example const organizations = createOrganizations(deps) */
export const createOrganizations = (deps: AppDeps<Database>): Organizations => ({
  deps,
  search: createSearchIndex(deps.db.engine),
});

/** Who acts, and from where (for the audit log). */
export type Acting = { actor: Actor; ip?: string | undefined };
