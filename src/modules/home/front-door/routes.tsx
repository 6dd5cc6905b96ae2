/** The home page: the network's front door, built from the sections modules offer. */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import { type HomePageSection, inSlotOrder } from './sections.js';
import { HomePage, Welcome } from './views/home.js';

/** Home's own section: the network's name and purpose, and the reader's next step. */
export const welcomeSection: HomePageSection = {
  slot: 'identity',
  render: (_c, page) => <Welcome ctx={page} />,
};

export function frontDoorRoutes(sections: readonly HomePageSection[]) {
  const ordered = inSlotOrder(sections);
  return new Hono<AppEnv>().get('/', async (c) => {
    const page = pageContext(c);
    // One after another: on SQLite every query waits for one connection anyway.
    const rendered = [];
    for (const section of ordered) rendered.push(await section.render(c, page));
    return renderPage(c, {
      title: page.site.name,
      body: <HomePage sections={rendered} />,
    });
  });
}
