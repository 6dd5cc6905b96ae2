/** The signed-in person's own settings: profile, password, API tokens, deletion. */
import { type Context, Hono } from 'hono';
import type { Actor, AppEnv } from '../../../platform/http/context.js';
import { notFound } from '../../../platform/http/errors.js';
import { noticeFrom } from '../../../platform/http/notices.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import { ACCOUNT_NOTICES, forwardCookies, requestOf } from '../auth/routes.js';
import type { AccountDeletionBlocker, Accounts } from '../context.js';
import { presentPerson } from '../people/presenters.js';
import { findPerson } from '../people/service.js';
import { authorize } from '../policy.js';
import { presentApiToken } from '../tokens/presenters.js';
import { ApiTokenCreateSchema } from '../tokens/schema.js';
import * as apiTokens from '../tokens/service.js';
import { AccountDeleteSchema, PasswordChangeSchema, ProfileUpdateSchema } from './schema.js';
import * as service from './service.js';
import { type AccountForms, AccountPage } from './views/account.js';

export function accountSettingsRoutes(ctx: Accounts) {
  // Settings belong to a browser session (better-auth needs one to change them): an API token
  // never reaches them, since it authenticates /api/ only (index.ts).
  const app = new Hono<AppEnv>();

  async function show(
    c: Context<AppEnv>,
    actor: Actor,
    extra: {
      forms?: AccountForms;
      newToken?: string;
      status?: 200 | 422;
      handOver?: AccountDeletionBlocker[] | undefined;
    } = {},
  ) {
    const person = await findPerson(ctx.deps.db.kysely, actor.id);
    if (!person) throw notFound();
    const tokens = (await apiTokens.listApiTokens(ctx, actor)).map(presentApiToken);
    return renderPage(c, {
      title: c.get('t')('account.title'),
      status: extra.status ?? 200,
      notice: noticeFrom(c, ACCOUNT_NOTICES),
      body: (
        <AccountPage
          ctx={pageContext(c)}
          person={presentPerson(person)}
          tokens={tokens}
          timeZone={ctx.deps.config.timeZone}
          forms={extra.forms}
          newToken={extra.newToken}
          handOver={extra.handOver}
        />
      ),
    });
  }

  app.get('/', (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    return show(c, actor);
  });

  app.post('/profile', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    const values = await readForm(c);
    const input = validate(ProfileUpdateSchema, values);
    if (!input.ok)
      return show(c, actor, {
        status: 422,
        forms: { profile: { values, problems: input.problems } },
      });
    await service.updateProfile(ctx, input.data, requestOf(c));
    return c.redirect('/account?notice=account.profile.saved', 303);
  });

  app.post('/password', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    const input = validate(PasswordChangeSchema, await readForm(c));
    const outcome = input.ok
      ? await service.changePassword(ctx, actor, input.data, requestOf(c))
      : input;
    if (!outcome.ok)
      return show(c, actor, { status: 422, forms: { password: { problems: outcome.problems } } });
    forwardCookies(c, outcome.cookies);
    return c.redirect('/account?notice=account.password.saved', 303);
  });

  app.post('/tokens', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    const values = await readForm(c);
    const input = validate(ApiTokenCreateSchema, values);
    if (!input.ok)
      return show(c, actor, {
        status: 422,
        forms: { token: { values, problems: input.problems } },
      });
    const token = await apiTokens.createApiToken(ctx, actor, input.data.tokenName);
    return show(c, actor, { newToken: token });
  });

  app.post('/tokens/:id/revoke', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    if (!(await apiTokens.revokeApiToken(ctx, actor, c.req.param('id')))) throw notFound();
    return c.redirect('/account?notice=account.tokens.revoked', 303);
  });

  app.post('/delete', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'account.manage');
    const input = validate(AccountDeleteSchema, await readForm(c));
    const outcome: Awaited<ReturnType<typeof service.deleteAccount>> = input.ok
      ? await service.deleteAccount(ctx, actor, input.data.password, {
          ...requestOf(c),
          locale: c.get('locale'),
        })
      : input;
    if (!outcome.ok)
      return show(c, actor, {
        status: 422,
        forms: { delete: { problems: outcome.problems } },
        handOver: outcome.handOver,
      });
    forwardCookies(c, outcome.cookies);
    return c.redirect('/sign-in?notice=account.deleted', 303);
  });

  return app;
}
