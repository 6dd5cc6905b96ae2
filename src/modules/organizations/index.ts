/** The organisations module's public surface. */
import { Hono, type MiddlewareHandler } from 'hono';
import type { AppEnv } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import { actingOrganization } from './acting/service.js';
import { organizationApi } from './api/routes.js';
import type { Organizations } from './context.js';
import { organizationExportRoutes } from './export/routes.js';
import { FIGURES_PATH, figuresRoutes } from './figures/routes.js';

import { IMPORT_UPLOAD, organizationImportRoutes } from './import/routes.js';
import { invitationLinkRoutes } from './invitations/routes.js';
import { LOGO_UPLOAD } from './logo/service.js';
import { membershipAdminRoutes, verificationAdminRoutes } from './membership/admin.js';
import { MEMBERSHIP_UPLOAD } from './membership/service.js';
import { organizationRoutes } from './profile/routes.js';

export {
  ACTING_SELF,
  type ActingResolution,
  resolveActingOrganization,
} from './acting/service.js';
export { OnBehalfOfField } from './acting/views/acting.js';
export { createOrganizations, type Organizations } from './context.js';
export { networkFiguresHomeSection } from './figures/routes.js';
export {
  joinOrganization,
  leftJoinOrganization,
  type OrganizationColumns,
} from './fragments.js';
export { importAuditSubjects } from './import/audit.js';
export { admitToNetwork } from './membership/service.js';
export { verifyMember } from './membership/verification.js';
export { organizationsMessages } from './messages/index.js';
export {
  networkMemberSummaries,
  type OrganizationPerson,
  type OrganizationPlace,
  organizationBySlug,
  organizationPlaces,
  peopleOfOrganizations,
  rolesOfPerson,
} from './participation/service.js';
export { reindexOrganizations } from './profile/search.js';
export { addMember, createOrganization, isLastOwnerViolation } from './profile/service.js';
export { organizationAuditSubjects } from './summaries/audit.js';
export {
  managedOrganizations,
  type OrganizationSummary,
  organizationSummaries,
  soleOwnershipCheck,
} from './summaries/service.js';

/**
 * The organisations' part of the app: profiles, the network's figures, invitation links and
 * the administration of membership, verification and imports; `acting` loads whom a signed-in
 * person acts for.
 * @example app.route('/', organizationsWeb(organizations).routes)
 */
export function organizationsWeb(
  ctx: Organizations,
): ModuleWeb & { acting: MiddlewareHandler<AppEnv> } {
  const routes = new Hono<AppEnv>()
    // Before the profiles: /organizations/export.csv is not an organisation's slug.
    .route('/organizations', organizationExportRoutes(ctx))
    .route('/organizations', organizationRoutes(ctx))
    .route('/', figuresRoutes(ctx))
    .route('/invitations', invitationLinkRoutes(ctx))
    .route('/admin/membership', membershipAdminRoutes(ctx))
    .route('/admin/verification', verificationAdminRoutes(ctx))
    .route('/admin/organizations/import', organizationImportRoutes(ctx));
  return {
    routes,
    api: organizationApi(ctx),
    uploads: [LOGO_UPLOAD, MEMBERSHIP_UPLOAD, IMPORT_UPLOAD],
    cachedPaths: [FIGURES_PATH, `${FIGURES_PATH}.json`],
    acting: actingOrganization(ctx),
  };
}
