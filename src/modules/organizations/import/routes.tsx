/**
 * Importing organisations from CSV, mounted by the server at /admin/organizations/import:
 * the upload form and a template file, the report on a checked file, its confirmation, the
 * page that follows a running import, and the full list of problems as CSV.
 */
import { type Context, Hono } from 'hono';
import type { UploadRoute } from '../../../platform/http/body-limits.js';
import type { AppEnv } from '../../../platform/http/context.js';
import { notFound, PageError, refusalError } from '../../../platform/http/errors.js';
import { readForm, validate } from '../../../platform/http/validation.js';
import { isMessageKey } from '../../../platform/i18n/index.js';
import { attachmentDisposition } from '../../../platform/uploads/index.js';
import { translateProblems } from '../../../ui/forms.js';
import { pageContext, renderPage } from '../../../ui/page.js';
import type { Organizations } from '../context.js';
import { authorize } from '../policy.js';
import {
  IMPORT_COLUMNS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportProblem,
  problemsCsv,
  templateCsv,
} from './format.js';
import { OrganizationImportStartSchema, OrganizationImportUploadSchema } from './schema.js';
import * as imports from './service.js';
import { ImportJobPage, type ImportJobView, ImportUploadPage } from './views/import.js';

const PATH = '/admin/organizations/import';
/** Problems listed on the page; the rest are in the downloadable CSV. */
const PROBLEMS_SHOWN = 100;

/** The upload takes a file of up to 10 MB, plus room for the form around it. */
export const IMPORT_UPLOAD = {
  maxBytes: IMPORT_MAX_BYTES + 64 * 1024,
  matches: (path: string) => path === PATH,
  tooLargeKey: 'import.file.tooLarge',
} as const satisfies UploadRoute;

type ImportContext = Context<AppEnv>;

function administrator(c: ImportContext) {
  const actor = c.get('actor');
  authorize(actor, 'organization.import', { role: null, membershipStatus: 'none' });
  return { actor, ip: c.get('clientIp') };
}

const explain = (c: ImportContext) => (p: ImportProblem) => c.get('t')(p.key, p.values);

function presentJob(c: ImportContext, job: imports.ImportJob): ImportJobView {
  return {
    id: job.id,
    fileName: job.file_name,
    status: job.status,
    mode: job.mode,
    admit: job.admit === 1,
    totalRows: job.total_rows,
    errorRows: job.error_rows,
    done: job.done,
    created: job.created_count,
    updated: job.updated_count,
    unchanged: job.unchanged_count,
    skipped: job.skipped_count,
    failure: job.failure && isMessageKey(job.failure) ? c.get('t')(job.failure) : undefined,
    problems: job.problems.slice(0, PROBLEMS_SHOWN).map((p) => ({
      row: p.row,
      column: p.column,
      message: explain(c)(p),
      holder: p.holder && {
        name: p.holder.name,
        href: `/organizations/${encodeURIComponent(p.holder.slug)}`,
      },
    })),
    problemCount: job.problems.length,
    createdAt: job.created_at,
  };
}

export function organizationImportRoutes(ctx: Organizations) {
  const app = new Hono<AppEnv>();
  const { timeZone } = ctx.deps.config;

  async function renderUpload(c: ImportContext, error?: string) {
    const recent = await imports.recentImports(ctx);
    return renderPage(c, {
      title: c.get('t')('import.title'),
      status: error ? 422 : 200,
      body: (
        <ImportUploadPage
          ctx={pageContext(c)}
          columns={IMPORT_COLUMNS}
          maxRows={IMPORT_MAX_ROWS}
          maxMegabytes={IMPORT_MAX_BYTES / (1024 * 1024)}
          recent={recent.map((r) => ({
            id: r.id,
            fileName: r.file_name,
            status: r.status,
            totalRows: r.total_rows,
            createdAt: r.created_at,
          }))}
          timeZone={timeZone}
          errors={error ? { file: error } : undefined}
        />
      ),
    });
  }

  app.get('/', (c) => {
    administrator(c);
    return renderUpload(c);
  });

  app.get('/template.csv', (c) => {
    administrator(c);
    return c.body(templateCsv(), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentDisposition('organisations-template.csv'),
    });
  });

  app.post('/', async (c) => {
    const by = administrator(c);
    const values = await readForm(c);
    const input = validate(OrganizationImportUploadSchema, values);
    const body = await c.req.parseBody();
    const file = body.file instanceof File ? body.file : undefined;
    if (!input.ok || !file || file.size === 0) {
      return renderUpload(c, c.get('t')('import.file.required'));
    }
    const checked = await imports.checkImportFile(
      ctx,
      by,
      { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
      input.data.admit,
    );
    if (!checked.ok) {
      return renderUpload(c, translateProblems(pageContext(c), checked.problems).file);
    }
    return c.redirect(`${PATH}/${checked.id}`, 303);
  });

  app.get('/:id', async (c) => {
    administrator(c);
    const job = await imports.importJob(ctx, c.req.param('id'));
    if (!job) throw notFound();
    const view = presentJob(c, job);
    const running = job.status === 'queued' || job.status === 'running';
    return renderPage(c, {
      title: c.get('t')('import.job.title', { file: job.file_name }),
      // Refreshing is how the page follows the import without any script.
      head: running ? <meta http-equiv="refresh" content="2" /> : undefined,
      body: <ImportJobPage ctx={pageContext(c)} job={view} />,
    });
  });

  app.post('/:id/start', async (c) => {
    const by = administrator(c);
    const input = validate(OrganizationImportStartSchema, await readForm(c));
    if (!input.ok) throw new PageError(400, 'error.400');
    const started = await imports.startImport(ctx, by, c.req.param('id'), input.data.mode);
    if (!started.ok) throw refusalError(started);
    return c.redirect(`${PATH}/${c.req.param('id')}`, 303);
  });

  app.get('/:id/problems.csv', async (c) => {
    administrator(c);
    const job = await imports.importJob(ctx, c.req.param('id'));
    if (!job) throw notFound();
    const t = c.get('t');
    const csv = problemsCsv(
      job.problems,
      [t('import.problems.row'), t('import.problems.column'), t('import.problems.reason')],
      explain(c),
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': attachmentDisposition(`problems-${job.file_name}`),
    });
  });

  return app;
}
