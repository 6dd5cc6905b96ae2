/** The migrations that build the whole database, in order; its row types are in platform/db/tables.ts. */
import * as m0001 from '../migrations/0001_platform.js';
import * as m0002 from '../migrations/0002_accounts.js';
import './modules/accounts/tables.js';
import type { MigrationList } from './platform/db/migrate.js';

export const migrations: MigrationList = {
  '0001_platform': m0001,
  '0002_accounts': m0002,
};
