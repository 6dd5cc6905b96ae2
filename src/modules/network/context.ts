/**
 * The network module's context: the platform's dependencies and the identity cached in this
 * process. It sits just above accounts (only administrators change the identity, and the
 * actor says who they are) and below organisations and events, which read the identity through
 * `deps.site` like the page frame does.
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import type { IdentityRow } from './tables.js';

/** What the network module needs: everything but the site, which it is the one to provide. */
export type NetworkDeps = Omit<AppDeps<Database>, 'site'>;

export type Network = {
  deps: NetworkDeps;
  /**
   * The row as last read, and when: every process keeps its own, read again after
   * `IDENTITY_TTL_MS`, and at once in the process that saved a change.
   */
  cache: { row: IdentityRow | null; readAt: number } | undefined;
};

/** @example const network = createNetwork(deps) */
export const createNetwork = (deps: NetworkDeps): Network => ({ deps, cache: undefined });
