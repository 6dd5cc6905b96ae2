/**
 * Every setting Concord reads, taken once from the environment and validated. A wrong value
 * stops the process with one line naming the variable and what it expects.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

const bool = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

const timeZone = z.string().refine(
  (tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  },
  { message: 'an IANA time zone such as Asia/Baku' },
);

const PORT_EXPECTED = 'a whole number from 1 to 65535';

const HOURS_EXPECTED = 'a number of hours from 0 to 720, such as 3 or 1.5';
const hours = z.coerce
  .number({ message: HOURS_EXPECTED })
  .min(0, HOURS_EXPECTED)
  .max(720, HOURS_EXPECTED);

const MILLISECONDS_EXPECTED = 'a whole number of milliseconds, 0 for no limit';
const milliseconds = (fallback: number) =>
  z.coerce
    .number({ message: MILLISECONDS_EXPECTED })
    .int(MILLISECONDS_EXPECTED)
    .min(0, MILLISECONDS_EXPECTED)
    .default(fallback);

const EnvSchema = z.object({
  PORT: z.coerce
    .number({ message: PORT_EXPECTED })
    .int(PORT_EXPECTED)
    .min(1, PORT_EXPECTED)
    .max(65535, PORT_EXPECTED)
    .default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  UPLOADS_DIR: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// URL, or unset for the embedded SQLite database')
    .optional(),
  DATABASE_CONNECT_TIMEOUT_MS: milliseconds(5000),
  DATABASE_STATEMENT_TIMEOUT_MS: milliseconds(10_000),
  DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: milliseconds(30_000),
  BASE_URL: z
    .url({ protocol: /^https?$/, message: 'an absolute URL such as https://forum.example.org' })
    .optional(),
  CONCORD_SECRET: z.string().min(32, 'at least 32 characters of random text').optional(),
  CONCORD_DEMO: bool.default(true),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Concord <concord@localhost>'),
  TIME_ZONE: timeZone.default('Asia/Baku'),
  DEFAULT_LOCALE: z.enum(['en', 'az', 'ru']).default('en'),
  GLOBAL_SOUTH: z
    .enum(['unctad-developing', 'g77', 'nam'], { message: 'unctad-developing, g77 or nam' })
    .default('unctad-developing'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: bool.default(false),
  CHECKIN_OPENS_BEFORE_HOURS: hours.default(3),
  CHECKIN_CLOSES_AFTER_HOURS: hours.default(6),
  METRICS_TOKEN: z.string().min(32, 'at least 32 characters of random text').optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

/** How long Concord lets PostgreSQL take, in milliseconds; 0 waits without limit. */
export type DatabaseTimeouts = {
  /** To open a connection, or to get one from a full pool. */
  connectMs: number;
  /** For one statement, enforced by the server (and by the driver a moment later). */
  statementMs: number;
  /** For a transaction to sit open with nothing running in it. */
  idleInTransactionMs: number;
};

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  /** Where uploaded files are kept (under sub-folders per kind, e.g. applications/). */
  uploadsDir: string;
  database: { engine: 'sqlite'; file: string } | { engine: 'postgres'; url: string };
  /** PostgreSQL's limits; SQLite waits for its write lock by its own busy timeout. */
  databaseTimeouts: DatabaseTimeouts;
  baseUrl: string;
  secureCookies: boolean;
  secret: string | undefined;
  demo: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  timeZone: string;
  defaultLocale: 'en' | 'az' | 'ru';
  /** Which grouping of countries the site calls "Global South" (see modules/reference). */
  globalSouth: z.infer<typeof EnvSchema>['GLOBAL_SOUTH'];
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  /** The door's hours: check-in opens this long before an event starts, closes after it ends. */
  checkin: { opensBeforeHours: number; closesAfterHours: number };
  /** Lets a scraper from elsewhere read /metrics (Authorization: Bearer …); else loopback only. */
  metricsToken: string | undefined;
  env: z.infer<typeof EnvSchema>['NODE_ENV'];
};

export class ConfigError extends Error {}

/** Reads the configuration from `env`; throws a ConfigError whose message is one line. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, v]) => v !== undefined && v !== ''),
  );
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const name = String(issue.path[0]);
    throw new ConfigError(`${name}: expected ${issue.message} (got ${JSON.stringify(env[name])})`);
  }
  const e = parsed.data;
  const dataDir = path.resolve(e.DATA_DIR);
  // Normalised (scheme and host in lower case) so that HTTPS is recognised however it is typed.
  const baseUrl = new URL(e.BASE_URL ?? `http://localhost:${e.PORT}`).href.replace(/\/$/, '');
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir,
    uploadsDir: path.resolve(e.UPLOADS_DIR ?? path.join(dataDir, 'uploads')),
    database: e.DATABASE_URL
      ? { engine: 'postgres', url: e.DATABASE_URL }
      : { engine: 'sqlite', file: path.join(dataDir, 'concord.sqlite') },
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    },
    baseUrl,
    secureCookies: baseUrl.startsWith('https://'),
    secret: e.CONCORD_SECRET,
    demo: e.CONCORD_DEMO,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    timeZone: e.TIME_ZONE,
    defaultLocale: e.DEFAULT_LOCALE,
    globalSouth: e.GLOBAL_SOUTH,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    checkin: {
      opensBeforeHours: e.CHECKIN_OPENS_BEFORE_HOURS,
      closesAfterHours: e.CHECKIN_CLOSES_AFTER_HOURS,
    },
    metricsToken: e.METRICS_TOKEN,
    env: e.NODE_ENV,
  };
}

const DIRECTORY_PROBLEMS: Record<string, string> = {
  ENOTDIR: 'a part of the path is a file, not a directory',
  EEXIST: 'it is a file, not a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'no space left on the device',
  ENOENT: 'it cannot be created there',
};

/**
 * Makes sure Concord can keep files in `dir`, creating it if needed; throws a ConfigError
 * naming `variable`, the path and what is wrong, whatever the operating system's reason.
 * @example ensureWritableDirectory('DATA_DIR', config.dataDir)
 */
export function ensureWritableDirectory(variable: string, dir: string) {
  // A file written and removed: only writing tells whether writing works (root passes every
  // permission check, a read-only mount fails only then).
  const probe = path.join(dir, `.concord-write-test-${process.pid}`);
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch (error) {
    const code = String((error as NodeJS.ErrnoException).code);
    const reason = DIRECTORY_PROBLEMS[code] ?? code;
    throw new ConfigError(`${variable}: cannot write to ${dir} (${reason})`);
  }
}
