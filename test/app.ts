/**
 * A Concord on a throwaway database, driven through `app.request()` by clients that keep
 * cookies and read CSRF tokens from the pages, as a browser does.
 */
import { afterAll, beforeAll } from 'vitest';
import { bootConcord, type Concord } from '../src/boot.js';
import { loadConfig } from '../src/config.js';
import { createAdministrator } from '../src/modules/accounts/index.js';
import type { Engine } from '../src/platform/db/connection.js';
import { createLogger } from '../src/platform/log.js';
import { createThrowawayDatabase } from './fixtures/databases.js';

export type TestConcord = Concord & { client(): TestClient };

/** Boots a Concord for the enclosing describe block and tears it down after it. */
export function useConcord(engine: Engine, env: Record<string, string> = {}) {
  const concords = useConcords(engine, 1, env);
  return () => concords()[0]!;
}

/**
 * Boots `count` Concords on one database for the enclosing describe block, as that many
 * processes behind a load balancer would run (each with its own connections and its own jobs).
 */
export function useConcords(engine: Engine, count: number, env: Record<string, string> = {}) {
  let booted: TestConcord[] = [];
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const throwaway = await createThrowawayDatabase(engine);
    drop = throwaway.drop;
    const config = {
      ...loadConfig({ NODE_ENV: 'test', CONCORD_SECRET: 'x'.repeat(40), TRUST_PROXY: '1', ...env }),
      database: throwaway.target,
    };
    for (let i = 0; i < count; i++) {
      const concord = await bootConcord(
        config,
        createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
        { poolSize: 20 },
      );
      booted.push(Object.assign(concord, { client: () => new TestClient(concord) }));
    }
  });
  afterAll(async () => {
    for (const concord of booted) await concord.close();
    booted = [];
    await drop();
  });
  return () => booted;
}

export type Page = { status: number; html: string; headers: Headers; location: string | null };

let clients = 0;

/** A cookie-keeping client for the in-process app. */
export class TestClient {
  private cookies = new Map<string, string>();
  private csrf: string | undefined;
  /** Each client comes from its own address unless told otherwise, as separate people do. */
  constructor(
    private readonly concord: Concord,
    readonly ip = `198.51.${Math.floor(++clients / 250) % 250}.${clients % 250}`,
  ) {}

  async request(path: string, init: RequestInit = {}): Promise<Page> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0)
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    headers.set('x-forwarded-for', this.ip);
    const response = await this.concord.app.request(path, { ...init, headers });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/max-age=0/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    const html = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
    if (token) this.csrf = token;
    return {
      status: response.status,
      html,
      headers: response.headers,
      location: response.headers.get('location'),
    };
  }

  get(path: string) {
    return this.request(path);
  }

  /**
   * Posts a form the way a browser does, with the CSRF token of the last page seen. Pass
   * URLSearchParams for repeated fields (checkbox groups).
   */
  async post(
    path: string,
    fields: Record<string, string> | URLSearchParams,
    options: { csrf?: string | null } = {},
  ) {
    if (this.csrf === undefined && options.csrf === undefined) await this.get('/sign-in');
    const body = new URLSearchParams(fields);
    const csrf = options.csrf === undefined ? this.csrf : options.csrf;
    if (csrf !== null && csrf !== undefined) body.set('_csrf', csrf);
    return this.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: body.toString(),
    });
  }

  hasCookie(name: string) {
    return [...this.cookies.keys()].some((k) => k.includes(name));
  }
}

/** The link in the newest message sent to `to`, as a path on this site. */
export async function linkFromMail(concord: Concord, to: string) {
  const messages = await concord.deps.mailer.list(100);
  const message = messages.find((m) => m.to_address === to);
  if (!message) throw new Error(`no mail to ${to}`);
  const url = /https?:\/\/\S+/.exec(message.body_text)?.[0];
  if (!url) throw new Error(`no link in mail to ${to}`);
  const parsed = new URL(url);
  return parsed.pathname + parsed.search;
}

let counter = 0;
/** A unique address, so tests in one file never collide. */
export const uniqueEmail = (label = 'person') => `${label}.${Date.now()}.${++counter}@example.org`;

/** Signs up and confirms a person through the pages; returns a signed-in client. */
export async function signedUpClient(
  concord: TestConcord,
  options: { email?: string; password?: string; name?: string } = {},
) {
  const email = options.email ?? uniqueEmail();
  const password = options.password ?? 'correct horse battery staple';
  const client = concord.client();
  await client.get('/sign-up');
  await client.post('/sign-up', { name: options.name ?? 'Test Person', email, password });
  await client.get(await linkFromMail(concord, email));
  const signedIn = await client.post('/sign-in', { email, password });
  if (signedIn.status !== 303) throw new Error(`sign-in failed: ${signedIn.status}`);
  return { client, email, password };
}

/** Creates a confirmed administrator (as the command line does); returns a client signed in as them. */
export async function adminClient(
  concord: TestConcord,
  options: { email?: string; password?: string; name?: string } = {},
) {
  const email = options.email ?? uniqueEmail('admin');
  const password = options.password ?? 'administrator passphrase';
  const { id } = await createAdministrator(concord.accounts, {
    name: options.name ?? 'Test Administrator',
    email,
    password,
  });
  const client = concord.client();
  await client.get('/sign-in');
  const signedIn = await client.post('/sign-in', { email, password });
  if (signedIn.status !== 303) throw new Error(`administrator sign-in failed: ${signedIn.status}`);
  return { client, id, email, password };
}
