/**
 * The rules of signing up, in and out, confirming an address, recovering a password, and making
 * people and administrators without a form (first-run setup, the command line, the demo).
 * Identity work is delegated to better-auth; this file decides what is allowed, what is
 * recorded in the audit log, and which message a person sees.
 */
import { randomBytes } from 'node:crypto';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import type { Accounts } from '../context.js';
import * as people from '../people/service.js';
import { hashToken } from '../tokens/service.js';
import { codeOf } from './auth.js';
import * as q from './queries.js';
import type { SignUpInput } from './schema.js';

type Request = { headers: Headers; ip: string };

/**
 * Creates an unverified account and mails the confirmation link. An address already in use gets
 * the same answer as a new one, so the form cannot be used to find out who has an account.
 */
export async function signUp(ctx: Accounts, input: SignUpInput, locale: Locale, req: Request) {
  try {
    await ctx.auth.api.signUpEmail({ body: { ...input, locale }, headers: req.headers });
  } catch (error) {
    // The loser of a race for one address fails on the unique constraint: one account remains.
    const exists = await q.findPersonByEmail(ctx.deps.db.kysely, input.email);
    if (!exists) throw error;
  }
}

/** A refused sign-in says whether the password was wrong: only that counts against limits. */
export type SignInOutcome =
  | { ok: true; cookies: string[] }
  | (Invalid & { wrongPassword: boolean });

export async function signIn(
  ctx: Accounts,
  input: { email: string; password: string },
  req: Request,
): Promise<SignInOutcome> {
  const db = ctx.deps.db.kysely;
  try {
    const { headers, response } = await ctx.auth.api.signInEmail({
      body: { email: input.email, password: input.password, rememberMe: true },
      headers: req.headers,
      returnHeaders: true,
    });
    await recordAudit(db, {
      action: 'auth.signIn',
      actor: auditActor(response.user),
      ip: req.ip,
    });
    return { ok: true, cookies: headers.getSetCookie() };
  } catch (error) {
    const code = codeOf(error);
    if (code !== 'INVALID_EMAIL_OR_PASSWORD' && code !== 'EMAIL_NOT_VERIFIED') throw error;
    await recordAudit(db, {
      action: 'auth.signIn.failed',
      ip: req.ip,
      details: {
        email: input.email,
        reason: code === 'EMAIL_NOT_VERIFIED' ? 'unverified' : 'credentials',
      },
    });
    return {
      ...invalid('_form', code === 'EMAIL_NOT_VERIFIED' ? 'signIn.unverified' : 'signIn.failed'),
      // better-auth checks the password before the confirmation: an unconfirmed one was right.
      wrongPassword: code !== 'EMAIL_NOT_VERIFIED',
    };
  }
}

export async function signOut(ctx: Accounts, req: Request) {
  const { headers } = await ctx.auth.api.signOut({ headers: req.headers, returnHeaders: true });
  return headers.getSetCookie();
}

export async function verifyEmail(ctx: Accounts, token: string) {
  try {
    await ctx.auth.api.verifyEmail({ query: { token } });
    return true;
  } catch {
    return false;
  }
}

/** Sends a new confirmation link if the address has an unconfirmed account; silent otherwise. */
export async function resendVerification(ctx: Accounts, email: string) {
  const person = await q.findPersonByEmail(ctx.deps.db.kysely, email);
  if (!person || person.email_verified === 1) return;
  await ctx.auth.api.sendVerificationEmail({ body: { email } });
}

export async function requestPasswordReset(ctx: Accounts, email: string) {
  await ctx.auth.api.requestPasswordReset({ body: { email } });
}

export async function resetPassword(
  ctx: Accounts,
  input: { token: string; password: string },
  req: Request,
) {
  try {
    await ctx.auth.api.resetPassword({ body: { newPassword: input.password, token: input.token } });
  } catch (error) {
    if (codeOf(error) === 'INVALID_TOKEN') return false;
    throw error;
  }
  await recordAudit(ctx.deps.db.kysely, { action: 'auth.passwordReset', ip: req.ip });
  return true;
}
/** The session's person, or null; also returns cookies to refresh the session's lifetime. */
export async function sessionActor(ctx: Accounts, headers: Headers) {
  const { headers: out, response } = await ctx.auth.api.getSession({
    headers,
    returnHeaders: true,
  });
  const actor: Actor | null = response
    ? {
        id: response.user.id,
        name: response.user.name,
        email: response.user.email,
        isAdmin: Boolean(response.user.isAdmin),
        locale: (response.user.locale ?? null) as Locale | null,
        sessionId: response.session.id,
      }
    : null;
  return { actor, cookies: out.getSetCookie() };
}
/**
 * Creates a person whose address needs no confirmation (administrators made on the command line
 * or at first-run setup, the demo's people): no confirmation mail is sent.
 */
export async function createConfirmedPerson(
  ctx: Accounts,
  input: { name: string; email: string; locale?: Locale; isAdmin?: boolean } & (
    | { password: string }
    | { passwordHash: string }
  ),
) {
  const auth = await ctx.auth.$context;
  const user = await auth.internalAdapter.createUser(
    {
      name: input.name,
      email: input.email,
      emailVerified: true,
      locale: input.locale ?? null,
      isAdmin: input.isAdmin ?? false,
    },
    { method: 'admin' },
  );
  await auth.internalAdapter.linkAccount({
    userId: user.id,
    providerId: 'credential',
    accountId: user.id,
    password:
      'passwordHash' in input ? input.passwordHash : await auth.password.hash(input.password),
  });
  return user.id;
}

/**
 * A password's stored form (argon2id), for giving many people one password whose hash costs
 * one run: the demo's people, whose random password nobody is ever told.
 * @example createConfirmedPerson(accounts, { ...person, passwordHash: await hashPassword(accounts, pw) })
 */
export const hashPassword = async (ctx: Accounts, password: string) =>
  (await ctx.auth.$context).password.hash(password);

/** Where an administrator was made, as the audit log records it. */
export type AdministratorOrigin = 'command' | 'setup' | 'demo';

/**
 * Creates a confirmed administrator with the given or a generated password (the command line,
 * the demo data and the first-run setup page use this). An existing person is made admin.
 */
export async function createAdministrator(
  ctx: Accounts,
  input: { name: string; email: string; password?: string },
  via: AdministratorOrigin = 'command',
) {
  const db = ctx.deps.db.kysely;
  const password = input.password ?? randomBytes(12).toString('base64url');
  const existing = await q.findPersonByEmail(db, input.email);
  const id = existing
    ? existing.id
    : await createConfirmedPerson(ctx, { ...input, password, isAdmin: true });
  // An unconfirmed sign-up proves nothing about who made it: its password must not open an
  // administrator's account, so it is replaced by the given (or generated) one.
  const unconfirmed = existing !== undefined && existing.email_verified !== 1;
  if (existing) {
    const now = nowIso();
    if (unconfirmed) {
      const auth = await ctx.auth.$context;
      await auth.internalAdapter.updatePassword(id, await auth.password.hash(password));
      await auth.internalAdapter.deleteUserSessions(id);
    }
    await q.markEmailVerified(db, id, now);
    await people.setAdmin(db, id, true, now);
  }
  await recordAudit(db, {
    action: 'people.admin.grant',
    subject: { type: 'person', id },
    details: { email: input.email, via },
  });
  return { id, created: !existing, password: existing && !unconfirmed ? undefined : password };
}

export const countAdmins = (ctx: Accounts) => people.countAdmins(ctx.deps.db.kysely);

/** A one-time link for creating the first administrator of an empty instance. */
export async function issueSetupToken(ctx: Accounts) {
  const token = randomBytes(24).toString('base64url');
  await q.replaceSetupToken(ctx.deps.db.kysely, hashToken(token), newId(), nowIso());
  return `${ctx.deps.config.baseUrl}/setup?token=${token}`;
}

export const isSetupTokenValid = async (ctx: Accounts, token: string) =>
  Boolean(await q.findSetupToken(ctx.deps.db.kysely, hashToken(token)));

/** Creates the first administrator if the token is still unused. */
export async function completeSetup(ctx: Accounts, input: SignUpInput & { token: string }) {
  if (!(await q.consumeSetupToken(ctx.deps.db.kysely, hashToken(input.token)))) return false;
  await createAdministrator(ctx, input, 'setup');
  return true;
}
