/**
 * The JSON API, hosted once for every module: /api/v1 endpoints described with zod, the OpenAPI
 * 3.1 document at /api/openapi.json and a readable reference page at /api. Calls authenticate
 * with a personal API token (`Authorization: Bearer …`, accounts' authenticate middleware).
 * Each module adds its endpoints as an `ApiContribution`, so that one document (and one
 * reference page) describes the whole API. Also what every endpoint shares: the 422 body that
 * names each bad field in the request's language (the same catalogue keys as the forms), and a
 * JSON body check that answers malformed input with a clear 400/415 instead of the validator's
 * bare exception, and the `lang` parameter every call takes.
 */
import { OpenAPIHono, type OpenAPIHonoOptions, z } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { isLocale, LOCALES, translator } from '../i18n/index.js';
import type { Problems } from '../outcome.js';
import type { AppEnv } from './context.js';
import { PageError } from './errors.js';
import { problemsFromIssues } from './validation.js';

/**
 * A module's endpoints: it registers its routes (and so their schemas) on the shared API app.
 * @example const organizationApi = (ctx: Organizations): ApiContribution => (api) => api.openapi(…)
 */
export type ApiContribution = (api: OpenAPIHono<AppEnv>) => void;

/** One endpoint as the reference page lists it. */
export type ApiEndpoint = { method: string; path: string; summary: string | undefined };

/**
 * The API app, to mount at /api: every module's contributions, in the order given, then the
 * document that describes them and the reference page, which `reference` renders (a page
 * frame is ui's, which platform does not import).
 * @example app.route('/api', apiApp(webs.flatMap((m) => m.api ?? []), { baseUrl, reference }))
 */
export function apiApp(
  contributions: readonly ApiContribution[],
  options: {
    baseUrl: string;
    reference: (c: Context<AppEnv>, endpoints: ApiEndpoint[]) => Response | Promise<Response>;
  },
) {
  // Every schema failure answers as the forms would, field by field (validationProblem).
  const app = new OpenAPIHono<AppEnv>({ defaultHook: apiValidationHook });
  // The one way an endpoint names its caller: a personal token, as `Authorization: Bearer …`.
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', {
    type: 'http',
    scheme: 'bearer',
  });
  app.use('*', apiLanguage);
  for (const contribute of contributions) contribute(app);

  const document = () =>
    withLangParameter(
      app.getOpenAPI31Document({
        openapi: '3.1.0',
        info: { title: 'Concord API', version: 'v1', description: LANGUAGE_DESCRIPTION },
        servers: [{ url: `${options.baseUrl}/api` }],
      }),
    );
  app.get('/openapi.json', (c) => c.json(document()));
  app.get('/', (c) =>
    options.reference(
      c,
      Object.entries(document().paths ?? {}).flatMap(([path, item]) =>
        Object.entries(item ?? {}).map(([method, op]) => ({
          method,
          path,
          summary: (op as { summary?: string }).summary,
        })),
      ),
    ),
  );
  return app;
}

const LANGUAGE_DESCRIPTION =
  'Texts written in several languages (titles, descriptions, rooms, tracks, topics, names) ' +
  'and messages come in one language: the `lang` parameter’s, else the token owner’s, else ' +
  'the best of `Accept-Language`, else the site’s default; `Content-Language` names it. Such ' +
  'a text comes beside all its translations; an event’s texts also with the language they ' +
  'are in (`…Lang`, null for a name as first written, in no recorded language).';

/**
 * `?lang=az|en|ru` on any call: its language, before the token owner's and Accept-Language, so
 * that a client holding a token (whose owner's language otherwise wins) or one that cannot set
 * headers (a link) can choose it. Any other value is refused at the parameter.
 */
const apiLanguage: MiddlewareHandler<AppEnv> = async function apiLanguage(c, next) {
  const lang = c.req.query('lang');
  if (lang !== undefined) {
    if (!isLocale(lang)) {
      return validationProblem(c, {
        lang: { key: 'api.error.lang', values: { languages: LOCALES.join(', ') } },
      });
    }
    c.set('locale', lang);
    c.set('t', translator(lang));
    c.header('content-language', lang);
  }
  await next();
};

const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);
const LANG_REF = '#/components/parameters/lang';

/** The OpenAPI document with the `lang` parameter, declared once, on every operation. */
function withLangParameter<D extends { paths?: object; components?: object }>(document: D): D {
  const lang = {
    name: 'lang',
    in: 'query',
    required: false,
    description: 'The language of texts and messages, before the token owner’s and Accept-Language',
    schema: { type: 'string', enum: [...LOCALES] },
  };
  const paths = Object.fromEntries(
    Object.entries(document.paths ?? {}).map(([path, item]) => [
      path,
      Object.fromEntries(
        Object.entries(item as Record<string, { parameters?: unknown[] }>).map(([key, op]) => [
          key,
          METHODS.has(key)
            ? { ...op, parameters: [...(op.parameters ?? []), { $ref: LANG_REF }] }
            : op,
        ]),
      ),
    ]),
  );
  const components = document.components as { parameters?: object } | undefined;
  return {
    ...document,
    paths,
    components: { ...components, parameters: { ...components?.parameters, lang } },
  };
}

/** The 422 answer: `{ error: { code, message, fields: { field: message } } }`, translated. */
export function validationProblem(c: Context<AppEnv>, problems: Problems) {
  const t = c.get('t');
  const fields: Record<string, string> = {};
  for (const [field, p] of Object.entries(problems)) if (p) fields[field] = t(p.key, p.values);
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
  return validationProblem(
    c,
    problemsFromIssues(result.error.issues, '_body', 'api.error.invalid'),
  );
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

/** An OpenAPI response whose body is JSON of `schema`. */
export const jsonResponse = <S>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Any refusal: a message key as `code` and its text in the request's language. */
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
