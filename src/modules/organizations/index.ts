/** The organisations module's public surface. */
import type { Database } from '../../platform/db/tables.js';
import type { UploadRoute } from '../../platform/http/body-limits.js';
import type { AppDeps } from '../../platform/http/context.js';
import { createSearchIndex } from '../../platform/search/index.js';
import { IMPORT_UPLOAD } from './import/routes.js';
import { LOGO_UPLOAD } from './logo/service.js';
import { MEMBERSHIP_UPLOAD } from './membership/service.js';
import type { Organizations } from './profile/service.js';

export {
  ACTING_SELF,
  type ActingResolution,
  actingOrganization,
  resolveActingOrganization,
} from './acting/service.js';
export { OnBehalfOfField } from './acting/views/acting.js';
export { organizationApi } from './api/routes.js';
export { organizationExportRoutes } from './export/routes.js';
export { FIGURES_PATH, figuresRoutes } from './figures/routes.js';
export { organizationImportRoutes } from './import/routes.js';
export { invitationLinkRoutes } from './invitations/routes.js';
export { membershipAdminRoutes, verificationAdminRoutes } from './membership/admin.js';
export { admitToNetwork } from './membership/service.js';
export { verifyMember } from './membership/verification.js';
export {
  networkMemberSummaries,
  type OrganizationPerson,
  type OrganizationPlace,
  organizationBySlug,
  organizationPlaces,
  peopleOfOrganizations,
  rolesOfPerson,
} from './participation/service.js';
export { organizationRoutes } from './profile/routes.js';
export type { Organizations } from './profile/service.js';
export { addMember, createOrganization, isLastOwnerViolation } from './profile/service.js';
export {
  managedOrganizations,
  type OrganizationSummary,
  organizationSummaries,
  soleOwnershipCheck,
} from './summaries/service.js';

/** @example const organizations = createOrganizations(deps) */
export const createOrganizations = (deps: AppDeps<Database>): Organizations => ({
  deps,
  search: createSearchIndex(deps.db.engine),
});

/** Routes that take uploads larger than a form, with their limits (see platform/http/body-limits). */
export const UPLOAD_ROUTES: readonly UploadRoute[] = [
  LOGO_UPLOAD,
  MEMBERSHIP_UPLOAD,
  IMPORT_UPLOAD,
];
