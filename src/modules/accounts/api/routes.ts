/**
 * The person a personal API token belongs to, at /api/v1/me: accounts' part of the JSON API,
 * which the platform hosts (platform/http/api.ts) and whose calls accounts authenticate.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { type ApiContribution, ApiErrorSchema } from '../../../platform/http/api.js';
import { PageError } from '../../../platform/http/errors.js';
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

/**
 * Accounts' endpoints in the one JSON API (platform/http/api.ts hosts it): the token's owner.
 * @example accountApi(accounts)(api)
 */
export function accountApi(ctx: Accounts): ApiContribution {
  return (api) => {
    api.openapi(me, async (c) => {
      const actor = c.get('actor');
      authorize(actor, 'account.manage');
      const person = await findPerson(ctx.deps.db.kysely, actor.id);
      if (!person) throw new PageError(401, 'error.401');
      return c.json(presentPerson(person), 200);
    });
  };
}
