/**
 * What every page needs to render its frame, taken from the request. Its own file because the
 * frame (layout.tsx), the form fields (forms.tsx) and renderPage (page.tsx) all read it.
 */
import type { Context } from 'hono';
import type { ActingFor, Actor, AppEnv, Site } from '../platform/http/context.js';
import type { Locale, Translate } from '../platform/i18n/index.js';

export type PageContext = {
  t: Translate;
  locale: Locale;
  actor: Actor | null;
  csrfToken: string;
  /** Whom the signed-in person acts for, loaded only when a page shows it. */
  actingFor: (() => Promise<ActingFor>) | undefined;
  /** This page's path and query, for links that come back to it (switching language). */
  path: string;
  /** The network: its name in the header and titles, its purpose, logo and icons. */
  site: Site;
};

export const pageContext = (c: Context<AppEnv>): PageContext => ({
  t: c.get('t'),
  locale: c.get('locale'),
  actor: c.get('actor'),
  // A getter: the CSRF seed cookie is set only when a form on the page reads the token.
  get csrfToken() {
    return c.get('csrfToken')?.() ?? '';
  },
  actingFor: c.get('actingFor'),
  path: pathWithQuery(c),
  site: c.get('site'),
});

/** The page's own address without origin, so switching language keeps a search or a filter. */
function pathWithQuery(c: Context<AppEnv>) {
  const url = c.req.url;
  const query = url.indexOf('?');
  return query === -1 ? c.req.path : c.req.path + url.slice(query);
}
