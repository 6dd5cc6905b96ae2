/**
 * The personal calendar feed: a page to make (or replace) and revoke the secret address, and
 * the address itself, which calendar apps fetch without a session.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError } from '../../../platform/http/errors.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Events } from '../context.js';
import { activeFeed, createFeed, feedCalendar, feedUrl, revokeFeed } from './service.js';
import { FeedPage } from './views/feed.js';

export function feedRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  const signedIn = (actor: AppEnv['Variables']['actor']) => {
    if (!actor) throw new PageError(401, 'error.401');
    return actor;
  };

  app.get('/feed', async (c) => {
    const actor = signedIn(c.get('actor'));
    const revoked = c.req.query('notice') === 'revoked';
    return renderPage(c, {
      title: c.get('t')('registration.feed.title'),
      notice: revoked ? c.get('t')('registration.feed.revoked') : undefined,
      body: (
        <FeedPage ctx={pageContext(c)} active={(await activeFeed(ctx, actor.id)) !== undefined} />
      ),
    });
  });

  app.post('/feed', async (c) => {
    const actor = signedIn(c.get('actor'));
    const token = await createFeed(ctx, actor);
    return renderPage(c, {
      title: c.get('t')('registration.feed.title'),
      body: <FeedPage ctx={pageContext(c)} active={true} url={feedUrl(ctx, token)} />,
    });
  });

  app.post('/feed/revoke', async (c) => {
    const actor = signedIn(c.get('actor'));
    await revokeFeed(ctx, actor);
    return c.redirect('/events/feed?notice=revoked', 303);
  });

  app.get('/feed/:file', async (c) => {
    const file = c.req.param('file');
    if (!file.endsWith('.ics')) throw notFound();
    const body = await feedCalendar(ctx, file.slice(0, -'.ics'.length));
    if (body === undefined) throw notFound();
    return c.body(body, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'cache-control': 'no-store',
      // The address is the secret: keep it out of other sites' logs.
      'referrer-policy': 'no-referrer',
    });
  });

  return app;
}
