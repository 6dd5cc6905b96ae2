/**
 * Platform administration: people and the administrator role, the mail outbox, the jobs, the
 * audit log.
 */
import { type Context, Hono } from 'hono';
import { listAudit, listAuditActions } from '../../../platform/audit/index.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../platform/http/errors.js';
import { validate } from '../../../platform/http/validation.js';
import { countJobs, listJobs } from '../../../platform/jobs/index.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Accounts } from '../context.js';
import { presentPerson } from '../people/presenters.js';
import { authorize } from '../policy.js';
import { AdminRoleChangeSchema } from './schema.js';
import * as service from './service.js';
import { GrantAdminPage } from './views/grant.js';
import { AdminIndexPage, AuditPage, JobsPage, OutboxPage, PeoplePage } from './views/pages.js';

const PAGE = 50;
/** Dead jobs come first, so the ones that need someone are always on the page. */
const JOBS_SHOWN = 200;

export function adminRoutes(ctx: Accounts) {
  const { config, db, mailer } = ctx.deps;
  const app = new Hono<AppEnv>();

  app.get('/', (c) => {
    authorize(c.get('actor'), 'people.list');
    return renderPage(c, {
      title: c.get('t')('admin.title'),
      body: <AdminIndexPage ctx={pageContext(c)} />,
    });
  });

  app.get('/people', async (c) => {
    authorize(c.get('actor'), 'people.list');
    const search = (c.req.query('q') ?? '').trim().slice(0, 200);
    const offset = Math.max(0, Number.parseInt(c.req.query('offset') ?? '0', 10) || 0);
    const rows = await service.searchPeople(ctx, { search, limit: PAGE + 1, offset });
    return renderPage(c, {
      title: c.get('t')('admin.people'),
      notice: c.req.query('changed')
        ? c.get('t')(c.req.query('granted') ? 'admin.people.granted' : 'admin.people.revoked', {
            name: c.req.query('changed')!,
          })
        : undefined,
      body: (
        <PeoplePage
          ctx={pageContext(c)}
          people={rows.slice(0, PAGE).map(presentPerson)}
          search={search}
          timeZone={config.timeZone}
          nextOffset={rows.length > PAGE ? offset + PAGE : undefined}
        />
      ),
    });
  });

  /** The question before making an administrator; 422 when a POST came without the answer. */
  const grantPage = async (c: Context<AppEnv>, id: string, unconfirmed = false) => {
    const person = await service.personToChange(ctx, id);
    if (!person) throw notFound();
    return renderPage(c, {
      title: c.get('t')('admin.people.grant.confirm.title'),
      status: unconfirmed ? 422 : undefined,
      body: <GrantAdminPage ctx={pageContext(c)} person={person} unconfirmed={unconfirmed} />,
    });
  };

  app.get('/people/:id/admin', (c) => {
    authorize(c.get('actor'), 'people.changeRole');
    return grantPage(c, c.req.param('id'));
  });

  app.post('/people/:id/admin', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'people.changeRole');
    const input = validate(AdminRoleChangeSchema, await c.req.parseBody());
    if (!input.ok) throw new PageError(400, 'error.400');
    const grant = input.data.admin === 'grant';
    if (grant && input.data.confirm !== 'yes') return grantPage(c, c.req.param('id'), true);
    const result = await service.changeAdminRole(
      ctx,
      actor,
      c.req.param('id'),
      grant,
      c.get('clientIp'),
    );
    if (!result.ok) throw refusalError(result);
    const query = new URLSearchParams({ changed: result.name, ...(grant ? { granted: '1' } : {}) });
    return c.redirect(`/admin/people?${query}`, 303);
  });

  app.get('/outbox', async (c) => {
    authorize(c.get('actor'), 'outbox.read');
    const rows = await mailer.list(PAGE + 1, c.req.query('before') || undefined);
    return renderPage(c, {
      title: c.get('t')('admin.outbox'),
      body: (
        <OutboxPage
          ctx={pageContext(c)}
          messages={rows.slice(0, PAGE)}
          timeZone={config.timeZone}
          older={rows.length > PAGE ? rows[PAGE - 1]!.id : undefined}
        />
      ),
    });
  });

  app.get('/jobs', async (c) => {
    authorize(c.get('actor'), 'jobs.read');
    return renderPage(c, {
      title: c.get('t')('admin.jobs'),
      notice: c.req.query('retried') ? c.get('t')('admin.jobs.retried') : undefined,
      body: (
        <JobsPage
          ctx={pageContext(c)}
          counts={await countJobs(db.kysely)}
          jobs={await listJobs(db.kysely, ['dead', 'running', 'pending'], JOBS_SHOWN)}
          timeZone={config.timeZone}
        />
      ),
    });
  });

  app.post('/jobs/:id/retry', async (c) => {
    const actor = c.get('actor');
    authorize(actor, 'jobs.retry');
    const retried = await service.retryDeadJob(ctx, actor, c.req.param('id'), c.get('clientIp'));
    if (!retried) throw new PageError(409, 'admin.jobs.notDead');
    return c.redirect('/admin/jobs?retried=1', 303);
  });

  app.get('/audit', async (c) => {
    authorize(c.get('actor'), 'audit.read');
    const action = c.req.query('action') ?? '';
    const rows = await listAudit(db.kysely, {
      action: action || undefined,
      before: c.req.query('before') || undefined,
      limit: PAGE + 1,
    });
    return renderPage(c, {
      title: c.get('t')('admin.audit'),
      body: (
        <AuditPage
          ctx={pageContext(c)}
          entries={rows.slice(0, PAGE)}
          action={action}
          actions={await listAuditActions(db.kysely)}
          timeZone={config.timeZone}
          older={rows.length > PAGE ? rows[PAGE - 1]!.id : undefined}
        />
      ),
    });
  });

  return app;
}
