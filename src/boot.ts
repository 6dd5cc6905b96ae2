/**
 * Assembles a running Concord from its configuration: database (migrated), instance secret,
 * jobs, mailer, the modules and the HTTP app. The `serve` command, the tests and the benchmarks
 * all start Concord through here, so they run the same thing. Each module's job kinds are
 * registered here, once per process, with the modules that run them.
 */
import path from 'node:path';
import type { Logger } from 'pino';
import { type Config, ensureWritableDirectory } from './config.js';
import { migrations } from './migrations.js';
import { createAccounts } from './modules/accounts/index.js';
import { createDelegations, sendDueReminders } from './modules/delegations/index.js';
import { createEvents, eventAuditSubjects } from './modules/events/index.js';
import {
  createOrganizations,
  organizationAuditSubjects,
  soleOwnershipCheck,
} from './modules/organizations/index.js';
import { type Db, openDatabase } from './platform/db/connection.js';
import { migrateToLatest } from './platform/db/migrate.js';
import { instanceSecret } from './platform/db/secrets.js';
import type { Database } from './platform/db/tables.js';
import type { AppDeps } from './platform/http/context.js';
import { createJobs } from './platform/jobs/index.js';
import { createMailer } from './platform/mail/index.js';
import { createApp } from './server.js';

export type Concord = Awaited<ReturnType<typeof bootConcord>>;
/** The modules of a Concord, on the database its dependencies name. */
export type ConcordModules = ReturnType<typeof createModules>;

/**
 * The modules over `deps`; the demo builds a second set whose database is one transaction.
 * @example const { accounts, organizations, events, delegations } = createModules(deps)
 */
export function createModules(deps: AppDeps<Database>) {
  const organizations = createOrganizations(deps);
  const events = createEvents(deps, organizations);
  // Accounts import no module above them: what blocks a deletion, and the names of the things
  // the audit log is about, are registered here.
  const accounts = createAccounts(deps, {
    deletionChecks: [soleOwnershipCheck(organizations)],
    auditSubjects: [organizationAuditSubjects(organizations), eventAuditSubjects(events)],
  });
  const delegations = createDelegations(deps, organizations);
  return { deps, accounts, organizations, events, delegations };
}

/** How often every process looks for delegation tasks to remind (one of them runs the job). */
const REMINDERS_EVERY_MS = 10 * 60_000;

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
    const jobs = createJobs({ db: db.kysely, engine: db.engine, log });
    const mailer = createMailer({
      db: db.kysely,
      jobs,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      log,
      logMessages: config.env === 'development',
    });
    const deps: AppDeps<Database> = { config, db, log, mailer, secret };
    const modules = createModules(deps);
    const { delegations } = modules;
    jobs.register('delegation.reminders', {
      every: REMINDERS_EVERY_MS,
      run: async (_, { now }) => {
        await sendDueReminders(delegations, now);
      },
    });
    const app = createApp(deps, modules);
    return { ...modules, jobs, app, close: () => db.close() };
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
