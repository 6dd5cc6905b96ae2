/**
 * A one-line confirmation named in the query string after a redirect (`?notice=event.saved`).
 * Only keys a page lists are shown, so a crafted link cannot put other words on it.
 */
import type { Context } from 'hono';
import type { MessageKey } from '../i18n/index.js';
import type { AppEnv } from './context.js';

/**
 * The `notice` query's key when the page allows it, for views that translate it themselves.
 * @example notice={noticeKey(c, ['org.invitations.sent'])}
 */
export function noticeKey<K extends MessageKey>(
  c: Context<AppEnv>,
  allowed: readonly K[],
): K | undefined {
  const key = c.req.query('notice');
  return allowed.find((k) => k === key);
}

/**
 * The allowed notice, translated, as renderPage takes it; undefined when there is none.
 * @example renderPage(c, { notice: noticeFrom(c, ['event.saved']), … })
 */
export function noticeFrom(c: Context<AppEnv>, allowed: readonly MessageKey[]): string | undefined {
  const key = noticeKey(c, allowed);
  return key && c.get('t')(key);
}
