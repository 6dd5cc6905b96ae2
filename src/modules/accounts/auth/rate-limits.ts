/**
 * Limits on the account pages, set by what abuse costs (a wrong password, a mail sent) and not
 * by how many succeed: three hundred people at a forum behind one address must be able to sign
 * up and sign in within an hour.
 */
import type { RateLimitCharge, RateLimitRule } from '../../../platform/http/rate-limit.js';

const QUARTER_HOUR = 15 * 60;
const HOUR = 60 * 60;

export const RATE_LIMITS = {
  /** Wrong passwords from one address, whatever the accounts: a full hall mistypes too. */
  signInFailuresPerAddress: {
    bucket: 'sign-in-failures-address',
    limit: 100,
    windowSeconds: QUARTER_HOUR,
  },
  /** Wrong passwords for one account from one address: guessing stops here. */
  signInFailuresPerAccountAndAddress: {
    bucket: 'sign-in-failures-account-address',
    limit: 10,
    windowSeconds: QUARTER_HOUR,
  },
  /**
   * Wrong passwords for one account from all addresses together. One address can fail at most
   * 40 times in an hour (four quarters of 10), so only guesses from several addresses reach
   * this; the owner then gets in by resetting the password, which lifts it.
   */
  signInFailuresPerAccount: {
    bucket: 'sign-in-failures-account',
    limit: 50,
    windowSeconds: HOUR,
  },
  /** Password-reset links that did not work, from one address: the links cannot be guessed. */
  resetFailuresPerAddress: { bucket: 'reset-failures-address', limit: 20, windowSeconds: HOUR },
  /** Creating the first administrator: done once, by one person. */
  setupPerAddress: { bucket: 'setup-address', limit: 10, windowSeconds: HOUR },
  /** Mail to one address (confirmation links, password resets): nobody's inbox is flooded. */
  mailPerRecipient: { bucket: 'account-mail', limit: 5, windowSeconds: HOUR },
  /**
   * Account mail asked for from one client address (sign-ups, confirmations, resets): above
   * the largest hall that shares one address, below what would make Concord a spam relay.
   */
  mailPerAddress: { bucket: 'account-mail-address', limit: 500, windowSeconds: HOUR },
} satisfies Record<string, RateLimitRule>;

/** What one sign-in attempt is counted against, should its password be wrong. */
export const signInCharges = (ip: string, email: string): RateLimitCharge[] => [
  { rule: RATE_LIMITS.signInFailuresPerAddress, subject: ip },
  { rule: RATE_LIMITS.signInFailuresPerAccountAndAddress, subject: `${email} ${ip}` },
  { rule: RATE_LIMITS.signInFailuresPerAccount, subject: email },
];

/** What asking for one account mail to `email` is counted against. */
export const mailCharges = (ip: string, email: string): RateLimitCharge[] => [
  { rule: RATE_LIMITS.mailPerAddress, subject: ip },
  { rule: RATE_LIMITS.mailPerRecipient, subject: email },
];
