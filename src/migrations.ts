/** The migrations that build the whole database, in order; its row types are in platform/db/tables.ts. */
import * as m0001 from '../migrations/0001_platform.js';
import * as m0002 from '../migrations/0002_accounts.js';
import * as m0003 from '../migrations/0003_search.js';
import * as m0004 from '../migrations/0004_organizations.js';
import * as m0005 from '../migrations/0005_organization_invitations.js';
import * as m0006 from '../migrations/0006_organization_membership.js';
import * as m0007 from '../migrations/0007_organization_logo.js';
import * as m0008 from '../migrations/0008_organization_imports.js';
import * as m0009 from '../migrations/0009_acting_organization.js';
import * as m0010 from '../migrations/0010_directory_indexes.js';
import * as m0011 from '../migrations/0011_mail_attachments.js';
import * as m0012 from '../migrations/0012_events.js';
import * as m0013 from '../migrations/0013_directory_revision.js';
import * as m0014 from '../migrations/0014_jobs.js';
import * as m0015 from '../migrations/0015_delegation_partnerships.js';
import * as m0016 from '../migrations/0016_organization_keeps_an_owner.js';
import * as m0017 from '../migrations/0017_speaker_invitations.js';
import * as m0018 from '../migrations/0018_network_identity.js';
import * as m0019 from '../migrations/0019_programme_translations.js';
import * as m0020 from '../migrations/0020_search_fold_version.js';
import * as m0021 from '../migrations/0021_audit_by_person.js';
import * as m0023 from '../migrations/0023_discussions.js';
// The tables these migrations build join the `Database` type where their owners declare them
// (each module's tables.ts, by declaration merging): a type-only import of each module's index
// brings them in, and nothing of the modules at run time.
import type {} from './modules/accounts/index.js';
import type {} from './modules/discussions/index.js';
import type {} from './modules/events/index.js';
import type {} from './modules/network/index.js';
import type {} from './modules/organizations/index.js';
import type { MigrationList } from './platform/db/migrate.js';
import './platform/search/tables.js';

export const migrations: MigrationList = {
  '0001_platform': m0001,
  '0002_accounts': m0002,
  '0003_search': m0003,
  '0004_organizations': m0004,
  '0005_organization_invitations': m0005,
  '0006_organization_membership': m0006,
  '0007_organization_logo': m0007,
  '0008_organization_imports': m0008,
  '0009_acting_organization': m0009,
  '0010_directory_indexes': m0010,
  '0011_mail_attachments': m0011,
  '0012_events': m0012,
  '0013_directory_revision': m0013,
  '0014_jobs': m0014,
  '0015_delegation_partnerships': m0015,
  '0016_organization_keeps_an_owner': m0016,
  '0017_speaker_invitations': m0017,
  '0018_network_identity': m0018,
  '0019_programme_translations': m0019,
  '0020_search_fold_version': m0020,
  '0021_audit_by_person': m0021,
  '0023_discussions': m0023,
};
