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
import {
  createDelegations,
  delegationAuditSubjects,
  sendDueReminders,
} from './modules/delegations/index.js';
import { createDiscussions, discussionAuditSubjects } from './modules/discussions/index.js';
import {
  createEvents,
  eventAuditSubjects,
  registrationAuditSubjects,
  reindexEvents,
} from './modules/events/index.js';
import {
  createNetwork,
  type NetworkDeps,
  networkAuditSubjects,
  networkSite,
} from './modules/network/index.js';
import {
  createOrganizations,
  importAuditSubjects,
  organizationAuditSubjects,
  reindexOrganizations,
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
 * The network module comes first: it provides the `site` every other module's deps carry.
 * @example const { accounts, organizations, events, delegations } = createModules(deps)
 */
export function createModules(base: NetworkDeps) {
  const network = createNetwork(base);
  const deps: AppDeps<Database> = { ...base, site: networkSite(network) };
  const organizations = createOrganizations(deps);
  const events = createEvents(deps, organizations);
  const discussions = createDiscussions(deps, events, organizations);
  const delegations = createDelegations(deps, organizations);
  // Accounts import no module above them: what blocks a deletion, and the names of the things
  // the audit log is about, are registered here.
  const accounts = createAccounts(deps, {
    deletionChecks: [soleOwnershipCheck(organizations)],
    auditSubjects: [
      networkAuditSubjects,
      organizationAuditSubjects(organizations),
      importAuditSubjects(organizations),
      eventAuditSubjects(events),
      registrationAuditSubjects(events),
      delegationAuditSubjects(delegations),
      discussionAuditSubjects(discussions),
    ],
  });
  return { deps, network, accounts, organizations, events, delegations, discussions };
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
    // The sender's display name is the network's, read when a message is delivered; the
    // network module is created with the others, after the mailer they all share.
    let site: AppDeps['site'] | undefined;
    const mailer = createMailer({
      db: db.kysely,
      jobs,
      smtpUrl: config.smtpUrl,
      from: config.mailFrom,
      senderName: async () => (site ? (await site(config.defaultLocale)).name : undefined),
      log,
      logMessages: config.env === 'development',
    });
    const modules = createModules({ config, db, log, mailer, secret });
    site = modules.deps.site;
    const { delegations } = modules;
    await reindexSearch(modules, log);
    jobs.register('delegation.reminders', {
      every: REMINDERS_EVERY_MS,
      run: async (_, { now }) => {
        await sendDueReminders(delegations, now);
      },
    });
    const app = createApp(modules.deps, modules);
    return { ...modules, jobs, app, close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}

/**
 * Indexes a collection's documents again when search folds words differently from when they
 * were indexed (FOLD_VERSION): at start rather than in a migration, since only a module can say
 * what its documents are found by, and once, since the version is then recorded.
 */
async function reindexSearch(modules: ConcordModules, log: Logger) {
  const reindexed = {
    organizations: await reindexOrganizations(modules.organizations),
    events: await reindexEvents(modules.events),
  };
  if (reindexed.organizations + reindexed.events > 0) log.info({ reindexed }, 'search reindexed');
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
