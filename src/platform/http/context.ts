/** The typed variables every request carries, and what the app is built from. */
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Db } from '../db/connection.js';
import type { Database } from '../db/tables.js';
import type { Locale, Translate } from '../i18n/index.js';
import type { Mailer } from '../mail/index.js';

/** Who is asking. Filled by the accounts module; platform code needs no more than this. */
export type Actor = {
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  locale: Locale | null;
  /** The session this request rode in on; undefined for API-token calls. */
  sessionId: string | undefined;
};

/** An organisation as the page header names it. */
export type ActingOrganizationSummary = { id: string; slug: string; name: string };

/**
 * Whom a signed-in person acts for (filled by the organisations module): the organisations
 * they belong to and the one they act for now, null for "only myself".
 */
export type ActingFor = {
  organizations: ActingOrganizationSummary[];
  current: ActingOrganizationSummary | null;
};

/**
 * The network as pages, mails and documents name it: what its administrators set (the network
 * module keeps it), read in one language. Platform and UI know only this shape, never the module.
 */
export type Site = {
  name: string;
  shortName: string;
  /** One line on what the network is for, in the reader's language. */
  purpose: string;
  /** Under a content-hashed path, so it may be cached for a year; null when none was uploaded. */
  logo: { url: string; width: number; height: number } | null;
  /** The favicon and the touch icon (180 × 180) for `<link rel="icon">` and home screens. */
  icon: string;
  touchIcon: string;
};

/**
 * The network's identity in `locale`, from a cache: cheap enough to call for every page. A
 * caller inside a transaction passes it as `db`: on SQLite's one connection, a read outside
 * the transaction would wait for it to end, and so would never return.
 */
export type SiteProvider = (locale: Locale, db?: Kysely<Database>) => Promise<Site>;

export type AppDeps<T = unknown> = {
  config: Config;
  db: Db<T>;
  log: Logger;
  mailer: Mailer;
  secret: string;
  /** Set when the modules are created (boot.ts `createModules`), by the network module. */
  site: SiteProvider;
};

export type AppEnv = {
  Variables: {
    requestId: string;
    log: Logger;
    actor: Actor | null;
    locale: Locale;
    t: Translate;
    /** This browser's CSRF token; the first call sets the seed cookie (csrf.ts). */
    csrfToken: () => string;
    /** Set when the response depends on who asks, beyond what page-cache.ts keys on. */
    personal: boolean;
    clientIp: string;
    /** Loads whom the signed-in person acts for, once per request; unset for visitors. */
    actingFor: (() => Promise<ActingFor>) | undefined;
    /** The network's identity in this request's language, for the page frame and documents. */
    site: Site;
  };
};
