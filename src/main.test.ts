/**
 * The `concord` command, run as an operator runs it: a child process on a temporary data
 * directory. Each start costs a second or two of CPU (tsx compiles on the fly), so the runs are
 * few, run side by side, and each checks as much as it can.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { TestClient } from '../test/app.js';
import { bootConcord, type Concord } from './boot.js';
import { loadConfig } from './config.js';
import { createLogger } from './platform/log.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONCORD_VARIABLES = [
  'PORT',
  'HOST',
  'DATA_DIR',
  'DATABASE_URL',
  'BASE_URL',
  'CONCORD_SECRET',
  'CONCORD_DEMO',
  'SMTP_URL',
  'MAIL_FROM',
  'TIME_ZONE',
  'DEFAULT_LOCALE',
  'LOG_LEVEL',
  'TRUST_PROXY',
  'NODE_ENV',
];

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});
function dataDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concord-cli-'));
  dirs.push(dir);
  return dir;
}

function start(args: string[], env: Record<string, string> = {}) {
  const base = { ...process.env };
  for (const name of CONCORD_VARIABLES) delete base[name];
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts', ...args], {
    cwd: ROOT,
    env: { ...base, NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

type Run = { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string };

function finished(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise<Run>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** Runs `concord ARGS` to the end. */
const concord = (args: string[], env: Record<string, string> = {}) => finished(start(args, env));

/** Resolves with everything printed so far once stdout matches `pattern`. */
function printed(child: ChildProcess, pattern: RegExp) {
  return new Promise<string>((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer) => {
      seen += chunk;
      if (pattern.test(seen)) {
        child.stdout!.off('data', onData);
        resolve(seen);
      }
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) =>
      reject(new Error(`exited with ${code} before printing ${pattern}:\n${seen}`)),
    );
  });
}

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const readDatabase = <T>(file: string, read: (db: SqliteDatabase.Database) => T) => {
  const db = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
};

describe.concurrent('concord command', { timeout: 180_000 }, () => {
  it('lists its commands with --help', async () => {
    const run = await concord(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['serve', 'migrate', 'create-admin', 'backup', 'demo']) {
      expect(run.stdout).toMatch(new RegExp(`^\\s+${command}\\b`, 'm'));
    }
  });

  it('stops with one line naming a wrong setting', async () => {
    const dir = dataDir();
    const run = await concord(['migrate'], { PORT: 'abc', DATA_DIR: dir });
    expect(run.code).not.toBe(0);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^concord: configuration error: PORT\b/);
    expect(lines[0]).toContain('"abc"');
    expect(fs.existsSync(path.join(dir, 'concord.sqlite'))).toBe(false);
  });

  it('stops with one line naming a DATA_DIR it cannot write to, whatever the reason', async () => {
    const file = path.join(dataDir(), 'a-file');
    fs.writeFileSync(file, '');
    // Root passes every permission check, so the places are ones that fail for root too.
    const places = [
      { dir: path.join(file, 'data'), args: ['migrate'], reason: /a part of the path is a file/ },
      { dir: file, args: ['migrate'], reason: /it is a file, not a directory/ },
      { dir: '/sys/concord', args: ['serve'], reason: /permission denied|read-only/ },
    ];
    const runs = await Promise.all(places.map(({ dir, args }) => concord(args, { DATA_DIR: dir })));
    runs.forEach((run, i) => {
      const { dir, reason } = places[i]!;
      expect(run.code).toBe(2);
      const lines = run.stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(
        `concord: configuration error: DATA_DIR: cannot write to ${dir} (`,
      );
      expect(lines[0]).toMatch(reason);
      expect(run.stdout).toBe('');
    });
  });

  it('refuses to create an administrator whose address could never sign in', async () => {
    const dir = dataDir();
    const run = await concord(['create-admin', '--email', 'admin.example.org'], { DATA_DIR: dir });
    expect(run.code).not.toBe(0);
    expect(run.stdout).not.toContain('password');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('--email');
    expect(lines[0]).toContain('"admin.example.org"');
  });

  it('migrates, creates an administrator who can sign in, and backs up', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'concord.sqlite');
    const migrated = await concord(['migrate'], { DATA_DIR: dir });
    expect(migrated).toMatchObject({ code: 0, stdout: 'Database is up to date.\n' });
    const tables = readDatabase(file, (db) =>
      db
        .prepare("select name from sqlite_master where type = 'table'")
        .all()
        .map((r) => (r as { name: string }).name),
    );
    expect(tables).toEqual(expect.arrayContaining(['people', 'audit_log', 'mail_outbox']));

    const created = await concord(
      ['create-admin', '--email', 'Leyla.Admin@Example.ORG', '--name', 'Leyla Admin'],
      { DATA_DIR: dir },
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toContain('Administrator created: Leyla.Admin@Example.ORG');
    const password = /^password: (\S+)$/m.exec(created.stdout)?.[1];
    expect(password).toBeDefined();

    // The printed password works on the same data directory.
    const running = await bootConcord(
      loadConfig({ DATA_DIR: dir, NODE_ENV: 'test', TRUST_PROXY: '1' }),
      createLogger('silent'),
    );
    try {
      const client = new TestClient(running);
      await client.get('/sign-in');
      const signedIn = await client.post('/sign-in', {
        email: 'leyla.admin@example.org',
        password: password!,
      });
      expect(signedIn.status).toBe(303);
      expect((await client.get('/admin')).status).toBe(200);
    } finally {
      await running.close();
    }

    const backup = path.join(dataDir(), 'backup.sqlite');
    const backedUp = await concord(['backup', backup], { DATA_DIR: dir });
    expect(backedUp).toMatchObject({ code: 0, stdout: `Backup written to ${backup}\n` });
    readDatabase(backup, (db) => {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.prepare('select name, email, is_admin, email_verified from people').all()).toEqual([
        { name: 'Leyla Admin', email: 'leyla.admin@example.org', is_admin: 1, email_verified: 1 },
      ]);
    });
  });

  it('loads the demo into an empty database, and only there', async () => {
    const dir = dataDir();
    const loaded = await concord(['demo'], { DATA_DIR: dir });
    expect(loaded.code).toBe(0);
    expect(loaded.stdout).toContain('Demo data loaded.');
    expect(loaded.stdout).toMatch(/email: +secretariat@gsngo-platform\.example/);
    expect(loaded.stdout).toMatch(/password: +\S{12,}/);
    const names = readDatabase(path.join(dir, 'concord.sqlite'), (db) =>
      db
        .prepare('select name from people')
        .all()
        .map((r) => (r as { name: string }).name),
    );
    expect(names).toEqual(
      expect.arrayContaining([
        'Xatirə Vəliyeva',
        'Azerbaijan National NGO Forum',
        'Global South NGO Platform Secretariat',
      ]),
    );

    const again = await concord(['demo'], { DATA_DIR: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('concord demo: the database is not empty');
    expect(again.stdout).not.toContain('password');
    const count = readDatabase(path.join(dir, 'concord.sqlite'), (db) =>
      db.prepare('select count(*) as n from people').get(),
    );
    expect(count).toEqual({ n: names.length });
  });

  it('keeps nothing of a demo whose first load failed, and loads it whole on the next start', async () => {
    const dir = dataDir();
    const file = path.join(dir, 'concord.sqlite');
    expect((await concord(['migrate'], { DATA_DIR: dir })).code).toBe(0);
    const fault = (on: boolean) => {
      const db = new SqliteDatabase(file);
      try {
        db.exec(
          on
            ? `create trigger demo_fault before insert on events
               begin select raise(abort, 'database or disk is full'); end`
            : 'drop trigger demo_fault',
        );
      } finally {
        db.close();
      }
    };
    fault(true);
    const port = String(await freePort());
    const failed = await concord(['serve'], { DATA_DIR: dir, HOST: '127.0.0.1', PORT: port });
    expect(failed.code).toBe(1);
    expect(failed.stdout).not.toContain('password');
    expect(failed.stderr.trim().split('\n')).toEqual([
      'concord: the demo data could not be loaded (database or disk is full); nothing of it was kept, the next start loads it again',
    ]);
    const left = readDatabase(file, (db) =>
      ['people', 'organizations', 'demo_load'].map(
        (table) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
      ),
    );
    expect(left).toEqual([0, 0, 0]);

    fault(false);
    const child = start(['serve'], { DATA_DIR: dir, HOST: '127.0.0.1', PORT: port });
    const exit = finished(child);
    try {
      const output = await printed(child, /Concord is running at /);
      expect(output).toContain('Demo data loaded.');
      expect(output).toMatch(/password: +\S{12,}/);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exit).toMatchObject({ code: 0 });
  });

  it('serves with a setup link on an empty database and drains on SIGTERM', async () => {
    const port = await freePort();
    const child = start(['serve'], {
      DATA_DIR: dataDir(),
      CONCORD_DEMO: '0',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'info',
    });
    const exit = finished(child);
    try {
      const output = await printed(child, /Concord is running at /);
      expect(output).toContain('No administrator yet.');
      const link = /(http:\/\/localhost:\d+\/setup\?token=[\w-]+)/.exec(output)?.[1];
      expect(link).toBeDefined();
      expect(output).toContain(`Concord is running at http://localhost:${port} (sqlite)`);

      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.text()).toBe('ok');
      const { pathname, search } = new URL(link!);
      const setup = await fetch(`http://127.0.0.1:${port}${pathname}${search}`);
      expect(setup.status).toBe(200);
      expect(await setup.text()).toContain('Create the first administrator');
    } finally {
      child.kill('SIGTERM');
    }
    const run = await exit;
    expect(run).toMatchObject({ code: 0, signal: null });
    const messages = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => (JSON.parse(line) as { msg: string }).msg);
    expect(messages).toEqual(expect.arrayContaining(['draining', 'stopped']));
  });

  it('lets two processes write to one SQLite file at once, each waiting its turn', async () => {
    const dir = dataDir();
    const created = await concord(['create-admin', '--email', 'two.processes@example.org'], {
      DATA_DIR: dir,
    });
    const password = /^password: (\S+)$/m.exec(created.stdout)![1]!;
    const ports = [await freePort(), await freePort()];
    const servers = ports.map((port) =>
      start(['serve'], {
        DATA_DIR: dir,
        CONCORD_DEMO: '0',
        HOST: '127.0.0.1',
        PORT: String(port),
        TRUST_PROXY: '1',
        LOG_LEVEL: 'error',
      }),
    );
    const exits = servers.map(finished);
    try {
      await Promise.all(servers.map((child) => printed(child, /Concord is running at /)));
      // The test's cookie-keeping client, speaking HTTP to one of the processes.
      const clientOf = (port: number, n: number) =>
        new TestClient(
          {
            app: {
              request: (path: string, init: RequestInit) =>
                fetch(`http://127.0.0.1:${port}${path}`, { ...init, redirect: 'manual' }),
            },
          } as unknown as Concord,
          `203.0.113.${n}`,
        );
      const clients = [0, 1, 2, 3].map((n) => clientOf(ports[n % 2]!, n + 1));
      for (const client of clients) {
        await client.get('/sign-in');
        const signedIn = await client.post('/sign-in', {
          email: 'two.processes@example.org',
          password,
        });
        expect(signedIn.status).toBe(303);
        await client.get('/organizations/new');
      }
      // Creating an organisation reads (a free slug) and then writes in one transaction. One
      // person may create 20 an hour, so the sixteen here stay within that limit.
      const statuses = await Promise.all(
        clients.flatMap((client, c) =>
          [0, 1, 2, 3].map(
            async (n) =>
              (
                await client.post('/organizations', {
                  name: `Shared File ${c}-${n}`,
                  country: 'AZ',
                })
              ).status,
          ),
        ),
      );
      expect(statuses).toEqual(statuses.map(() => 303));
    } finally {
      for (const child of servers) child.kill('SIGTERM');
    }
    for (const run of await Promise.all(exits)) expect(run.stdout).not.toContain('"level":50');
    const count = readDatabase(path.join(dir, 'concord.sqlite'), (db) =>
      db.prepare("select count(*) as n from organizations where name like 'Shared File %'").get(),
    );
    expect(count).toEqual({ n: 16 });
  });
});
