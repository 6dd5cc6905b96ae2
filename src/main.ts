#!/usr/bin/env node
import { serve } from '@hono/node-server';
/** The `concord` command: serve, migrate, create-admin, backup, demo. */
import { Command } from 'commander';
import type { Logger } from 'pino';
import { z } from 'zod';
import { bootConcord, type Concord } from './boot.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { DemoLoadedElsewhereError, DemoNotEmptyError, loadDemoData } from './demo/index.js';
import {
  countAdmins,
  countPeople,
  createAdministrator,
  issueSetupToken,
} from './modules/accounts/index.js';
import { createLogger } from './platform/log.js';

/** Runs `work` with a booted Concord and closes it afterwards; configuration errors are one line. */
async function withConcord<T>(work: (concord: Concord, config: Config) => Promise<T>) {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`concord: configuration error: ${error.message}\n`);
      process.exit(2);
    }
    throw error;
  }
  const concord = await bootOrExit(config, createLogger(config.logLevel));
  try {
    return await work(concord, config);
  } finally {
    await concord.close();
  }
}

/** Boots Concord, or stops with one line when the configuration names a place it cannot use. */
async function bootOrExit(config: Config, log: Logger) {
  try {
    return await bootConcord(config, log);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`concord: configuration error: ${error.message}\n`);
    process.exit(2);
  }
}

const say = (line: string): void => {
  process.stdout.write(`${line}\n`);
};

const program = new Command()
  .name('concord')
  .description('Concord: a web platform for networks of NGOs');

program
  .command('serve', { isDefault: true })
  .description('migrate the database, then serve HTTP on HOST:PORT until SIGTERM or SIGINT')
  .action(async () => {
    const config = (() => {
      try {
        return loadConfig();
      } catch (error) {
        process.stderr.write(`concord: configuration error: ${(error as Error).message}\n`);
        process.exit(2);
      }
    })();
    const log = createLogger(config.logLevel);
    const concord = await bootOrExit(config, log);
    await firstRun(concord, config);
    const server = serve(
      { fetch: concord.app.fetch, port: config.port, hostname: config.host },
      () => {
        say(`Concord is running at ${config.baseUrl} (${config.database.engine})`);
      },
    );
    // Mail delivery, reminders and every other job: each process polls, one claims each job.
    const worker = concord.jobs.start();
    const stop = (signal: string) => {
      log.info({ signal }, 'draining');
      const drained = worker.stop();
      // Stop accepting, let in-flight requests and the job in hand finish, then close the database.
      server.close(async () => {
        await drained;
        await concord.close();
        log.info('stopped');
        process.exit(0);
      });
      setTimeout(() => process.exit(1), 15_000).unref();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });

/** On a new database: the demo and its administrator, or a one-time link to create one. */
async function firstRun(concord: Concord, config: Config) {
  const db = concord.deps.db.kysely;
  if (config.demo && (await countPeople(db)) === 0) {
    try {
      const admin = await loadDemoData(concord);
      say('Demo data loaded. Sign in as the demo administrator (shown once, not stored anywhere):');
      say(`  email:    ${admin.email}`);
      say(`  password: ${admin.password}`);
      return;
    } catch (error) {
      if (error instanceof DemoLoadedElsewhereError) {
        say(
          'Demo data loaded by another Concord process started at the same time; the administrator’s sign-in is printed in its output.',
        );
        return;
      }
      // Someone signed up first: the database is theirs, and may still need an administrator.
      if (!(error instanceof DemoNotEmptyError)) {
        process.stderr.write(
          `concord: the demo data could not be loaded (${(error as Error).message}); nothing of it was kept, the next start loads it again\n`,
        );
        await concord.close();
        process.exit(1);
      }
    }
  }
  if ((await countAdmins(concord.accounts)) === 0) {
    say('No administrator yet. Create the first one with this link (it works once):');
    say(`  ${await issueSetupToken(concord.accounts)}`);
  }
}

program
  .command('migrate')
  .description('apply pending database migrations and exit')
  .action(() => withConcord(async () => say('Database is up to date.')));

program
  .command('create-admin')
  .description(
    'create a confirmed administrator (or make an existing person one) and print a generated password',
  )
  .requiredOption('--email <email>', 'their email address')
  .option('--name <name>', 'their full name', 'Administrator')
  .action((options: { email: string; name: string }) => {
    // The address must be one the sign-in form accepts, or the printed password opens nothing.
    const email = z.email().safeParse(options.email.trim().toLowerCase());
    if (!email.success) {
      process.stderr.write(
        `concord create-admin: --email: expected an address like name@example.org (got ${JSON.stringify(options.email)})\n`,
      );
      process.exit(2);
    }
    return withConcord(async (concord) => {
      const result = await createAdministrator(concord.accounts, {
        email: email.data,
        name: options.name,
      });
      if (result.password)
        say(`Administrator created: ${options.email}\npassword: ${result.password}`);
      else say(`${options.email} already had an account and is now an administrator.`);
    });
  });

program
  .command('backup <file>')
  .description(
    'write a consistent copy of the SQLite database to FILE while Concord runs (PostgreSQL: prints the pg_dump command)',
  )
  .action((file: string) =>
    withConcord(async (concord, config) => {
      if (config.database.engine === 'postgres') {
        say(
          `PostgreSQL is backed up with its own tools, for example:\n  pg_dump --format=custom --file=${file} "${config.database.url}"`,
        );
        return;
      }
      await concord.deps.db.sqlite!.backup(file);
      say(`Backup written to ${file}`);
    }),
  );

program
  .command('demo')
  .description('load the demo data into an empty database and print the demo administrator sign-in')
  .action(() =>
    withConcord(async (concord) => {
      try {
        const admin = await loadDemoData(concord);
        say(`Demo data loaded.\n  email:    ${admin.email}\n  password: ${admin.password}`);
      } catch (error) {
        if (!(error instanceof DemoNotEmptyError)) throw error;
        process.stderr.write(`concord demo: ${error.message}\n`);
        process.exitCode = 1;
      }
    }),
  );

await program.parseAsync();
