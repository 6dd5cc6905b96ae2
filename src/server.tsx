/**
 * Builds the application: platform middleware in a fixed order, then one app per module, each
 * from its module's factory (see platform/http/module.ts), and the JSON API that hosts every
 * module's endpoints (platform/http/api.ts). The order matters: authentication
 * before locale (a person's language wins) and before CSRF (tokens are bound to the session).
 */
import { type Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import './messages.js';
import { type Accounts, accountsWeb } from './modules/accounts/index.js';
import { type Delegations, delegationsWeb } from './modules/delegations/index.js';
import {
  type Discussions,
  discussionsEventSection,
  discussionsSessionLinks,
  discussionsWeb,
} from './modules/discussions/index.js';
import { type Events, eventsHomeSections, eventsWeb } from './modules/events/index.js';
import { type HomePageSection, homeWeb } from './modules/home/index.js';
import { type Network, networkWeb } from './modules/network/index.js';
import {
  networkFiguresHomeSection,
  type Organizations,
  organizationsWeb,
} from './modules/organizations/index.js';
import type { Db } from './platform/db/connection.js';
import { databaseProblem } from './platform/db/health.js';
import type { Database } from './platform/db/tables.js';
import { apiApp } from './platform/http/api.js';
import { bodyLimits } from './platform/http/body-limits.js';
import { compress } from './platform/http/compress.js';
import type { AppDeps, AppEnv } from './platform/http/context.js';
import { csrfProtection } from './platform/http/csrf.js';
import { describeError, notFound } from './platform/http/errors.js';
import { metricsAccess } from './platform/http/metrics-access.js';
import type { ModuleWeb } from './platform/http/module.js';
import { stripNul } from './platform/http/nul-bytes.js';
import { pageCache } from './platform/http/page-cache.js';
import { requestContext } from './platform/http/request-context.js';
import { securityHeaders } from './platform/http/security-headers.js';
import { negotiateLocale, translator } from './platform/i18n/index.js';
import { LOCALE_COOKIE, localeSelection } from './platform/i18n/middleware.js';
import { createMetrics } from './platform/metrics.js';
import { renderApiReference } from './ui/api-reference.js';
import { stylesheet } from './ui/assets.js';
import { ErrorPage } from './ui/error-page.js';
import { renderPage } from './ui/page.js';

/** How long a public page that looks the same to every visitor in one language is cached. */
const PUBLIC_PAGE_TTL_MS = 2000;

export function createApp(
  deps: AppDeps<Database>,
  modules: {
    network: Network;
    accounts: Accounts;
    organizations: Organizations;
    events: Events;
    delegations: Delegations;
    discussions: Discussions;
  },
  /** What modules mounted outside these offer to other modules' pages (a test offers its own). */
  offered: { homeSections?: readonly HomePageSection[] } = {},
) {
  const network = networkWeb(modules.network);
  // The home page's sections, each from the module that holds what it shows.
  const home = homeWeb([
    ...eventsHomeSections(modules.events),
    networkFiguresHomeSection(modules.organizations),
    ...(offered.homeSections ?? []),
  ]);
  const organizations = organizationsWeb(modules.organizations);
  // Events link to their discussions through the extension points they declare.
  const events = eventsWeb(modules.events, {
    sections: [discussionsEventSection(modules.discussions)],
    sessionLinks: [discussionsSessionLinks(modules.discussions)],
  });
  const delegations = delegationsWeb(modules.delegations);
  const discussions = discussionsWeb(modules.discussions);
  const accounts = accountsWeb(modules.accounts);
  // In the order their routes are mounted and their cached paths, assets, uploads and API
  // endpoints listed.
  const webs: readonly ModuleWeb[] = [
    home,
    network,
    accounts,
    organizations,
    events,
    delegations,
    discussions,
  ];
  const metrics = createMetrics();
  const app = new Hono<AppEnv>();

  app.use(requestContext({ log: deps.log, metrics, trustProxy: deps.config.trustProxy }));
  // The probes answer before the page machinery, with the same security headers as any page.
  const secure = securityHeaders({ https: deps.config.secureCookies });
  for (const probe of ['/healthz', '/readyz', '/metrics']) app.use(probe, secure);
  app.use('/metrics', metricsAccess({ token: deps.config.metricsToken }));
  app.get('/healthz', (c) => c.text('ok'));
  app.get('/readyz', async (c) => {
    const problem = await databaseProblem(deps.db as Db<unknown>);
    return problem ? c.text(problem, 503) : c.text('ready');
  });
  app.get('/metrics', async (c) =>
    c.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }),
  );

  // Outside compression and the security headers: a cached page is replayed exactly as sent.
  app.use(
    pageCache({
      paths: webs.flatMap((module) => module.cachedPaths ?? []),
      ttlMs: PUBLIC_PAGE_TTL_MS,
      hasSession: accounts.hasSession,
      // A visitor's page depends on their language only (as localeSelection chooses it).
      variant: (c) =>
        negotiateLocale({
          cookie: getCookie(c, LOCALE_COOKIE),
          acceptLanguage: c.req.header('accept-language'),
          fallback: deps.config.defaultLocale,
        }),
    }),
  );
  app.use(compress());
  app.use(secure);
  for (const asset of [stylesheet, ...webs.flatMap((module) => module.assets ?? [])]) {
    app.get(asset.path, (c) =>
      c.body(asset.body, 200, {
        'content-type': asset.type,
        'cache-control': 'public, max-age=31536000, immutable',
      }),
    );
  }
  app.use(bodyLimits(webs.flatMap((module) => module.uploads ?? [])));
  app.use(accounts.authenticate);
  app.use(localeSelection({ fallback: deps.config.defaultLocale }));
  // The network's name, purpose and icons in the page's language, for the frame of every page.
  app.use(network.identify);
  app.use(stripNul());
  app.use(csrfProtection({ secret: deps.secret, secureCookies: deps.config.secureCookies }));
  // Whom a signed-in person acts for, loaded only if a page shows it (the header does).
  app.use(organizations.acting);

  // Each module keeps its own paths in the order they must match (a fixed path before a slug);
  // no path of one module matches a request that another module's path matches.
  for (const module of webs) app.route('/', module.routes);
  // No module has a path under /api: the JSON API is the platform's, fed by every module.
  app.route(
    '/api',
    apiApp(
      webs.flatMap((module) => module.api ?? []),
      { baseUrl: deps.config.baseUrl, reference: renderApiReference },
    ),
  );

  app.notFound((c) => renderError(c, notFound(), deps.site));
  app.onError((error, c) => renderError(c, error, deps.site));
  return app;
}

/** Any error as a response: JSON under /api, a page elsewhere; unexpected ones are logged. */
async function renderError(c: Context<AppEnv>, error: unknown, site: AppDeps['site']) {
  const { status, key, values, expected } = describeError(error);
  if (!expected) c.get('log')?.error({ err: error }, 'unhandled error');
  // The page's header would ask the unavailable database whom the person acts for.
  if (status === 503) c.set('actingFor', undefined);
  // An error raised before locale selection still needs words and a frame to render in.
  if (!c.get('t')) c.set('t', translator('en'));
  if (!c.get('locale')) c.set('locale', 'en');
  if (c.get('actor') === undefined) c.set('actor', null);
  if (!c.get('csrfToken')) c.set('csrfToken', () => '');
  if (!c.get('site')) c.set('site', await site(c.get('locale')));
  const message = c.get('t')(key, values);
  if (c.req.path.startsWith('/api/')) return c.json({ error: { code: key, message } }, status);
  // A refusal for going too fast is no fault: its heading says what to do, not that something broke.
  const title = c.get('t')(status === 429 ? 'error.429.title' : 'error.title');
  return renderPage(c, {
    title,
    status,
    body: (
      <ErrorPage
        title={title}
        message={message}
        t={c.get('t')}
        signInNext={status === 401 && c.req.method === 'GET' ? c.req.path : undefined}
      />
    ),
  });
}
