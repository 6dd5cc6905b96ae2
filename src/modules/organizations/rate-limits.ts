/** Limits on writing organisations through the API, per token owner. */
import type { RateLimitRule } from '../../platform/http/rate-limit.js';

export const ORGANIZATION_API_LIMITS = {
  /** Creating is rare for a person; a script creating many is an import, not an API loop. */
  create: { bucket: 'api-organization-create', limit: 20, windowSeconds: 60 * 60 },
  update: { bucket: 'api-organization-update', limit: 120, windowSeconds: 60 * 60 },
} satisfies Record<string, RateLimitRule>;
