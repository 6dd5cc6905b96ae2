/**
 * The network in figures, as a page and as JSON for the press and partners. Both look the same
 * to every visitor in one language, so the page cache may keep them (see PUBLIC_CACHED_PATHS).
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { formatDateTime } from '../../../platform/i18n/index.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { HomePageSection } from '../../home/index.js';
import type { Organizations } from '../context.js';
import { presentFigures } from './presenters.js';
import { NetworkFiguresQuerySchema, networkFigures, networkHeadline } from './service.js';
import { FIGURES_PATH, FiguresHomeSection, FiguresPage } from './views/figures.js';

export { FIGURES_PATH };

export function figuresRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  app.get(FIGURES_PATH, async (c) => {
    const locale = c.get('locale');
    const figures = presentFigures(await networkFigures(ctx), locale);
    // A calendar day, written as that day whatever the time zone.
    const date = formatDateTime(`${figures.asOf}T12:00:00Z`, locale, 'UTC', 'date');
    return renderPage(c, {
      title: c.get('t')('figures.title'),
      body: <FiguresPage ctx={pageContext(c)} figures={figures} date={date} />,
    });
  });

  app.get(`${FIGURES_PATH}.json`, async (c) => {
    const query = NetworkFiguresQuerySchema.parse(c.req.query());
    const figures = presentFigures(await networkFigures(ctx), query.lang ?? c.get('locale'));
    // Public figures: any site may read them; without `lang` they follow the visitor's language.
    c.header('access-control-allow-origin', '*');
    c.header('cache-control', 'public, max-age=300');
    c.header('vary', 'Accept-Language, Cookie');
    return c.json(figures);
  });

  return app;
}

/**
 * The home page's section: members, countries and the Global South share, with the link to the
 * full figures; nothing while the network has no public member. It reads the headline only.
 */
export const networkFiguresHomeSection = (ctx: Organizations): HomePageSection => ({
  slot: 'network',
  render: async (_c, page) => {
    const headline = await networkHeadline(ctx);
    return headline.members === 0 ? null : <FiguresHomeSection ctx={page} headline={headline} />;
  },
});
