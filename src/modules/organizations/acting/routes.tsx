/** The page where a person chooses whom they act for (linked from every page's header). */
import { Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Organizations } from '../context.js';
import { authorize } from '../policy.js';
import { ActingOrganizationChooseSchema, ActingPageQuerySchema } from './schema.js';
import { chooseActingOrganization, loadActingFor } from './service.js';
import { ActingPage } from './views/acting.js';

/** Any signed-in person may choose for themselves; 'organization.create' asks exactly that. */
const SIGNED_IN = { role: null, membershipStatus: 'none' } as const;

export function actingRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();

  app.get('/acting', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'organization.create', SIGNED_IN);
    const { next } = ActingPageQuerySchema.parse(c.req.query());
    const t = c.get('t');
    return renderPage(c, {
      title: t('acting.title'),
      notice: c.req.query('notice') === 'acting.saved' ? t('acting.saved') : undefined,
      body: (
        <ActingPage
          ctx={pageContext(c)}
          acting={await loadActingFor(ctx.deps.db.kysely, actor.id, c.get('locale'))}
          next={next}
        />
      ),
    });
  });

  app.post('/acting', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'organization.create', SIGNED_IN);
    const values = await readForm(c);
    const input = validate(ActingOrganizationChooseSchema, values);
    const outcome = input.ok
      ? await chooseActingOrganization(ctx, actor, input.data.organization)
      : input;
    if (outcome.ok) {
      const next = input.ok ? input.data.next : undefined;
      return c.redirect(next ?? '/organizations/acting?notice=acting.saved', 303);
    }
    const t = c.get('t');
    return renderPage(c, {
      title: t('acting.title'),
      status: 422,
      body: (
        <ActingPage
          ctx={pageContext(c)}
          acting={await loadActingFor(ctx.deps.db.kysely, actor.id, c.get('locale'))}
          next={ActingPageQuerySchema.parse(values).next}
          form={{
            value: values.organization,
            errors: translateProblems(pageContext(c), outcome.problems),
          }}
        />
      ),
    });
  });

  return app;
}
