/**
 * What every JSON API endpoint shares: how a module adds its endpoints to the one API document,
 * the 422 body that names each bad field in the request's language (the same catalogue keys
 * as the forms), and a JSON body check that answers malformed input with a clear 400/415
 * instead of the validator's bare exception.
 */
import { type OpenAPIHono, type OpenAPIHonoOptions, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { isMessageKey, type MessageKey } from '../i18n/index.js';
import type { Problems } from '../outcome.js';
import type { AppEnv } from './context.js';
import { PageError } from './errors.js';
import type { FieldErrorKeys } from './validation.js';

/**
 * A module's endpoints: it registers its routes (and so their schemas) on the shared API app.
 * @example apiRoutes(accounts, [organizationApi(organizations)])
 */
export type ApiContribution = (api: OpenAPIHono<AppEnv>) => void;

/** The 422 answer: `{ error: { code, message, fields: { field: message } } }`, translated. */
export function validationProblem(c: Context<AppEnv>, errors: Problems | FieldErrorKeys) {
  const t = c.get('t');
  const fields: Record<string, string> = {};
  for (const [field, p] of Object.entries(errors)) {
    if (typeof p === 'string') fields[field] = t(p as MessageKey);
    else if (p) fields[field] = t(p.key, p.values);
  }
  return c.json(
    {
      error: { code: 'api.error.validation' as const, message: t('api.error.validation'), fields },
    },
    422,
  );
}

/**
 * The OpenAPIHono default hook: any schema failure (body, query, path) becomes a
 * validationProblem, with the first message of each field as validate() keeps it.
 */
export const apiValidationHook: NonNullable<OpenAPIHonoOptions<AppEnv>['defaultHook']> = (
  result,
  c,
) => {
  if (result.success) return;
  const errors: FieldErrorKeys = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_body');
    errors[field] ??= isMessageKey(issue.message) ? issue.message : 'api.error.invalid';
  }
  return validationProblem(c, errors);
};

/**
 * Route middleware for endpoints that take JSON: refuses another media type with 415 and
 * unparseable JSON with 400, before the validator sees the body (it reads the cached parse).
 */
export const jsonBody: MiddlewareHandler<AppEnv> = async function jsonBody(c, next) {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
    throw new PageError(415, 'api.error.mediaType');
  }
  try {
    await c.req.json();
  } catch {
    throw new PageError(400, 'api.error.json');
  }
  await next();
};

/** Any refusal: a message key as `code` and its text in the request's language. */
/** An OpenAPI response whose body is JSON of `schema`. */
export const jsonResponse = <S>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const ApiErrorSchema = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .openapi('Error');

/** A 422: as ApiErrorSchema, plus each bad field's message. */
export const ApiValidationErrorSchema = z
  .object({
    error: z.object({
      code: z.literal('api.error.validation'),
      message: z.string(),
      fields: z.record(z.string(), z.string()).openapi({
        description: 'Each bad field and its message, as the form shows it',
        example: { website: 'Enter a web address starting with https:// or http://' },
      }),
    }),
  })
  .openapi('ValidationError');
