/**
 * Identity through better-auth: passwords (argon2id), sessions, email verification and reset
 * tokens. Our routes call `auth.api.*` directly; its own HTTP handler is not mounted, so every
 * page stays a plain HTML form and every link in a message points at our pages.
 *
 * The adapter is given no engine `type` on PostgreSQL on purpose: it then stores dates as UTC
 * ISO text and booleans as 0/1, exactly as on SQLite, so both engines hold identical rows
 * (docs/decisions/001-better-auth.md; a test pins the stored format).
 */
import { createHmac } from 'node:crypto';
import { kyselyAdapter } from '@better-auth/kysely-adapter';
import { hash, verify } from '@node-rs/argon2';
import { betterAuth } from 'better-auth';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { AppDeps } from '../../../platform/http/context.js';
import { clearRateLimit } from '../../../platform/http/rate-limit.js';
import { isLocale, translator } from '../../../platform/i18n/index.js';
import { revokeApiTokensOfPerson } from '../people/service.js';
import { RATE_LIMITS } from './rate-limits.js';

/** @node-rs/argon2's Algorithm.Argon2id, a const enum that isolated modules cannot import. */
const ARGON2ID = 2;
/** OWASP's argon2id recommendation: 19 MiB, two passes, one lane. */
const ARGON2_OPTIONS = {
  algorithm: ARGON2ID,
  memoryCost: 19456,
  timeCost: 2,
  parallelism: 1,
} as const;

export const SESSION_DAYS = 30;

export function createAuth(deps: AppDeps<Database>) {
  const { config, mailer, db } = deps;
  /** The words, and the network's name, in a person's language. */
  const mailIn = async (locale: string | null | undefined) => {
    const chosen = isLocale(locale) ? locale : config.defaultLocale;
    return { t: translator(chosen), site: (await deps.site(chosen)).name };
  };

  return betterAuth({
    secret: createHmac('sha256', deps.secret).update('better-auth').digest('base64url'),
    baseURL: config.baseUrl,
    basePath: '/auth',
    telemetry: { enabled: false },
    logger: {
      level: 'error',
      log: (level, message) => deps.log[level]({ auth: true }, message),
    },
    database: kyselyAdapter(db.kysely, {
      type: db.engine === 'sqlite' ? 'sqlite' : undefined,
      transaction: true,
    }),
    advanced: {
      cookiePrefix: 'concord',
      useSecureCookies: config.secureCookies,
      database: { generateId: () => newId() },
    },
    user: {
      modelName: 'people',
      fields: { emailVerified: 'email_verified', createdAt: 'created_at', updatedAt: 'updated_at' },
      additionalFields: {
        locale: { type: 'string', required: false, fieldName: 'locale' },
        isAdmin: {
          type: 'boolean',
          required: false,
          defaultValue: false,
          input: false,
          fieldName: 'is_admin',
        },
      },
      deleteUser: { enabled: true },
    },
    session: {
      modelName: 'sessions',
      expiresIn: SESSION_DAYS * 24 * 3600,
      updateAge: 24 * 3600,
      fields: {
        userId: 'user_id',
        expiresAt: 'expires_at',
        ipAddress: 'ip_address',
        userAgent: 'user_agent',
        createdAt: 'created_at',
        updatedAt: 'updated_at',
      },
    },
    account: {
      modelName: 'accounts',
      fields: {
        userId: 'user_id',
        accountId: 'account_id',
        providerId: 'provider_id',
        accessToken: 'access_token',
        refreshToken: 'refresh_token',
        idToken: 'id_token',
        accessTokenExpiresAt: 'access_token_expires_at',
        refreshTokenExpiresAt: 'refresh_token_expires_at',
        createdAt: 'created_at',
        updatedAt: 'updated_at',
      },
    },
    verification: {
      modelName: 'verifications',
      fields: { expiresAt: 'expires_at', createdAt: 'created_at', updatedAt: 'updated_at' },
    },
    emailAndPassword: {
      enabled: true,
      requireEmailVerification: true,
      minPasswordLength: 8,
      maxPasswordLength: 256,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 3600,
      password: {
        hash: (password) => hash(password, ARGON2_OPTIONS),
        verify: ({ hash: stored, password }) => verify(stored, password),
      },
      // A reset is a password change too: the tokens made under the old password go with it.
      // Whoever holds the mailed link owns the account, so guesses from elsewhere that locked
      // it no longer keep them out.
      onPasswordReset: async ({ user }) => {
        await revokeApiTokensOfPerson(db.kysely, user.id, nowIso());
        await clearRateLimit(db.kysely, {
          rule: RATE_LIMITS.signInFailuresPerAccount,
          subject: user.email,
        });
      },
      sendResetPassword: async ({ user, token }) => {
        const { t, site } = await mailIn((user as { locale?: string }).locale);
        const url = `${config.baseUrl}/reset-password?token=${encodeURIComponent(token)}`;
        await mailer.queue(db.kysely, {
          to: user.email,
          subject: t('mail.reset.subject', { site }),
          text: t('mail.reset.body', { name: user.name, url }),
        });
      },
    },
    emailVerification: {
      expiresIn: 24 * 3600,
      sendVerificationEmail: async ({ user, token }) => {
        const { t, site } = await mailIn((user as { locale?: string }).locale);
        const url = `${config.baseUrl}/verify-email?token=${encodeURIComponent(token)}`;
        await mailer.queue(db.kysely, {
          to: user.email,
          subject: t('mail.verify.subject', { site }),
          text: t('mail.verify.body', { name: user.name, url }),
        });
      },
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** The code of a refusal `auth.api.*` threw (`INVALID_PASSWORD`, …), if it is one. */
export const codeOf = (error: unknown) =>
  (error as { body?: { code?: string } } | null)?.body?.code;
