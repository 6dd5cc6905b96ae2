/**
 * Fixed-window rate limits with counters in the database, so that a limit holds across
 * restarts and across several processes sharing one PostgreSQL.
 */
import type { Context } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../db/tables.js';
import type { AppEnv } from './context.js';
import { PageError } from './errors.js';
import { deleteExpiredRateLimitHits, incrementRateLimitHits } from './queries.js';

export type RateLimitRule = { bucket: string; limit: number; windowSeconds: number };
export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

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
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = Math.floor(now / windowMs) * windowMs;
  const expiresAt = windowStart + windowMs;
  let over = false;
  for (const subject of subjects) {
    const hits = await incrementRateLimitHits(
      db,
      `${rule.bucket}:${subject}:${windowStart}`,
      expiresAt,
    );
    if (hits > rule.limit) over = true;
  }
  // Sweep old windows now and then rather than on a timer: no background job to run.
  if (Math.random() < 0.01) await deleteExpiredRateLimitHits(db, now);
  return over
    ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((expiresAt - now) / 1000)) }
    : { allowed: true };
}

/** Takes one attempt, and refuses the request with 429, a clear message and Retry-After. */
export async function enforceRateLimit(
  c: Context<AppEnv>,
  db: Kysely<Database>,
  rule: RateLimitRule,
  subjects: string[],
) {
  const verdict = await takeRateLimit(db, rule, subjects);
  if (verdict.allowed) return;
  c.header('retry-after', String(verdict.retryAfterSeconds));
  throw new PageError(429, 'error.429', { minutes: Math.ceil(verdict.retryAfterSeconds / 60) });
}
