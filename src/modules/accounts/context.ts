/**
 * The accounts module's context: the platform's dependencies, better-auth wired to them, and the
 * checks other modules register to hold back an account's deletion.
 */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import type { Locale } from '../../platform/i18n/index.js';
import { type Auth, createAuth } from './auth/auth.js';

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

/** @example const accounts = createAccounts(deps, { deletionChecks: [soleOwnershipCheck(orgs)] }) */
export const createAccounts = (
  deps: AppDeps<Database>,
  options: { deletionChecks?: readonly AccountDeletionCheck[] } = {},
): Accounts => ({
  deps,
  auth: createAuth(deps),
  deletionChecks: options.deletionChecks ?? [],
});
