/**
 * The home module's public surface: the home page, at /, and its extension point. Home imports
 * no module: the modules that hold what the page shows offer their sections through here.
 */
import type { ModuleWeb } from '../../platform/http/module.js';
import { frontDoorRoutes, welcomeSection } from './front-door/routes.js';
import type { HomePageSection } from './front-door/sections.js';

export {
  HOME_PAGE_SLOTS,
  type HomePageSection,
  type HomePageSlot,
} from './front-door/sections.js';
export { homeMessages } from './messages/index.js';

/**
 * The home page with home's own section (the network's name, purpose and next step) and the
 * sections `offered` by other modules, each in its slot.
 * @example app.route('/', homeWeb([eventsHomeSection(events)]).routes)
 */
export function homeWeb(offered: readonly HomePageSection[] = []): ModuleWeb {
  return { routes: frontDoorRoutes([welcomeSection, ...offered]), cachedPaths: ['/'] };
}
