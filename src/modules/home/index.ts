/** The home module's public surface: the home page, at /. */
import type { Database } from '../../platform/db/tables.js';
import type { AppDeps } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import { createHome } from './context.js';
import { frontDoorRoutes } from './front-door/routes.js';

export { homeMessages } from './messages/index.js';

/** @example app.route('/', homeWeb(deps).routes) */
export function homeWeb(deps: AppDeps<Database>): ModuleWeb {
  return { routes: frontDoorRoutes(createHome(deps)), cachedPaths: ['/'] };
}
