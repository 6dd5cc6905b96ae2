/**
 * Delegations to external events, mounted at /delegations: the public list, forms to record an
 * external event and start a delegation, each delegation's page with its members and tasks, and
 * the invitations of partner organisations, which their owners or admins answer.
 * Each handler: load → authorize → validate → service → redirect or render.
 */
import { type Context, Hono } from 'hono';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError } from '../../../platform/http/errors.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import type { Problems } from '../../../platform/outcome.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Delegations } from '../context.js';
import {
  authorizeDelegation,
  canDelegation,
  type DelegationAction,
  type DelegationScope,
} from '../policy.js';
import * as members from './members.js';
import * as partners from './partners.js';
import { presentDelegation, presentExternalEvent } from './presenters.js';
import {
  DelegationCreateSchema,
  DelegationMemberAddSchema,
  DelegationMemberUpdateSchema,
  DelegationPartnerAddSchema,
  DelegationTaskAddSchema,
  ExternalEventCreateSchema,
} from './schema.js';
import * as service from './service.js';
import { DelegationForm, DelegationListPage, ExternalEventForm } from './views/list.js';
import { type DelegationForms, DelegationInvitationPage, DelegationPage } from './views/page.js';

/** @example app.route('/delegations', delegationRoutes(delegations)) */
export function delegationRoutes(ctx: Delegations) {
  const app = new Hono<AppEnv>();

  /** The delegation, its actor and scope; `about` is the organisation the action concerns. */
  async function load(
    c: Context<AppEnv>,
    action: DelegationAction | ((s: DelegationScope) => DelegationAction),
    about?: string,
  ) {
    const delegation = await service.loadDelegation(ctx, c.req.param('id') ?? '');
    if (!delegation) throw notFound();
    const actor = c.get('actor');
    const scope = await service.delegationScope(ctx, actor, delegation, about);
    authorizeDelegation(actor, typeof action === 'function' ? action(scope) : action, scope);
    return { delegation, actor, scope };
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
    const [answerFor, canLeave] = await Promise.all([
      partners.managedAmong(ctx, actor, delegation.invitedIds),
      partners.managedAmong(ctx, actor, delegation.organizationIds.slice(1)),
    ]);
    // Someone who is not (yet) of the delegation sees only what the invitation tells.
    const Page = canDelegation(actor, 'delegation.view', scope)
      ? DelegationPage
      : DelegationInvitationPage;
    return renderPage(c, {
      title: view.title,
      notice,
      status: forms?.status,
      body: (
        <Page
          ctx={pageContext(c)}
          delegation={view}
          canManage={canDelegation(actor, 'delegation.manage', scope)}
          answerFor={view.invited.filter((o) => answerFor.includes(o.id))}
          canLeave={canLeave}
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
    const [list, mine, invitations, scope] = await Promise.all([
      service.publicDelegationList(ctx, locale),
      actor ? service.delegationsOf(ctx, actor) : [],
      actor ? service.invitationsFor(ctx, actor, locale) : [],
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
          invitations={invitations}
          canCreate={canDelegation(actor, 'delegation.create', scope)}
        />
      ),
    });
  });

  async function externalEventForm(
    c: Context<AppEnv>,
    values = {},
    problems: Problems = {},
    status?: 422,
  ) {
    return renderPage(c, {
      title: c.get('t')('delegations.externalEvent.create'),
      status,
      body: (
        <ExternalEventForm
          ctx={pageContext(c)}
          values={values}
          errors={translateProblems(pageContext(c), problems)}
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
    if (!input.ok) return externalEventForm(c, values, input.problems, 422);
    await service.createExternalEvent(ctx, actor, input.data);
    return c.redirect('/delegations/new', 303);
  });

  async function delegationForm(
    c: Context<AppEnv>,
    values = {},
    problems: Problems = {},
    status?: 422,
  ) {
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
          errors={translateProblems(pageContext(c), problems)}
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
    const outcome = input.ok ? await service.createDelegation(ctx, actor, input.data) : input;
    if (!outcome.ok) return delegationForm(c, values, outcome.problems, 422);
    return saved(c, outcome.id);
  });

  app.get('/:id', async (c) => {
    const actor = c.get('actor');
    // An invited organisation's owners and admins see the invitation, to answer it.
    const loaded = await load(c, (scope) =>
      canDelegation(actor, 'delegation.invitation.answer', scope) &&
      !canDelegation(actor, 'delegation.view', scope)
        ? 'delegation.invitation.answer'
        : 'delegation.view',
    );
    return page(c, loaded);
  });

  app.post('/:id/partners', async (c) => {
    const loaded = await load(c, 'delegation.partner.invite');
    const values = await readForm(c);
    const input = validate(DelegationPartnerAddSchema, values);
    const outcome = input.ok
      ? await partners.invitePartner(ctx, loaded.actor, loaded.delegation, input.data.partner)
      : input;
    if (!outcome.ok) {
      const errors = translateProblems(pageContext(c), outcome.problems);
      return page(c, loaded, { form: 'partner', values, errors, status: 422 });
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/partners/:organizationId/remove', async (c) => {
    const loaded = await load(c, 'delegation.partner.remove');
    const organizationId = c.req.param('organizationId');
    if (!(await partners.removePartner(ctx, loaded.actor, loaded.delegation, organizationId))) {
      throw notFound();
    }
    return saved(c, loaded.delegation.id);
  });

  app.post('/:id/partners/:organizationId/leave', async (c) => {
    const organizationId = c.req.param('organizationId');
    const loaded = await load(c, 'delegation.partner.leave', organizationId);
    if (!(await partners.leaveDelegation(ctx, loaded.actor, loaded.delegation, organizationId))) {
      throw notFound();
    }
    return c.redirect('/delegations', 303);
  });

  for (const answer of ['accept', 'decline'] as const) {
    app.post(`/:id/invitations/:organizationId/${answer}`, async (c) => {
      const organizationId = c.req.param('organizationId');
      const loaded = await load(c, 'delegation.invitation.answer', organizationId);
      const { actor, delegation } = loaded;
      const accept = answer === 'accept';
      if (!(await partners.answerInvitation(ctx, actor, delegation, organizationId, accept))) {
        throw notFound();
      }
      return accept ? saved(c, delegation.id) : c.redirect('/delegations', 303);
    });
  }

  app.post('/:id/members', async (c) => {
    const loaded = await load(c, 'delegation.manage');
    const values = await readForm(c);
    const input = validate(DelegationMemberAddSchema, values);
    const outcome = input.ok
      ? await members.addMember(ctx, loaded.actor, loaded.delegation, input.data)
      : input;
    if (!outcome.ok) {
      const errors = translateProblems(pageContext(c), outcome.problems);
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
      const errors = translateProblems(pageContext(c), outcome.problems);
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
