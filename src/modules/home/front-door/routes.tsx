/** The home page: what the platform is, and the network's figures. */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { renderPage } from '../../../ui/page.js';
import type { Home } from '../context.js';
import { networkFigures } from './service.js';
import { HomePage } from './views/home.js';

export function frontDoorRoutes(ctx: Home) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const figures = await networkFigures(ctx);
    return renderPage(c, {
      title: c.get('t')('home.title'),
      body: <HomePage t={c.get('t')} signedIn={c.get('actor') !== null} figures={figures} />,
    });
  });
}
