/**
 * The rules of accounts: sign-up, sign-in, recovery, settings, API tokens and administrators.
 * Identity work is delegated to better-auth; this file decides what is allowed, what is
 * recorded in the audit log, and which message a person sees.
 */
import { createHash, randomBytes } from 'node:crypto';
import { runWithTransaction } from '@better-auth/core/context';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isDeadlock } from '../../../platform/db/errors.js';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { Actor, AppDeps } from '../../../platform/http/context.js';
import type { Locale, MessageKey } from '../../../platform/i18n/index.js';
import * as jobs from '../../../platform/jobs/index.js';
import * as q from '../queries.js';
import type { Auth } from './auth.js';
import type { SignUpInput } from './schema.js';

/** Something a person must settle elsewhere before their account may go, and where. */
export type AccountDeletionBlocker = { name: string; href: string };
/**
 * Asked before an account is deleted. Modules above accounts (organisations, whose last owner
 * must not vanish) register one when Concord is assembled, since accounts imports none of them.
 * `blockers` names what to hand over first. The database holds the same rule, for a request
 * that changed things after `blockers` looked; `refused` recognises its error.
 */
export type AccountDeletionCheck = {
  blockers: (personId: string, locale: Locale) => Promise<AccountDeletionBlocker[]>;
  refused: (error: unknown) => boolean;
};

export type Accounts = {
  deps: AppDeps<Database>;
  auth: Auth;
  deletionChecks: readonly AccountDeletionCheck[];
};
type Request = { headers: Headers; ip: string };
type FieldErrors = Partial<Record<string, MessageKey>>;
type Outcome = { ok: true; cookies: string[] } | { ok: false; errors: FieldErrors };

const codeOf = (error: unknown) => (error as { body?: { code?: string } } | null)?.body?.code;

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
  | { ok: false; errors: FieldErrors; wrongPassword: boolean };

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
      ok: false,
      errors: { _form: code === 'EMAIL_NOT_VERIFIED' ? 'signIn.unverified' : 'signIn.failed' },
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

export async function changePassword(
  ctx: Accounts,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  req: Request,
): Promise<Outcome> {
  try {
    const { headers } = await ctx.auth.api.changePassword({
      body: { ...input, revokeOtherSessions: true },
      headers: req.headers,
      returnHeaders: true,
    });
    // A token is as good as the password it was made under: someone who learnt the old one
    // may have minted tokens with it.
    await q.revokeApiTokensOfPerson(ctx.deps.db.kysely, actor.id, nowIso());
    await recordAudit(ctx.deps.db.kysely, {
      action: 'auth.passwordChange',
      actor: auditActor(actor),
      ip: req.ip,
    });
    return { ok: true, cookies: headers.getSetCookie() };
  } catch (error) {
    if (codeOf(error) !== 'INVALID_PASSWORD') throw error;
    return { ok: false, errors: { currentPassword: 'validation.password.wrong' } };
  }
}

export async function updateProfile(
  ctx: Accounts,
  input: { name: string; locale: Locale },
  req: Request,
) {
  await ctx.auth.api.updateUser({ body: input, headers: req.headers });
}

/**
 * Deletes the actor's own account, unless it is the last administrator's or a registered check
 * names something to hand over first, before the deletion or, when another request got there
 * in between, as the database refuses it (then `handOver` lists it and nothing is deleted).
 */
export async function deleteAccount(
  ctx: Accounts,
  actor: Actor,
  password: string,
  req: Request & { locale: Locale },
): Promise<
  | { ok: true; cookies: string[] }
  | { ok: false; errors: FieldErrors; handOver?: AccountDeletionBlocker[] }
> {
  const db = ctx.deps.db.kysely;
  if (actor.isAdmin && (await q.countAdmins(db)) <= 1) {
    return { ok: false, errors: { _form: 'admin.people.lastAdmin' } };
  }
  const handOver = async () =>
    (
      await Promise.all(ctx.deletionChecks.map((check) => check.blockers(actor.id, req.locale)))
    ).flat();
  const refusal = (blockers: AccountDeletionBlocker[]) => ({
    ok: false as const,
    errors: { _form: 'account.delete.handOver' as const },
    handOver: blockers,
  });
  const blockers = await handOver();
  if (blockers.length > 0) return refusal(blockers);
  try {
    // better-auth deletes the sessions and the password before the person: in one transaction,
    // a deletion the database refuses leaves the account as it was, able to sign in.
    const { adapter } = await ctx.auth.$context;
    const deleteUser = () =>
      runWithTransaction(adapter, () =>
        ctx.auth.api.deleteUser({ body: { password }, headers: req.headers, returnHeaders: true }),
      );
    // Two deletions reaching the same organisations in opposite orders can deadlock.
    const { headers } = await deleteUser().catch((error) => {
      if (isDeadlock(error)) return deleteUser();
      throw error;
    });
    await recordAudit(db, {
      action: 'account.delete',
      actor: auditActor(actor),
      subject: { type: 'person', id: actor.id },
      ip: req.ip,
    });
    return { ok: true, cookies: headers.getSetCookie() };
  } catch (error) {
    if (ctx.deletionChecks.some((check) => check.refused(error))) return refusal(await handOver());
    if (codeOf(error) !== 'INVALID_PASSWORD') throw error;
    return { ok: false, errors: { password: 'validation.password.wrong' } };
  }
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

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new personal API token; the plain token is returned once and only its hash is kept. */
export async function createApiToken(ctx: Accounts, actor: Actor, name: string) {
  const token = `cnc_${randomBytes(32).toString('base64url')}`;
  await q.insertApiToken(ctx.deps.db.kysely, {
    id: newId(),
    person_id: actor.id,
    name,
    token_hash: hashToken(token),
    created_at: nowIso(),
    last_used_at: null,
    revoked_at: null,
  });
  return token;
}

export const listApiTokens = (ctx: Accounts, actor: Actor) =>
  q.listApiTokens(ctx.deps.db.kysely, actor.id);

export async function revokeApiToken(ctx: Accounts, actor: Actor, id: string) {
  const result = await q.revokeApiToken(ctx.deps.db.kysely, actor.id, id, nowIso());
  return Number(result.numUpdatedRows) === 1;
}

export async function apiTokenActor(ctx: Accounts, token: string): Promise<Actor | null> {
  const db = ctx.deps.db.kysely;
  const row = await q.findPersonByApiToken(db, hashToken(token));
  if (!row) return null;
  // Record use at most once a minute: a busy integration should not write on every call.
  const now = nowIso();
  if (!row.last_used_at || Date.parse(now) - Date.parse(row.last_used_at) > 60_000) {
    await q.touchApiToken(db, row.token_id, now);
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    isAdmin: row.is_admin === 1,
    locale: row.locale as Locale | null,
    sessionId: undefined,
  };
}

export const searchPeople = (
  ctx: Accounts,
  filter: { search?: string; limit: number; offset: number },
) => q.searchPeople(ctx.deps.db.kysely, filter);

/** Grants or revokes administration; the last administrator cannot be removed. */
export async function changeAdminRole(
  ctx: Accounts,
  actor: Actor,
  personId: string,
  grant: boolean,
  ip: string,
) {
  const { db } = ctx.deps;
  return db.kysely.transaction().execute(async (tx) => {
    // Lock the administrators' rows so that two admins revoking each other cannot both win.
    const admins = await q.lockAdminIds(tx, db.engine);
    const person = await q.findPersonById(tx, personId);
    if (!person) return { ok: false as const, reason: 'error.404' as const };
    if (!grant && admins.length <= 1 && admins.includes(personId)) {
      return { ok: false as const, reason: 'admin.people.lastAdmin' as const };
    }
    await q.setAdminFlag(tx, personId, grant, nowIso());
    await recordAudit(tx, {
      action: grant ? 'people.admin.grant' : 'people.admin.revoke',
      actor: auditActor(actor),
      subject: { type: 'person', id: personId },
      ip,
      details: { email: person.email },
    });
    return { ok: true as const, name: person.name };
  });
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
    await q.setAdminFlag(db, id, true, now);
  }
  await recordAudit(db, {
    action: 'people.admin.grant',
    subject: { type: 'person', id },
    details: { email: input.email, via },
  });
  return { id, created: !existing, password: existing && !unconfirmed ? undefined : password };
}

/** Gives a dead job its tries back (platform/jobs), recorded in the audit log; false if not dead. */
export async function retryDeadJob(ctx: Accounts, actor: Actor, id: string, ip: string) {
  return ctx.deps.db.kysely.transaction().execute(async (tx) => {
    if (!(await jobs.retryDeadJob(tx, id))) return false;
    await recordAudit(tx, {
      action: 'jobs.retry',
      actor: auditActor(actor),
      subject: { type: 'job', id },
      ip,
    });
    return true;
  });
}

export const countPeople = (ctx: Accounts) => q.countPeople(ctx.deps.db.kysely);
export const countAdmins = (ctx: Accounts) => q.countAdmins(ctx.deps.db.kysely);

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
