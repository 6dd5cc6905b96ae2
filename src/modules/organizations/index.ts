/** The organisations module's public surface. */
import type { UploadRoute } from '../../platform/http/body-limits.js';
import { IMPORT_UPLOAD } from './import/routes.js';
import { LOGO_UPLOAD } from './logo/service.js';
import { MEMBERSHIP_UPLOAD } from './membership/service.js';

export {
  ACTING_SELF,
  type ActingResolution,
  actingOrganization,
  resolveActingOrganization,
} from './acting/service.js';
export { OnBehalfOfField } from './acting/views/acting.js';
export { organizationApi } from './api/routes.js';
export { createOrganizations, type Organizations } from './context.js';
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
export { addMember, createOrganization, isLastOwnerViolation } from './profile/service.js';
export {
  managedOrganizations,
  type OrganizationSummary,
  organizationSummaries,
  soleOwnershipCheck,
} from './summaries/service.js';

/** Routes that take uploads larger than a form, with their limits (see platform/http/body-limits). */
export const UPLOAD_ROUTES: readonly UploadRoute[] = [
  LOGO_UPLOAD,
  MEMBERSHIP_UPLOAD,
  IMPORT_UPLOAD,
];
