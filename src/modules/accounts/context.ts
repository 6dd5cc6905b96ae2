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

/**
 * A thing an audit entry is about, as its reader sees it: its name and its page; a thing that no
 * longer exists has a name that says so ("Event (deleted)") and no page.
 */
export type AuditSubjectName = { name: string; href?: string | undefined };
/**
 * Names the things of some subject types (`organization`, `event_registration`) for the audit
 * page, in the reader's language: every id it is given, one that no longer exists by its
 * readable deleted form, never by its id. Accounts own the page but import no module above
 * them, so each module names its own things through one of these, registered when Concord is
 * assembled, built on its own read functions.
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
