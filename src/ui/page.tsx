/**
 * What every page needs to render its frame, taken from the request, and the one way pages are
 * rendered: `renderPage(c, { title, body })`.
 */
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ActingFor, Actor, AppEnv } from '../platform/http/context.js';
import type { Locale, Translate } from '../platform/i18n/index.js';
import { Layout } from './layout.js';

export type PageContext = {
  t: Translate;
  locale: Locale;
  actor: Actor | null;
  csrfToken: string;
  /** Whom the signed-in person acts for, loaded only when a page shows it. */
  actingFor: (() => Promise<ActingFor>) | undefined;
  /** This page's path and query, for links that come back to it (switching language). */
  path: string;
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
});

/** The page's own address without origin, so switching language keeps a search or a filter. */
function pathWithQuery(c: Context<AppEnv>) {
  const url = c.req.url;
  const query = url.indexOf('?');
  return query === -1 ? c.req.path : c.req.path + url.slice(query);
}

/** Renders a full page; `notice` shows a one-line confirmation at the top of the content. */
export function renderPage(
  c: Context<AppEnv>,
  page: {
    title: string;
    body: Child;
    notice?: string | undefined;
    status?: ContentfulStatusCode;
    head?: Child;
  },
) {
  const ctx = pageContext(c);
  c.header('cache-control', 'no-store');
  // The doctype keeps browsers out of quirks mode; JSX cannot write it.
  return c.html(
    <>
      {raw('<!DOCTYPE html>')}
      <Layout ctx={ctx} title={page.title} notice={page.notice} head={page.head}>
        {page.body}
      </Layout>
    </>,
    page.status ?? 200,
  );
}
