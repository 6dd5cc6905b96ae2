/**
 * Assembles a running Concord from its configuration: database (migrated), instance secret,
 * mailer, accounts and the HTTP app. The `serve` command, the tests and the benchmarks all
 * start Concord through here, so they run the same thing.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { type Config, ensureWritableDirectory } from './config.js';
import { migrations } from './migrations.js';
import { createAccounts } from './modules/accounts/index.js';
import { createEvents } from './modules/events/index.js';
import { createOrganizations, soleOwnershipCheck } from './modules/organizations/index.js';
import { type Db, openDatabase } from './platform/db/connection.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { instanceSecret } from './platform/db/secrets.js';
import type { Database } from './platform/db/tables.js';
import type { AppDeps } from './platform/http/context.js';
import { createMailer } from './platform/mail/index.js';
import { createApp } from './server.js';

export type Concord = Awaited<ReturnType<typeof bootConcord>>;

/** @example const concord = await bootConcord(loadConfig(), createLogger('info')) */
export async function bootConcord(
  config: Config,
  log: Logger,
  options: { poolSize?: number } = {},
) {
  if (config.database.engine === 'sqlite' && config.database.file !== ':memory:')
    ensureWritableDirectory('DATA_DIR', path.dirname(config.database.file));
  const db = openDatabase<Database>(config.database, {
    ...options,
    timeouts: config.databaseTimeouts,
  });
  try {
    await migrate(config, db, log);
    const secret = await instanceSecret(db.kysely, 'signing', config.secret);
    const mailer = createMailer({
      db: db.kysely,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      log,
      logMessages: config.env === 'development',
    });
    const deps: AppDeps<Database> = { config, db, log, mailer, secret };
    const organizations = createOrganizations(deps);
    // Accounts import no module above them: what blocks a deletion is registered here.
    const accounts = createAccounts(deps, { deletionChecks: [soleOwnershipCheck(organizations)] });
    const events = createEvents(deps, organizations);
    const app = createApp(deps, { accounts, organizations, events });
    return { deps, accounts, organizations, events, app, close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Brings the database to the newest migration. On PostgreSQL through a connection of its own
 * without the statement timeouts: a migration may rebuild a large table, or wait for another
 * process's migrations to finish.
 */
async function migrate(config: Config, db: Db<Database>, log: Logger) {
  const own =
    config.database.engine === 'postgres' &&
    openDatabase<Database>(config.database, { poolSize: 1 });
  try {
    const applied = await migrateToLatest((own || db).kysely, migrations);
    if (applied.length > 0) log.info({ applied }, 'migrations applied');
  } finally {
    if (own) await own.close();
  }
}
