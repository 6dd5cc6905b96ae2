/** The typed variables every request carries, and what the app is built from. */
import type { Logger } from 'pino';
import type { Config } from '../../config.js';
import type { Db } from '../db/connection.js';
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

export type AppDeps<T = unknown> = {
  config: Config;
  db: Db<T>;
  log: Logger;
  mailer: Mailer;
  secret: string;
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
  };
};
