/**
 * Request body limits: 1 MB for every form, and a larger limit for the few routes that take
 * uploads, each declared by its module (a route, its limit, and the message when it is exceeded).
 */
import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { MessageKey } from '../i18n/index.js';
import type { AppEnv } from './context.js';
import { PageError } from './errors.js';

export const FORM_MAX_BYTES = 1024 * 1024;

export type UploadRoute = {
  /** Whether a request path is this route's. */
  matches: (path: string) => boolean;
  maxBytes: number;
  /** Shown when the body is larger than maxBytes; receives `{ max }` in megabytes. */
  tooLargeKey: MessageKey;
};

export function bodyLimits(uploads: readonly UploadRoute[]): MiddlewareHandler<AppEnv> {
  const limitForm = bodyLimit({
    maxSize: FORM_MAX_BYTES,
    onError: () => {
      throw new PageError(413, 'error.413');
    },
  });
  const limitUploads = uploads.map((route) => ({
    route,
    limit: bodyLimit({
      maxSize: route.maxBytes,
      onError: () => {
        throw new PageError(413, route.tooLargeKey, { max: route.maxBytes / (1024 * 1024) });
      },
    }),
  }));
  return (c, next) => {
    // GET and HEAD bodies are never read. Asking for one makes @hono/node-server build a full
    // Request with an AbortController on every page view (docs/performance.md), so skip them.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const upload = limitUploads.find(({ route }) => route.matches(c.req.path));
    return (upload?.limit ?? limitForm)(c, next);
  };
}
