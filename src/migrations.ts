/** The migrations that build the whole database, in order; its row types are in platform/db/tables.ts. */
import * as m0001 from '../migrations/0001_platform.js';
import * as m0002 from '../migrations/0002_accounts.js';
import * as m0003 from '../migrations/0003_search.js';
import * as m0004 from '../migrations/0004_organizations.js';
import * as m0005 from '../migrations/0005_organization_invitations.js';
import * as m0006 from '../migrations/0006_organization_membership.js';
import './modules/accounts/tables.js';
import './modules/organizations/tables.js';
import './platform/search/tables.js';
import type { MigrationList } from './platform/db/migrate.js';

export const migrations: MigrationList = {
  '0001_platform': m0001,
  '0002_accounts': m0002,
  '0003_search': m0003,
  '0004_organizations': m0004,
  '0005_organization_invitations': m0005,
  '0006_organization_membership': m0006,
};
