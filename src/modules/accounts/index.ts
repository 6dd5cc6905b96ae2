/** The accounts module's public surface: what the server and other modules may use. */

import type { Context, MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import type { Kysely } from 'kysely';
import type { Database } from '../../platform/db/tables.js';
import type { AppEnv } from '../../platform/http/context.js';
import { PageError } from '../../platform/http/errors.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import { adminRoutes } from './admin/routes.js';
import { accountApi } from './api/routes.js';
import { authRoutes, forwardCookies } from './auth/routes.js';
import * as service from './auth/service.js';
import type { Accounts } from './context.js';
import * as people from './people/service.js';
import { accountSettingsRoutes } from './settings/routes.js';
import * as tokens from './tokens/service.js';

export {
  type AccountDeletionCheck,
  type Accounts,
  type AuditSubjectName,
  type AuditSubjects,
  createAccounts,
} from './context.js';
export { joinPerson, leftJoinPerson, type PersonColumns } from './fragments.js';
export { accountsMessages } from './messages/index.js';
export { createApiToken } from './tokens/service.js';

/** Whether the request carries a (possibly stale) session cookie: without one it is a visitor. */
const hasSessionCookie = (c: Context) =>
  c.req.header('cookie')?.includes('concord.session_token') ?? false;

const API_PREFIX = '/api/';

/**
 * Sets `actor` from an API token (Authorization: Bearer) or the session cookie. A token opens
 * the JSON API only: on pages and forms it is ignored, so it can neither read what a browser
 * session reads nor skip the CSRF check that every form post needs.
 */
function authenticate(ctx: Accounts): MiddlewareHandler<AppEnv> {
  return async function authenticate(c, next) {
    const authorization = c.req.path.startsWith(API_PREFIX) && c.req.header('authorization');
    if (authorization) {
      const token = /^Bearer (\S+)$/.exec(authorization)?.[1];
      const actor = token ? await tokens.apiTokenActor(ctx, token) : null;
      if (!actor) throw new PageError(401, 'error.401');
      c.set('actor', actor);
      return next();
    }
    if (!hasSessionCookie(c)) {
      c.set('actor', null);
      return next();
    }
    const { actor, cookies } = await service.sessionActor(ctx, c.req.raw.headers);
    c.set('actor', actor);
    forwardCookies(c, cookies);
    return next();
  };
}

/**
 * The accounts' part of the app: sign-in and settings, the administration pages, and their
 * endpoints in the JSON API (the token's owner); `authenticate` sets the actor, from a session
 * or, on /api/ only, a token; `hasSession` tells the page cache a visitor apart.
 * @example app.use(accountsWeb(accounts).authenticate)
 */
export function accountsWeb(
  ctx: Accounts,
): ModuleWeb & { authenticate: MiddlewareHandler<AppEnv>; hasSession: (c: Context) => boolean } {
  const routes = new Hono<AppEnv>()
    .route('/', authRoutes(ctx))
    .route('/account', accountSettingsRoutes(ctx))
    .route('/admin', adminRoutes(ctx));
  return {
    routes,
    api: accountApi(ctx),
    authenticate: authenticate(ctx),
    hasSession: hasSessionCookie,
  };
}

export const countPeople = (db: Kysely<Database>) => people.countPeople(db);
export const {
  createAdministrator,
  createConfirmedPerson,
  hashPassword,
  issueSetupToken,
  countAdmins,
} = service;
