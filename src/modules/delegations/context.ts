/**
 * The delegations module's context: the platform's dependencies and the organisations it reads
 * (their summaries, people and roles). Nothing of events: a delegation goes to an event held
 * elsewhere, recorded here as an external event.
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import type { Organizations } from '../organizations/index.js';

export type Delegations = {
  deps: AppDeps<Database>;
  organizations: Organizations;
};

/** @example const delegations = createDelegations(deps, organizations) */
export const createDelegations = (
  deps: AppDeps<Database>,
  organizations: Organizations,
): Delegations => ({ deps, organizations });
