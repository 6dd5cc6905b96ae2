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

/** A thing an audit entry is about, as its reader sees it: its name and its page, if any. */
export type AuditSubjectName = { name: string; href?: string | undefined };
/**
 * Names the things of some subject types (`organization`, `event`) for the audit page, in the
 * reader's language; ids it does not know (a deleted row) are left out of the map. Accounts own
 * the page but import no module above them, so each module names its own things through one of
 * these, registered when Concord is assembled, through its public read functions.
 */
export type AuditSubjects = {
  types: readonly string[];
  names: (
    type: string,
    ids: readonly string[],
    locale: Locale,
  ) => Promise<ReadonlyMap<string, AuditSubjectName>>;
};

export type Accounts = {
  deps: AppDeps<Database>;
  auth: Auth;
  deletionChecks: readonly AccountDeletionCheck[];
  auditSubjects: readonly AuditSubjects[];
};

/** @example const accounts = createAccounts(deps, { deletionChecks: [soleOwnershipCheck(orgs)] }) */
export const createAccounts = (
  deps: AppDeps<Database>,
  options: {
    deletionChecks?: readonly AccountDeletionCheck[];
    auditSubjects?: readonly AuditSubjects[];
  } = {},
): Accounts => ({
  deps,
  auth: createAuth(deps),
  deletionChecks: options.deletionChecks ?? [],
  auditSubjects: options.auditSubjects ?? [],
});
