/**
 * Platform administration: people and the administrator role, the mail outbox, the jobs, the
 * audit log.
 */
import { type Context, Hono } from 'hono';
import { listAuditActions } from '../../../platform/audit/index.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../platform/http/errors.js';
import { validate } from '../../../platform/http/validation.js';
import { countJobs, listJobs } from '../../../platform/jobs/index.js';
import { isInvalid } from '../../../platform/outcome.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Accounts } from '../context.js';
import { presentPerson } from '../people/presenters.js';
import { authorize } from '../policy.js';
import { auditCsv, auditSearch, readAuditPage, zoneName } from './audit.js';
import { AdminRoleChangeSchema, AuditQuerySchema } from './schema.js';
import * as service from './service.js';
import { AuditPage } from './views/audit.js';
import { GrantAdminPage } from './views/grant.js';
import { AdminIndexPage, JobsPage, OutboxPage, PeoplePage } from './views/pages.js';

const PAGE = 50;

/** The named fields of a query, as typed. */
const pick = <K extends string>(query: Record<string, string>, names: readonly K[]) =>
  Object.fromEntries(names.map((name) => [name, query[name] ?? ''])) as Record<K, string>;
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
    const values = pick(c.req.query(), ['person', 'action', 'from', 'to']);
    const query = validate(AuditQuerySchema, c.req.query());
    const search = query.ok ? await auditSearch(ctx, query.data) : query;
    const locale = c.get('locale');
    const page = search.ok
      ? await readAuditPage(ctx, search.search, locale, PAGE)
      : { entries: [], older: undefined };
    return renderPage(c, {
      title: c.get('t')('admin.audit'),
      status: search.ok ? 200 : 422,
      body: (
        <AuditPage
          ctx={pageContext(c)}
          values={values}
          query={search.ok ? search.search : undefined}
          errors={
            isInvalid(search) ? translateProblems(pageContext(c), search.problems) : undefined
          }
          entries={page.entries}
          actions={await listAuditActions(db.kysely)}
          zone={zoneName(config.timeZone, locale)}
          timeZone={config.timeZone}
          older={page.older}
        />
      ),
    });
  });

  app.get('/audit.csv', async (c) => {
    authorize(c.get('actor'), 'audit.read');
    const query = validate(AuditQuerySchema, c.req.query());
    const search = query.ok ? await auditSearch(ctx, query.data) : query;
    if (!search.ok) throw new PageError(400, 'error.400');
    return c.body(auditCsv(ctx, search.search, c.get('locale'), c.get('t')), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="audit-log.csv"',
      'cache-control': 'no-store, no-transform',
    });
  });

  return app;
}
