/**
 * The network module's public surface: the network's identity (name, short name, purpose in
 * each language, logo), set by administrators at /admin/network. Other code reads it as a
 * `Site` (platform/http/context.ts): modules through `deps.site`, which `networkSite` provides,
 * and pages through the request's `site`, which `networkWeb(…).identify` sets.
 */
import type { MiddlewareHandler } from 'hono';
import type { UploadRoute } from '../../platform/http/body-limits.js';
import type { AppEnv, SiteProvider } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import type { Network } from './context.js';
import { identityRoutes } from './identity/routes.js';
import { siteFor } from './identity/service.js';

export { createNetwork, type Network, type NetworkDeps } from './context.js';
export { networkAuditSubjects } from './identity/audit.js';
export { chosen, prepareLogo } from './identity/logo.js';
export { IDENTITY_TTL_MS, updateIdentity } from './identity/service.js';
export { networkMessages } from './messages/index.js';
export type { NetworkTables } from './tables.js';

/**
 * The settings form's own body limit: larger than the 2 MB a logo may have, so that a file a
 * little over gets its message at the field, while a far larger body is cut off unread.
 */
const IDENTITY_UPLOAD = {
  maxBytes: 3 * 1024 * 1024,
  matches: (path: string) => path === '/admin/network',
  tooLargeKey: 'validation.network.logo.tooLargeBody',
} as const satisfies UploadRoute;

/** The identity in a language, from the module's cache: what `AppDeps.site` is. */
export const networkSite =
  (network: Network): SiteProvider =>
  (locale, db) =>
    siteFor(network, locale, db);

/** @example const network = networkWeb(network); app.use(network.identify) */
export function networkWeb(network: Network): ModuleWeb & { identify: MiddlewareHandler<AppEnv> } {
  return {
    routes: identityRoutes(network),
    uploads: [IDENTITY_UPLOAD],
    // After localeSelection: the purpose is read in the page's language.
    async identify(c, next) {
      c.set('site', await siteFor(network, c.get('locale')));
      await next();
    },
  };
}
