/**
 * Limits on writing organisations, per person, one per action whatever the door: the pages
 * and the API count against the same counters, so neither is a way around the other.
 */
import type { RateLimitRule } from '../../../platform/http/rate-limit.js';

export const ORGANIZATION_WRITE_LIMITS = {
  /** Creating is rare for a person; one creating many is an import, not a form or an API loop. */
  create: { bucket: 'organization-create', limit: 20, windowSeconds: 60 * 60 },
  update: { bucket: 'organization-update', limit: 120, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
