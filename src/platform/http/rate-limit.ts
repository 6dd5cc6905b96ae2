/**
 * Fixed-window rate limits with counters in the database, so that a limit holds across
 * restarts and across several processes sharing one PostgreSQL. Two kinds: `takeRateLimit`
 * counts every attempt (an action that costs each time, such as a mail sent), and
 * `takeRateLimitAttempt` counts only the attempts that turn out to cost (a wrong password), so
 * that the many who succeed never use up a limit meant for the few who fail.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { MessageKey } from '../i18n/index.js';
import type { AppEnv } from './context.js';
import { PageError } from './errors.js';
import {
  decrementRateLimitHits,
  deleteExpiredRateLimitHits,
  deleteRateLimitHits,
  incrementRateLimitHits,
} from './queries.js';

export type RateLimitRule = { bucket: string; limit: number; windowSeconds: number };
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** The window `now` falls in, for a rule: its counter's key and when it ends. */
function windowOf(rule: RateLimitRule, subject: string, now: number) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  return { key: `${rule.bucket}:${subject}:${windowStart}`, expiresAt: windowStart + windowMs };
}

const secondsUntil = (expiresAt: number, now: number) =>
  Math.max(1, Math.ceil((expiresAt - now) / 1000));

// Sweep old windows now and then rather than on a timer: no background job to run.
async function sweepNowAndThen(db: Kysely<Database>, now: number) {
  if (Math.random() < 0.01) await deleteExpiredRateLimitHits(db, now);
}

/**
 * Counts one attempt against every subject (an IP, an account) and refuses when any of them is
 * over its limit.
 * @example await takeRateLimit(db, { bucket: 'sign-in', limit: 10, windowSeconds: 900 }, [ip, email])
 */
export async function takeRateLimit(
  db: Kysely<Database>,
  rule: RateLimitRule,
  subjects: string[],
  now = Date.now(),
): Promise<RateLimitVerdict> {
  let over = false;
  let expiresAt = now;
  for (const subject of subjects) {
    const window = windowOf(rule, subject, now);
    expiresAt = window.expiresAt;
    const hits = await incrementRateLimitHits(db, window.key, window.expiresAt);
    if (hits > rule.limit) over = true;
  }
  await sweepNowAndThen(db, now);
  return over
    ? { allowed: false, retryAfterSeconds: secondsUntil(expiresAt, now) }
    : { allowed: true };
}

/** One limit on one subject, for limits that differ by subject (an address, an account). */
export type RateLimitCharge = { rule: RateLimitRule; subject: string };

export type RateLimitAttempt =
  | { allowed: true; giveBack(): Promise<void> }
  | { allowed: false; retryAfterSeconds: number; refusedBy: RateLimitRule[] };

/**
 * Counts one attempt against several limits at once, for limits on what fails rather than on
 * what is tried: the caller gives the attempt back when it succeeded. Counting before the
 * attempt, not after it failed, holds even a burst of simultaneous attempts to the limit. A
 * refused attempt is given back at once (it tried nothing) and names the limits it hit; it
 * may wait until the last of them ends.
 * @example
 * const attempt = await takeRateLimitAttempt(db, [{ rule: perAddress, subject: ip }]);
 * if (attempt.allowed && (await signIn(input)).ok) await attempt.giveBack();
 */
export async function takeRateLimitAttempt(
  db: Kysely<Database>,
  charges: RateLimitCharge[],
  now = Date.now(),
): Promise<RateLimitAttempt> {
  const keys: string[] = [];
  const refusedBy: RateLimitRule[] = [];
  let retryAfterSeconds = 0;
  for (const { rule, subject } of charges) {
    const window = windowOf(rule, subject, now);
    keys.push(window.key);
    if ((await incrementRateLimitHits(db, window.key, window.expiresAt)) > rule.limit) {
      refusedBy.push(rule);
      retryAfterSeconds = Math.max(retryAfterSeconds, secondsUntil(window.expiresAt, now));
    }
  }
  await sweepNowAndThen(db, now);
  const giveBack = async () => {
    for (const key of keys) await decrementRateLimitHits(db, key);
  };
  if (refusedBy.length === 0) return { allowed: true, giveBack };
  await giveBack();
  return { allowed: false, retryAfterSeconds, refusedBy };
}

/** Forgets what a subject has used of a limit in the current window. */
export async function clearRateLimit(
  db: Kysely<Database>,
  charge: RateLimitCharge,
  now = Date.now(),
) {
  await deleteRateLimitHits(db, windowOf(charge.rule, charge.subject, now).key);
}

/** Refuses the request with 429, a clear message and Retry-After. */
export function refuseTooManyAttempts(
  c: Context<AppEnv>,
  retryAfterSeconds: number,
  messageKey: MessageKey = 'error.429',
): never {
  c.header('retry-after', String(retryAfterSeconds));
  throw new PageError(429, messageKey, { minutes: Math.ceil(retryAfterSeconds / 60) });
}

/**
 * Takes one attempt against several limits (`takeRateLimitAttempt`), and refuses the request
 * with 429 when any is over; the caller gives the attempt back if it turns out not to count.
 * @example const attempt = await enforceRateLimits(c, db, charges); … await attempt.giveBack();
 */
export async function enforceRateLimits(
  c: Context<AppEnv>,
  db: Kysely<Database>,
  charges: RateLimitCharge[],
  messageKey: (refusedBy: RateLimitRule[]) => MessageKey = () => 'error.429',
) {
  const attempt = await takeRateLimitAttempt(db, charges);
  if (!attempt.allowed)
    refuseTooManyAttempts(c, attempt.retryAfterSeconds, messageKey(attempt.refusedBy));
  return attempt;
}

/** Takes one attempt, and refuses the request with 429, a clear message and Retry-After. */
export async function enforceRateLimit(
  c: Context<AppEnv>,
  db: Kysely<Database>,
  rule: RateLimitRule,
  subjects: string[],
) {
  const verdict = await takeRateLimit(db, rule, subjects);
  if (!verdict.allowed) refuseTooManyAttempts(c, verdict.retryAfterSeconds);
}
