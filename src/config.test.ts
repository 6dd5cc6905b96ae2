import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

/** The one-line message loadConfig throws for `env`. */
function failure(env: Record<string, string>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(env)}`);
}

describe('loadConfig', () => {
  it('runs with nothing set, on the documented defaults', () => {
    const config = loadConfig({});
    expect(config).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('./data'),
      uploadsDir: path.join(path.resolve('./data'), 'uploads'),
      database: { engine: 'sqlite', file: path.join(path.resolve('./data'), 'concord.sqlite') },
      databaseTimeouts: { connectMs: 5000, statementMs: 10_000, idleInTransactionMs: 30_000 },
      baseUrl: 'http://localhost:3000',
      secureCookies: false,
      secret: undefined,
      demo: true,
      smtpUrl: undefined,
      mailFrom: 'Concord <concord@localhost>',
      timeZone: 'Asia/Baku',
      defaultLocale: 'en',
      globalSouth: 'unctad-developing',
      logLevel: 'info',
      trustProxy: false,
      checkin: { opensBeforeHours: 3, closesAfterHours: 6 },
      env: 'development',
    });
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '', BASE_URL: '' })).toMatchObject({
      port: 3000,
      database: { engine: 'sqlite' },
      baseUrl: 'http://localhost:3000',
    });
  });

  it('reads each variable', () => {
    const config = loadConfig({
      PORT: '8080',
      HOST: '127.0.0.1',
      DATA_DIR: '/var/lib/concord',
      CONCORD_SECRET: 's'.repeat(32),
      CONCORD_DEMO: '0',
      SMTP_URL: 'smtps://user:pass@mail.example.org:465',
      TIME_ZONE: 'Europe/Moscow',
      DEFAULT_LOCALE: 'az',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: 'true',
      NODE_ENV: 'production',
    });
    expect(config).toMatchObject({
      port: 8080,
      host: '127.0.0.1',
      dataDir: '/var/lib/concord',
      uploadsDir: '/var/lib/concord/uploads',
      database: { engine: 'sqlite', file: '/var/lib/concord/concord.sqlite' },
      baseUrl: 'http://localhost:8080',
      secret: 's'.repeat(32),
      demo: false,
      smtpUrl: 'smtps://user:pass@mail.example.org:465',
      timeZone: 'Europe/Moscow',
      defaultLocale: 'az',
      logLevel: 'warn',
      trustProxy: true,
      env: 'production',
    });
  });

  it('keeps uploads where UPLOADS_DIR says, else in DATA_DIR/uploads', () => {
    expect(loadConfig({ DATA_DIR: '/srv/concord' }).uploadsDir).toBe('/srv/concord/uploads');
    expect(loadConfig({ DATA_DIR: '/srv/concord', UPLOADS_DIR: '/mnt/files' }).uploadsDir).toBe(
      '/mnt/files',
    );
  });

  it('selects PostgreSQL when DATABASE_URL is a postgres URL', () => {
    for (const url of ['postgres://concord:pw@db:5432/concord', 'postgresql://db/concord']) {
      expect(loadConfig({ DATABASE_URL: url }).database).toEqual({ engine: 'postgres', url });
    }
  });

  it('marks cookies secure when BASE_URL is https, however the scheme is typed', () => {
    expect(loadConfig({ BASE_URL: 'https://forum.example.org/' })).toMatchObject({
      baseUrl: 'https://forum.example.org',
      secureCookies: true,
    });
    expect(loadConfig({ BASE_URL: 'HTTPS://Forum.Example.org' })).toMatchObject({
      baseUrl: 'https://forum.example.org',
      secureCookies: true,
    });
    expect(loadConfig({ BASE_URL: 'http://forum.example.org' }).secureCookies).toBe(false);
  });

  it.each([
    ['PORT', '70000'],
    ['PORT', '0'],
    ['PORT', 'eighty'],
    ['PORT', '80.5'],
    ['DATABASE_URL', 'mysql://db/concord'],
    ['DATABASE_URL', '/var/lib/concord.sqlite'],
    ['TIME_ZONE', 'Mars/Olympus_Mons'],
    ['BASE_URL', 'forum.example.org'],
    ['BASE_URL', 'ftp://forum.example.org'],
    ['BASE_URL', 'javascript:alert(1)'],
    ['CONCORD_SECRET', 'too short'],
    ['SMTP_URL', 'mail.example.org'],
    ['DEFAULT_LOCALE', 'fr'],
    ['LOG_LEVEL', 'loud'],
    ['TRUST_PROXY', 'yes'],
  ])('rejects %s=%s with one line naming the variable', (name, value) => {
    const message = failure({ [name]: value });
    expect(message.startsWith(`${name}: expected `)).toBe(true);
    expect(message.endsWith(`(got ${JSON.stringify(value)})`)).toBe(true);
    expect(message).not.toContain('\n');
  });

  it('says what a time zone should look like', () => {
    expect(failure({ TIME_ZONE: 'Baku' })).toContain('an IANA time zone such as Asia/Baku');
  });

  it('reads METRICS_TOKEN, unset by default, and refuses a short one', () => {
    expect(loadConfig({}).metricsToken).toBeUndefined();
    expect(loadConfig({ METRICS_TOKEN: 'm'.repeat(32) }).metricsToken).toBe('m'.repeat(32));
    expect(failure({ METRICS_TOKEN: 'short' })).toBe(
      'METRICS_TOKEN: expected at least 32 characters of random text (got "short")',
    );
  });

  it('says what DATABASE_URL should look like', () => {
    expect(failure({ DATABASE_URL: 'sqlite://x' })).toContain('a postgres:// URL');
  });

  it('reads the check-in window in hours and says what it expects', () => {
    const config = loadConfig({
      CHECKIN_OPENS_BEFORE_HOURS: '24',
      CHECKIN_CLOSES_AFTER_HOURS: '0.5',
    });
    expect(config.checkin).toEqual({ opensBeforeHours: 24, closesAfterHours: 0.5 });
    for (const value of ['-1', 'soon', '1000']) {
      expect(failure({ CHECKIN_OPENS_BEFORE_HOURS: value })).toMatch(
        /^CHECKIN_OPENS_BEFORE_HOURS: expected a number of hours from 0 to 720/,
      );
    }
  });

  it("reads PostgreSQL's timeouts in milliseconds, 0 for none", () => {
    expect(
      loadConfig({
        DATABASE_CONNECT_TIMEOUT_MS: '2000',
        DATABASE_STATEMENT_TIMEOUT_MS: '0',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '60000',
      }).databaseTimeouts,
    ).toEqual({ connectMs: 2000, statementMs: 0, idleInTransactionMs: 60_000 });
    expect(failure({ DATABASE_STATEMENT_TIMEOUT_MS: '5s' })).toBe(
      'DATABASE_STATEMENT_TIMEOUT_MS: expected a whole number of milliseconds, 0 for no limit (got "5s")',
    );
  });
});
