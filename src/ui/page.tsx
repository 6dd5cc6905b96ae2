/** The one way pages are rendered: `renderPage(c, { title, body })`. */
import type { Context } from 'hono';
import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { AppEnv } from '../platform/http/context.js';
import { Layout } from './layout.js';
import { pageContext } from './page-context.js';

export { type PageContext, pageContext } from './page-context.js';

/**
 * Renders a full page; `notice` shows a one-line confirmation at the top of the content.
 * `description` is the page's line for search results and link previews (the network's
 * purpose when it has none); a page whose `head` carries its own description and Open Graph
 * tags says so with `ownPreview`, and the frame adds only the site's name to them.
 */
export function renderPage(
  c: Context<AppEnv>,
  page: {
    title: string;
    body: Child;
    notice?: string | undefined;
    status?: ContentfulStatusCode;
    head?: Child;
    description?: string | undefined;
    ownPreview?: boolean;
  },
) {
  const ctx = pageContext(c);
  c.header('cache-control', 'no-store');
  // The doctype keeps browsers out of quirks mode; JSX cannot write it.
  return c.html(
    <>
      {raw('<!DOCTYPE html>')}
      <Layout
        ctx={ctx}
        title={page.title}
        notice={page.notice}
        head={page.head}
        description={page.description}
        ownPreview={page.ownPreview}
      >
        {page.body}
      </Layout>
    </>,
    page.status ?? 200,
  );
}
