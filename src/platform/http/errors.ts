/**
 * Errors a handler may throw on purpose, and how any error becomes a response: a page for
 * browsers, JSON for the API, never a stack trace.
 */
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { isDatabaseFault } from '../db/errors.js';
import type { MessageKey } from '../i18n/index.js';
import type { Refused } from '../outcome.js';

/** An expected refusal with a message key for the person who gets it. */
export class PageError extends HTTPException {
  constructor(
    status: ContentfulStatusCode,
    readonly messageKey: MessageKey,
    readonly values: Record<string, number | string> = {},
  ) {
    super(status, { message: messageKey });
  }
}

export const notFound = () => new PageError(404, 'error.404');

/** A service's refusal (platform/outcome.ts) as the error page or JSON error it becomes. */
export const refusalError = (refusal: Refused) =>
  new PageError(refusal.status, refusal.problem.key, refusal.problem.values as PageError['values']);
export const forbidden = () => new PageError(403, 'error.403');

/**
 * The status and message key for anything thrown: 503 when the database was lost, too slow or
 * could not write (the request may succeed when tried again), 500 for what nobody expected.
 * Neither is "expected": both are logged with their cause.
 */
export function describeError(error: unknown): {
  status: ContentfulStatusCode;
  key: MessageKey;
  values: Record<string, number | string>;
  expected: boolean;
} {
  if (error instanceof PageError) {
    return { status: error.status, key: error.messageKey, values: error.values, expected: true };
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    if (error.message === 'csrf')
      return { status: 403, key: 'error.403.csrf', values: {}, expected: true };
    const known: Partial<Record<number, MessageKey>> = {
      400: 'error.400',
      401: 'error.401',
      403: 'error.403',
      404: 'error.404',
      413: 'error.413',
    };
    return { status, key: known[status] ?? 'error.500', values: {}, expected: status < 500 };
  }
  if (isDatabaseFault(error)) return { status: 503, key: 'error.503', values: {}, expected: false };
  return { status: 500, key: 'error.500', values: {}, expected: false };
}
