/** Limits on the endpoints that guess passwords or send mail, per address and per account. */
import type { RateLimitRule } from '../../platform/http/rate-limit.js';

export const RATE_LIMITS = {
  signIn: { bucket: 'sign-in', limit: 10, windowSeconds: 15 * 60 },
  signUp: { bucket: 'sign-up', limit: 10, windowSeconds: 60 * 60 },
  /** Password reset and resent confirmations: both send mail to an address. */
  mail: { bucket: 'account-mail', limit: 5, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
