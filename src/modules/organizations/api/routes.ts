/**
 * Organisations in the JSON API: the public directory and profiles, and creating and editing
 * with a token. Writes run the form's schema and the form's service, so rules, messages and
 * the audit trail are the same whichever way a profile changes.
 */
import { createRoute } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import {
  type ApiContribution,
  ApiErrorSchema,
  ApiValidationErrorSchema,
  jsonBody,
  jsonResponse,
  validationProblem,
} from '../../../platform/http/api.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { enforceRateLimit, type RateLimitRule } from '../../../platform/http/rate-limit.js';
import { validate } from '../../../platform/http/validation.js';
import type { Organizations } from '../context.js';
import { DirectoryQuerySchema, listDirectory } from '../directory/service.js';
import { authorize } from '../policy.js';
import { presentOrganization, profileFormValues } from '../profile/presenters.js';
import { ORGANIZATION_WRITE_LIMITS } from '../profile/rate-limits.js';
import { OrganizationProfileSchema } from '../profile/schema.js';
import * as service from '../profile/service.js';
import {
  apiOrganizationUrl,
  presentDirectoryPageForApi,
  presentOrganizationForApi,
} from './presenters.js';
import {
  OrganizationCreateSchema,
  OrganizationListQuerySchema,
  OrganizationPageSchema,
  OrganizationSchema,
  OrganizationSlugParam,
  OrganizationUpdateSchema,
  toProfileForm,
} from './schema.js';

const refusals = {
  401: jsonResponse(ApiErrorSchema, 'No valid token'),
  403: jsonResponse(ApiErrorSchema, 'Not allowed, or a cookie session without its CSRF token'),
  400: jsonResponse(ApiErrorSchema, 'The body is not valid JSON'),
  415: jsonResponse(ApiErrorSchema, 'The body is not JSON'),
  422: jsonResponse(ApiValidationErrorSchema, 'Fields with their messages'),
  429: jsonResponse(ApiErrorSchema, 'Too many writes; see Retry-After'),
};

const list = createRoute({
  method: 'get',
  path: '/v1/organizations',
  summary: 'Search the directory of member organisations',
  request: { query: OrganizationListQuerySchema },
  responses: { 200: jsonResponse(OrganizationPageSchema, 'One page, in the directory’s order') },
});

const get = createRoute({
  method: 'get',
  path: '/v1/organizations/{slug}',
  summary: 'One organisation’s profile',
  request: { params: OrganizationSlugParam },
  responses: {
    200: jsonResponse(OrganizationSchema, 'The profile'),
    404: jsonResponse(ApiErrorSchema, 'No such organisation, or not visible to the caller'),
  },
});

export function organizationApi(ctx: Organizations): ApiContribution {
  const db = ctx.deps.db.kysely;
  const { baseUrl } = ctx.deps.config;

  /** The organisation in the path if the caller may do `action` with it (else 404/401/403). */
  async function load(c: Context<AppEnv>, action: 'organization.view' | 'organization.edit') {
    const found = await service.loadOrganization(ctx, c.req.param('slug') ?? '', c.get('actor'));
    if (!found) throw notFound();
    authorize(c.get('actor'), action, found.scope);
    return found.organization;
  }
  const present = async (c: Context<AppEnv>, slug: string) => {
    const found = await service.loadOrganization(ctx, slug, c.get('actor'));
    if (!found) throw notFound();
    const details = await service.organizationDetails(ctx, found.organization.id);
    return presentOrganization(found.organization, c.get('locale'), details);
  };
  // Route middleware, run before the validator looks at the body: who may write, then how often
  // (so a stranger learns 401/403/404, never whether their body would have been valid).
  const limited =
    (rule: RateLimitRule): MiddlewareHandler<AppEnv> =>
    async (c, next) => {
      await enforceRateLimit(c, db, rule, [c.get('actor')!.id]);
      await next();
    };
  const mayCreate: MiddlewareHandler<AppEnv> = async (c, next) => {
    authorize(c.get('actor'), 'organization.create', { role: null, membershipStatus: 'none' });
    await next();
  };
  const mayEdit: MiddlewareHandler<AppEnv> = async (c, next) => {
    await load(c, 'organization.edit'); // the handler loads again: one indexed lookup by slug
    await next();
  };

  const create = createRoute({
    method: 'post',
    path: '/v1/organizations',
    summary: 'Create an organisation; the caller becomes its owner',
    security: [{ bearer: [] }],
    middleware: [mayCreate, limited(ORGANIZATION_WRITE_LIMITS.create), jsonBody] as const,
    request: {
      body: {
        required: true,
        content: { 'application/json': { schema: OrganizationCreateSchema } },
      },
    },
    responses: { 201: jsonResponse(OrganizationSchema, 'Created'), ...refusals },
  });

  const update = createRoute({
    method: 'patch',
    path: '/v1/organizations/{slug}',
    summary: 'Change some fields of a profile (owners and admins)',
    security: [{ bearer: [] }],
    middleware: [mayEdit, limited(ORGANIZATION_WRITE_LIMITS.update), jsonBody] as const,
    request: {
      params: OrganizationSlugParam,
      body: {
        required: true,
        content: { 'application/json': { schema: OrganizationUpdateSchema } },
      },
    },
    responses: {
      200: jsonResponse(OrganizationSchema, 'The changed profile'),
      ...refusals,
      404: jsonResponse(ApiErrorSchema, 'No such organisation, or not visible to the caller'),
    },
  });

  return (api) => {
    api.openapi(list, async (c) => {
      const query = DirectoryQuerySchema.parse(c.req.query());
      const viewerIsAdmin = Boolean(c.get('actor')?.isAdmin);
      const directory = await listDirectory(ctx, query, c.get('locale'), viewerIsAdmin);
      const withFacets = c.req.valid('query').facets === '1';
      return c.json(presentDirectoryPageForApi(directory, baseUrl, withFacets), 200);
    });

    api.openapi(get, async (c) => {
      const organization = await load(c, 'organization.view');
      return c.json(presentOrganizationForApi(await present(c, organization.slug)), 200);
    });

    api.openapi(create, async (c) => {
      const input = validate(OrganizationProfileSchema, toProfileForm(c.req.valid('json')));
      const outcome = input.ok
        ? await service.createOrganization(ctx, c.get('actor')!, input.data)
        : input;
      if (!outcome.ok) return validationProblem(c, outcome.problems);
      c.header('location', apiOrganizationUrl(baseUrl, outcome.slug));
      return c.json(presentOrganizationForApi(await present(c, outcome.slug)), 201);
    });

    api.openapi(update, async (c) => {
      const organization = await load(c, 'organization.edit');
      // Partial: the body's fields over the stored profile, then the form's rules on the whole.
      const stored = profileFormValues(await present(c, organization.slug));
      const merged = { ...stored, ...toProfileForm(c.req.valid('json')) };
      const input = validate(OrganizationProfileSchema, merged);
      const outcome = input.ok
        ? await service.updateOrganizationProfile(ctx, c.get('actor')!, organization, input.data)
        : input;
      if (!outcome.ok) return validationProblem(c, outcome.problems);
      return c.json(presentOrganizationForApi(await present(c, organization.slug)), 200);
    });
  };
}
