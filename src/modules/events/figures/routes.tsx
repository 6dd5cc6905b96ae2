/**
 * An event's participation figures: a page with charts and tables, the same as JSON, and the
 * section the event page shows. Whoever may see the event may see its figures (drafts: only
 * its organisers, by the events policy).
 */

import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Events } from '../context.js';
import { requestedEvent } from '../event/loading.js';
import type { EventPageSection } from '../event/routes.js';
import type { EventRow } from '../tables.js';
import { presentParticipation } from './presenters.js';
import { EventFiguresQuerySchema, participationFigures } from './service.js';
import { EventFiguresPage, FiguresSection } from './views/figures.js';

const present = async (ctx: Events, event: EventRow, locale: Locale) =>
  presentParticipation(
    { slug: event.slug, title: readTranslation(event.title, locale) },
    await participationFigures(ctx, event),
    locale,
  );

/** Mounted under /events: `/:slug/figures` and `/:slug/figures.json` only. */
export function eventFiguresRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  app.get('/:slug/figures', async (c) => {
    const { event } = await requestedEvent(ctx, c, 'event.view');
    const figures = await present(ctx, event, c.get('locale'));
    return renderPage(c, {
      title: c.get('t')('eventFigures.pageTitle', { title: figures.event.title }),
      body: <EventFiguresPage ctx={pageContext(c)} figures={figures} />,
    });
  });

  app.get('/:slug/figures.json', async (c) => {
    const { event } = await requestedEvent(ctx, c, 'event.view');
    const query = EventFiguresQuerySchema.parse(c.req.query());
    const figures = await present(ctx, event, query.lang ?? c.get('locale'));
    // Live numbers, and a draft's are for its organisers: nobody in between keeps a copy.
    c.header('cache-control', 'no-store');
    if (event.status !== 'draft') c.header('access-control-allow-origin', '*');
    return c.json(figures);
  });

  return app;
}

/** The event page's figures section: the headline sentence and a link to the full figures. */
export const eventFiguresSection = (ctx: Events): EventPageSection => ({
  slot: 'figures',
  render: async (c, { event }) => {
    const figures = await present(ctx, event, c.get('locale'));
    return <FiguresSection ctx={pageContext(c)} figures={figures} />;
  },
});
