/**
 * Accounts' words in English, the reference for az.ts and ru.ts, which must have exactly
 * these keys (the type and a test check). Messages use ICU MessageFormat; plurals follow CLDR
 * rules.
 */
export const en = {
  'field.name': 'Full name',
  'field.email': 'Email address',
  'field.password': 'Password',
  'field.password.hint': 'At least 8 characters. A long phrase you can remember is best.',
  'field.currentPassword': 'Current password',
  'field.newPassword': 'New password',
  'field.locale': 'Preferred language',
  'field.tokenName': 'Token name',

  'validation.name.required': 'Enter your name',
  'validation.name.tooLong': 'Your name must be 200 characters or fewer',
  'validation.email.taken': 'An account with this email address already exists',
  'validation.password.tooShort': 'Your password must be at least 8 characters',
  'validation.password.tooLong': 'Your password must be 256 characters or fewer',
  'validation.password.common': 'This password is too common; choose one that is harder to guess',
  'validation.password.wrong': 'The password is not correct',
  'validation.locale.invalid': 'Choose one of the languages offered',
  'validation.tokenName.required': 'Give the token a name so you can recognise it later',
  'validation.confirm.required': 'Type DELETE to confirm',

  'signUp.title': 'Create an account',
  'signUp.submit': 'Create account',
  'signUp.haveAccount': 'Already have an account? Sign in.',
  'signUp.checkEmail.title': 'Check your email',
  'signUp.checkEmail.body':
    'We sent a link to {email}. Open it to confirm your address, then sign in. The link works for 24 hours.',
  'verify.done': 'Your email address is confirmed. You can sign in now.',
  'verify.invalid': 'This confirmation link is not valid or has expired. Sign in to get a new one.',
  'verify.resend': 'Send the confirmation link again',
  'verify.resent': 'If that address has an unconfirmed account, we sent a new confirmation link.',
  'signIn.title': 'Sign in',
  'signIn.submit': 'Sign in',
  'signIn.failed': 'The email address or password is not correct',
  'signIn.locked':
    'Too many wrong passwords for this account. Reset your password by email to sign in now, or wait {minutes, plural, one {# minute} other {# minutes}}.',
  'signIn.unverified': 'Confirm your email address first: open the link we sent you.',
  'signIn.forgot': 'Forgot your password?',
  'signIn.noAccount': 'No account yet? Create one.',
  'signOut.done': 'You are signed out.',
  'forgot.title': 'Reset your password',
  'forgot.body':
    'Enter the email address of your account and we will send you a link to choose a new password.',
  'forgot.submit': 'Send the link',
  'forgot.sent':
    'If an account uses that address, we sent it a link. The link works for one hour, once.',
  'reset.title': 'Choose a new password',
  'reset.submit': 'Save the new password',
  'reset.invalid': 'This link is not valid, has expired or was already used. Ask for a new one.',
  'reset.done': 'Your password is changed. Sign in with the new one.',

  'account.title': 'Your account',
  'account.profile': 'Profile',
  'account.profile.saved': 'Your profile is saved.',
  'account.password': 'Change password',
  'account.password.body':
    'Changing your password signs you out everywhere else and revokes your API tokens.',
  'account.password.saved':
    'Your password is changed. Other sessions were signed out and your API tokens revoked.',
  'account.tokens': 'API tokens',
  'account.tokens.body':
    'Tokens let programs use the Concord API (under /api/) as you; they do not open web pages. Treat them like passwords: they stop working when your password changes.',
  'account.tokens.create': 'Create token',
  'account.tokens.created': 'Copy this token now: it will not be shown again.',
  'account.tokens.none': 'You have no API tokens.',
  'account.tokens.revoke': 'Revoke',
  'account.tokens.revoked': 'The token is revoked.',
  'account.tokens.lastUsed': 'Last used',
  'account.tokens.never': 'never',
  'account.tokens.createdAt': 'Created',
  'account.delete': 'Delete your account',
  'account.delete.body':
    'This removes your account and signs you out everywhere. It cannot be undone. Type DELETE and your password to confirm.',
  'account.delete.confirm': 'Type DELETE',
  'account.delete.handOver':
    'You are the only owner of these organisations. Make another person an owner of each on its people page (or ask a co-owner to join first), then delete your account:',
  'account.delete.submit': 'Delete my account',
  'account.deleted': 'Your account is deleted.',

  'mail.verify.subject': 'Confirm your email address for {site}',
  'mail.verify.body':
    'Hello {name},\n\nOpen this link to confirm your email address:\n{url}\n\nThe link works for 24 hours. If you did not create an account, ignore this message.',
  'mail.reset.subject': 'Reset your password for {site}',
  'mail.reset.body':
    'Hello {name},\n\nOpen this link to choose a new password:\n{url}\n\nThe link works for one hour and only once. If you did not ask for it, ignore this message.',

  'admin.title': 'Administration',
  'admin.people': 'People',
  'admin.people.search': 'Search by name or email',
  'admin.people.searchSubmit': 'Search',
  'admin.people.none': 'Nobody matches.',
  'admin.people.isAdmin': 'Administrator',
  'admin.people.grant': 'Make administrator',
  'admin.people.grant.confirm.title': 'Make this person an administrator?',
  'admin.people.grant.confirm.body':
    'An administrator can see and change everything on this site: people and their roles, organisations and their membership, events, the outgoing mail and the audit log.',
  'admin.people.grant.confirm.submit': 'Yes, make administrator',
  'admin.people.grant.confirm.back': 'No, back to the people',
  'admin.people.revoke': 'Remove administration',
  'admin.people.granted': '{name} is now an administrator.',
  'admin.people.revoked': '{name} is no longer an administrator.',
  'admin.people.lastAdmin': 'You cannot remove the last administrator.',
  'admin.people.verified': 'Email confirmed',
  'admin.people.joined': 'Joined',
  'admin.outbox': 'Mail outbox',
  'admin.outbox.body':
    'Messages Concord queued. Without SMTP configured, they are only delivered here.',
  'admin.outbox.none': 'No messages.',
  'admin.outbox.to': 'To',
  'admin.outbox.subject': 'Subject',
  'admin.outbox.status': 'Status',
  'admin.outbox.sent': 'sent',
  'admin.outbox.waiting': 'waiting',
  'admin.jobs': 'Jobs',
  'admin.jobs.body':
    'Work Concord does outside requests, such as delivering mail and sending reminders. Every Concord process looks for due jobs and each job is claimed by one of them. A job that fails is tried again later; after its last try it is dead and waits here until you retry it.',
  'admin.jobs.counts':
    '{pending} waiting · {running} running · {dead} dead · {done} done (kept for seven days)',
  'admin.jobs.none': 'No job is waiting, running or dead.',
  'admin.jobs.kind': 'Kind',
  'admin.jobs.state': 'State',
  'admin.jobs.state.pending': 'waiting',
  'admin.jobs.state.running': 'running',
  'admin.jobs.state.dead': 'dead',
  'admin.jobs.state.done': 'done',
  'admin.jobs.attempts': 'Tries',
  'admin.jobs.runAt': 'Runs at',
  'admin.jobs.error': 'Last error',
  'admin.jobs.retry': 'Retry',
  'admin.jobs.retried': 'The job will run again within a few seconds.',
  'admin.jobs.notDead': 'Only a dead job can be retried.',
  'admin.audit': 'Audit log',
  'admin.audit.none': 'No entries.',
  'admin.audit.when': 'When',
  'admin.audit.who': 'Who',
  'admin.audit.action': 'Action',
  'admin.audit.subject': 'Subject',
  'admin.audit.all': 'All actions',
  'admin.audit.person': 'Person',
  'admin.audit.person.hint': 'Part of a name or an e-mail address; empty for everyone',
  'admin.audit.from': 'From (date)',
  'admin.audit.to': 'To (date, included)',
  'admin.audit.apply': 'Show entries',
  'admin.audit.csv': 'Download these entries (CSV)',
  'admin.audit.whenIn': 'When, {zone}',
  'admin.audit.details': 'Details',
  'validation.audit.date': 'Enter a date such as 2025-10-20',
  'validation.audit.dateOrder': 'The end date must not be before the start date',
  'validation.audit.tooLong': 'This filter is too long',
  'validation.audit.person.tooMany': 'Too many people match; type more of the name or address',
  'admin.older': 'Older',
  'admin.yes': 'yes',
  'admin.no': 'no',

  'setup.title': 'Create the first administrator',
  'setup.body':
    'This link works once. The account you create here administers this Concord instance.',
  'setup.submit': 'Create administrator',
  'setup.invalid': 'This setup link is not valid or was already used.',

  'api.title': 'API reference',
  'api.body':
    'Concord offers a JSON API under /api/v1. Authenticate with a personal API token from your account page, sent as "Authorization: Bearer TOKEN". The machine-readable description is the OpenAPI 3.1 document.',
  'api.languages':
    'Texts written in several languages come in the language you choose with the lang parameter (az, en or ru); without it, in your account’s language when you send a token, else as your Accept-Language header asks. Such a text comes in the chosen language beside all its translations.',
  'api.document': 'OpenAPI document',
  'api.endpoints': 'Endpoints',
  'membership.admin.title': 'Membership applications',
  'verification.admin.title': 'Verification of members',
  'import.title': 'Import organisations',

  // The audit log's label of each action this module records (`audit.action.` and the action).
  'audit.action.auth.signIn': 'Sign-in',
  'audit.action.auth.signIn.failed': 'Failed sign-in',
  'audit.action.auth.passwordReset': 'Password reset',
  'audit.action.auth.passwordChange': 'Password change',
  'audit.action.account.delete': 'Account deleted',
  'audit.action.people.admin.grant': 'Made an administrator',
  'audit.action.people.admin.revoke': 'Administrator role removed',
  'audit.action.jobs.retry': 'Failed job run again',

  // The audit log's names of the things its entries are about, and of those since deleted.
  'audit.subject.person.deleted': 'Person (account deleted)',
  'audit.subject.job': 'Job {kind}',
  'audit.subject.job.deleted': 'Job (deleted)',
} as const;

// These keys join the one MessageKey type (platform/i18n): a page can use them, and a key no
// catalogue defines fails typecheck.
declare module '../../../platform/i18n/index.js' {
  interface Messages extends Record<keyof typeof en, string> {}
}
