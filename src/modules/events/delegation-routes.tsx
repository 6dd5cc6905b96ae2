/**
 * Delegations to external events, mounted at /delegations: the public list, forms to record an
 * external event and start a delegation, and each delegation's page with its members and tasks.
 * Each handler: load → authorize → validate → service → redirect or render.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context.js';
import { notFound, PageError } from '../../platform/http/errors.js';
import { readForm, validate } from '../../platform/http/validation.js';
import { translateErrors } from '../../ui/forms.js';
import { pageContext, renderPage } from '../../ui/page.js';
import * as members from './delegation-members.js';
import { authorizeDelegation, canDelegation } from './delegation-policy.js';
import { presentDelegation, presentExternalEvent } from './delegation-presenters.js';
import {
  DelegationCreateSchema,
  DelegationMemberAddSchema,
  DelegationMemberUpdateSchema,
  DelegationPartnerAddSchema,
  DelegationTaskAddSchema,
  ExternalEventCreateSchema,
} from './delegation-schema.js';
import * as service from './delegations.js';
import type { Events } from './service.js';
import { type DelegationForms, DelegationPage } from './views/delegation-page.js';
import { DelegationForm, DelegationListPage, ExternalEventForm } from './views/delegations.js';

/** @example app.route('/delegations', delegationRoutes(events)) */
export function delegationRoutes(ctx: Events) {
  const app = new Hono<AppEnv>();

  async function load(c: Context<AppEnv>, action: 'delegation.view' | 'delegation.manage') {
    const delegation = await service.loadDelegation(ctx, c.req.param('id') ?? '');
    if (!delegation) throw notFound();
    const actor = c.get('actor');
    const scope = await service.delegationScope(ctx, actor, delegation);
    authorizeDelegation(actor, action, scope);
    return { delegation, actor: actor!, scope };
  }

  async function page(
    c: Context<AppEnv>,
    loaded: Awaited<ReturnType<typeof load>>,
    forms?: DelegationForms & { status?: 422 },
  ) {
    const locale = c.get('locale');
    const { delegation, actor, scope } = loaded;
    const view = presentDelegation(
      delegation,
      await service.delegationDetails(ctx, delegation, locale),
      locale,
    );
    const notice = c.req.query('notice') === 'saved' ? c.get('t')('delegations.saved') : undefined;
    return renderPage(c, {
      title: view.title,
      notice,
      status: forms?.status,
      body: (
        <DelegationPage
          ctx={pageContext(c)}
          delegation={view}
          canManage={canDelegation(actor, 'delegation.manage', scope)}
          forms={forms}
        />
      ),
    });
  }
  const saved = (c: Context<AppEnv>, id: string) =>
    c.redirect(`/delegations/${id}?notice=saved`, 303);

  app.get('/', async (c) => {
    const actor = c.get('actor');
    const locale = c.get('locale');
    const [list, mine, scope] = await Promise.all([
      service.publicDelegationList(ctx, locale),
      actor ? service.delegationsOf(ctx, actor) : [],
      service.delegationScope(ctx, actor),
    ]);
    return renderPage(c, {
      title: c.get('t')('delegations.title'),
      body: (
        <DelegationListPage
          ctx={pageContext(c)}
          list={list.map((e) => ({
            event: presentExternalEvent(e.event, locale),
            organizations: e.organizations,
          }))}
          mine={mine.map((d) => ({ id: d.id, title: d.title, eventName: d.event_name }))}
          canCreate={canDelegation(actor, 'delegation.create', scope)}
        />
      ),
    });
  });

  async function externalEventForm(c: Context<AppEnv>, values = {}, errors = {}, status?: 422) {
    return renderPage(c, {
      title: c.get('t')('delegations.externalEvent.create'),
      status,
      body: (
        <ExternalEventForm
          ctx={pageContext(c)}
          values={values}
          errors={translateErrors(pageContext(c), errors)}
        />
      ),
    });
  }

  app.get('/external/new', async (c) => {
    const actor = c.get('actor');
    authorizeDelegation(actor, 'externalEvent.create', await service.delegationScope(ctx, actor));
    return externalEventForm(c);
  });

  app.post('/external', async (c) => {
    const actor = c.get('actor');
    authorizeDelegation(actor, 'externalEvent.create', await service.delegationScope(ctx, actor));
    const values = await readForm(c);
    const input = validate(ExternalEventCreateSchema, values);
    if (!input.ok) return externalEventForm(c, values, input.errors, 422);
    await service.createExternalEvent(ctx, actor!, input.data);
    return c.redirect('/delegations/new', 303);
  });

  async function delegationForm(c: Context<AppEnv>, values = {}, errors = {}, status?: 422) {
    const locale = c.get('locale');
    const [events, leads] = await Promise.all([
      service.listExternalEvents(ctx),
      service.leadChoices(ctx, c.get('actor')!, locale),
    ]);
    return renderPage(c, {
      title: c.get('t')('delegations.create'),
      status,
      body: (
        <DelegationForm
          ctx={pageContext(c)}
          values={values}
          errors={translateErrors(pageContext(c), errors)}
          events={events.map((e) => presentExternalEvent(e, locale))}
          leads={leads}
        />
      ),
    });
  }

  app.get('/new', async (c) => {
    const actor = c.get('actor');
    authorizeDelegation(actor, 'delegation.create', await service.delegationScope(ctx, actor));
    return delegationForm(c);
  });

  app.post('/', async (c) => {
    const actor = c.get('actor');
    authorizeDelegation(actor, 'delegation.create', await service.delegationScope(ctx, actor));
    const values = await readForm(c);
    const input = validate(DelegationCreateSchema, values);
    const outcome = input.ok ? await service.createDelegation(ctx, actor!, input.data) : input;
    if (!outcome.ok) return delegationForm(c, values, outcome.errors, 422);
    return saved(c, outcome.id);
  });

  app.get('/:id', async (c) => page(c, await load(c, 'delegation.view')));

  app.post('/:id/partners', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const values = await readForm(c);
    const input = validate(DelegationPartnerAddSchema, values);
    const outcome = input.ok
      ? await service.addPartner(ctx, loaded.actor, loaded.delegation, input.data.partner)
      : input;
    if (!outcome.ok) {
      const errors = translateErrors(pageContext(c), outcome.errors);
      return page(c, loaded, { form: 'partner', values, errors, status: 422 });
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/partners/:organizationId/remove', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const organizationId = c.req.param('organizationId');
    if (!(await service.removePartner(ctx, loaded.actor, loaded.delegation, organizationId))) {
      throw notFound();
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/members', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const values = await readForm(c);
    const input = validate(DelegationMemberAddSchema, values);
    const outcome = input.ok
      ? await members.addMember(ctx, loaded.actor, loaded.delegation, input.data)
      : input;
    if (!outcome.ok) {
      const errors = translateErrors(pageContext(c), outcome.errors);
      return page(c, loaded, { form: 'member', values, errors, status: 422 });
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/members/:memberId', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const input = validate(DelegationMemberUpdateSchema, await readForm(c));
    if (!input.ok) throw new PageError(400, 'error.400');
    const memberId = c.req.param('memberId');
    if (!(await members.updateMember(ctx, loaded.actor, loaded.delegation, memberId, input.data))) {
      throw notFound();
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/members/:memberId/remove', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const memberId = c.req.param('memberId');
    if (!(await members.removeMember(ctx, loaded.actor, loaded.delegation, memberId))) {
      throw notFound();
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/tasks', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const values = await readForm(c);
    const input = validate(DelegationTaskAddSchema, values);
    const outcome = input.ok
      ? await members.addTask(ctx, loaded.actor, loaded.delegation, input.data)
      : input;
    if (!outcome.ok) {
      const errors = translateErrors(pageContext(c), outcome.errors);
      return page(c, loaded, { form: 'task', values, errors, status: 422 });
    }
    return saved(c, loaded.delegation.id);
  });

  for (const mark of ['done', 'undone'] as const) {
    app.post(`/:id/tasks/:taskId/${mark}`, async (c) => {
      const loaded = await load(c, 'delegation.manage');
      const taskId = c.req.param('taskId');
      if (
        !(await members.markTask(ctx, loaded.actor, loaded.delegation, taskId, mark === 'done'))
      ) {
        throw notFound();
      }
      return saved(c, loaded.delegation.id);
    });
  }

  return app;
}
