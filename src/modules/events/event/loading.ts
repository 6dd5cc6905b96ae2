/** The event a route's `:slug` names, as every capability's routes load it. */
import type { Context } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import type { Events } from '../context.js';
import { authorize, type EventAction } from '../policy.js';
import { loadEvent } from './service.js';

/**
 * The event with its scope, else 404; with `action`, authorized for it too (so a draft stays
 * a 404 to outsiders, as `authorize` says).
 */
export async function requestedEvent(ctx: Events, c: Context<AppEnv>, action?: EventAction) {
  const found = await loadEvent(ctx, c.req.param('slug') ?? '', c.get('actor'));
  if (!found) throw notFound();
  if (action) authorize(c.get('actor'), action, found.scope);
  return found;
}
