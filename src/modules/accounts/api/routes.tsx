/**
 * The JSON API's skeleton: /api/v1 endpoints described with zod, the OpenAPI 3.1 document at
 * /api/openapi.json, and a readable reference page at /api. Calls authenticate with a personal
 * API token (`Authorization: Bearer …`). Other modules add their endpoints as contributions, so
 * that one document (and one reference page) describes the whole API.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  type ApiContribution,
  ApiErrorSchema,
  apiValidationHook,
} from '../../../platform/http/api.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { PageError } from '../../../platform/http/errors.js';
import { renderPage } from '../../../ui/page.js';
import type { Accounts } from '../context.js';
import { presentPerson } from '../people/presenters.js';
import { findPerson } from '../people/service.js';
import { authorize } from '../policy.js';

const Person = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    emailVerified: z.boolean(),
    isAdmin: z.boolean(),
    locale: z.string().nullable(),
    createdAt: z.string(),
  })
  .openapi('Person');

const me = createRoute({
  method: 'get',
  path: '/v1/me',
  summary: 'The person the token belongs to',
  security: [{ bearer: [] }],
  responses: {
    200: { description: 'The token owner', content: { 'application/json': { schema: Person } } },
    401: {
      description: 'Missing or invalid token',
      content: { 'application/json': { schema: ApiErrorSchema } },
    },
  },
});

/** @example app.route('/api', apiRoutes(accounts, [organizationApi(organizations)])) */
export function apiRoutes(ctx: Accounts, contributions: readonly ApiContribution[] = []) {
  // Every schema failure answers as the forms would, field by field (platform/http/api.ts).
  const app = new OpenAPIHono<AppEnv>({ defaultHook: apiValidationHook });
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  });

  app.openapi(me, async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    const person = await findPerson(ctx.deps.db.kysely, actor.id);
    if (!person) throw new PageError(401, 'error.401');
    return c.json(presentPerson(person), 200);
  });
  for (const contribute of contributions) contribute(app);

  const document = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { title: 'Concord API', version: 'v1' },
      servers: [{ url: `${ctx.deps.config.baseUrl}/api` }],
    });
  app.get('/openapi.json', (c) => c.json(document()));

  app.get('/', (c) => {
    const t = c.get('t');
    const paths = Object.entries(document().paths ?? {});
    return renderPage(c, {
      title: t('api.title'),
      body: (
        <>
          <h1>{t('api.title')}</h1>
          <p>{t('api.body')}</p>
          <p>
            <a href="/api/openapi.json">{t('api.document')}</a>
          </p>
          <h2>{t('api.endpoints')}</h2>
          <dl>
            {paths.flatMap(([path, item]) =>
              Object.entries(item ?? {}).map(([method, op]) => (
                <>
                  <dt>
                    <code>
                      {method.toUpperCase()} /api{path}
                    </code>
                  </dt>
                  <dd>{(op as { summary?: string }).summary}</dd>
                </>
              )),
            )}
          </dl>
        </>
      ),
    });
  });
  return app;
}
