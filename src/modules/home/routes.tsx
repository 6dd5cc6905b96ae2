/** The home page: what the platform is, and the network's figures. */
import { Hono } from 'hono';
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps, AppEnv } from '../../platform/http/context.js';
import { renderPage } from '../../ui/page.js';
import { countPeople } from '../accounts/index.js';
import { HomePage } from './views/home.js';

export function homeRoutes(deps: AppDeps<Database>) {
  return new Hono<AppEnv>().get('/', async (c) => {
    const figures = { people: await countPeople(deps.db.kysely) };
    return renderPage(c, {
      title: c.get('t')('home.title'),
      body: <HomePage t={c.get('t')} signedIn={c.get('actor') !== null} figures={figures} />,
    });
  });
}
