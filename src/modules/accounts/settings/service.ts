/**
 * The rules of a person's own account: profile, password, and deletion, which other modules may
 * hold back (context.ts).
 */
import { runWithTransaction } from '@better-auth/core/context';
import { auditActor, recordAudit } from '../../../platform/audit/index.js';
import { isDeadlock } from '../../../platform/db/errors.js';
import { nowIso } from '../../../platform/db/ids.js';
import type { Actor } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { type Invalid, invalid } from '../../../platform/outcome.js';
import { codeOf } from '../auth/auth.js';
import type { AccountDeletionBlocker, Accounts } from '../context.js';
import * as people from '../people/service.js';

type Request = { headers: Headers; ip: string };

export async function changePassword(
  ctx: Accounts,
  actor: Actor,
  input: { currentPassword: string; newPassword: string },
  req: Request,
): Promise<{ ok: true; cookies: string[] } | Invalid> {
  try {
    const { headers } = await ctx.auth.api.changePassword({
      body: { ...input, revokeOtherSessions: true },
      headers: req.headers,
      returnHeaders: true,
    });
    // A token is as good as the password it was made under: someone who learnt the old one
    // may have minted tokens with it.
    await people.revokeApiTokensOfPerson(ctx.deps.db.kysely, actor.id, nowIso());
    await recordAudit(ctx.deps.db.kysely, {
      action: 'auth.passwordChange',
      actor: auditActor(actor),
      ip: req.ip,
    });
    return { ok: true, cookies: headers.getSetCookie() };
  } catch (error) {
    if (codeOf(error) !== 'INVALID_PASSWORD') throw error;
    return invalid('currentPassword', 'validation.password.wrong');
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
): Promise<{ ok: true; cookies: string[] } | (Invalid & { handOver?: AccountDeletionBlocker[] })> {
  const db = ctx.deps.db.kysely;
  if (actor.isAdmin && (await people.countAdmins(db)) <= 1) {
    return invalid('_form', 'admin.people.lastAdmin');
  }
  const handOver = async () =>
    (
      await Promise.all(ctx.deletionChecks.map((check) => check.blockers(actor.id, req.locale)))
    ).flat();
  const refusal = (blockers: AccountDeletionBlocker[]) => ({
    ...invalid('_form', 'account.delete.handOver'),
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
    return invalid('password', 'validation.password.wrong');
  }
}
