/** The organisations module's public surface. */
import type { Database } from '../../platform/db/tables.js';
import type { UploadRoute } from '../../platform/http/body-limits.js';
import type { AppDeps } from '../../platform/http/context.js';
import { createSearchIndex } from '../../platform/search/index.js';
import { MEMBERSHIP_UPLOAD } from './membership.js';
import type { Organizations } from './service.js';

export { invitationLinkRoutes } from './invitation-routes.js';
export { admitToNetwork } from './membership.js';
export { membershipAdminRoutes, verificationAdminRoutes } from './membership-admin-routes.js';
export { verifyMember } from './membership-verification.js';
export { organizationRoutes } from './routes.js';
export type { Organizations } from './service.js';
export { addMember, createOrganization } from './service.js';

/** @example const organizations = createOrganizations(deps) */
export const createOrganizations = (deps: AppDeps<Database>): Organizations => ({
  deps,
  search: createSearchIndex(deps.db.engine),
});

/** Routes that take uploads larger than a form, with their limits (see platform/http/body-limits). */
export const UPLOAD_ROUTES: readonly UploadRoute[] = [MEMBERSHIP_UPLOAD];
