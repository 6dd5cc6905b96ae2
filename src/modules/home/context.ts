/**
 * The home module's context. The home page shows what other modules know (people, events,
 * figures), reading them through their public surfaces; it owns no table and decides nothing
 * about anyone, so it has no tables.ts and no policy.ts.
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';

export type Home = { deps: AppDeps<Database> };

/** @example const home = createHome(deps) */
export const createHome = (deps: AppDeps<Database>): Home => ({ deps });
