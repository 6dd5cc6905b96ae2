/**
 * The administrators' import pages: the upload form, the report on a checked file with its
 * confirmation, the progress of a running import (the page refreshes itself, no script), and
 * the outcome.
 */
import { formatDateTime } from '../../../../platform/i18n/index.js';
import { TableScroll } from '../../../../ui/data-table.js';
import { CsrfField, ErrorSummary, type FieldErrors, Submit } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { ImportMode, ImportStatus } from '../tables.js';

export type ProblemView = {
  row: number;
  column: string;
  message: string;
  /** The organisation that holds the row's key, to open and resolve. */
  holder?: { name: string; href: string };
};

export type ImportJobView = {
  id: string;
  fileName: string;
  status: ImportStatus;
  mode: ImportMode | null;
  admit: boolean;
  totalRows: number;
  errorRows: number;
  done: number;
  created: number;
  updated: number;
  unchanged: number;
  skipped: number;
  failure: string | undefined;
  problems: ProblemView[];
  problemCount: number;
  createdAt: string;
};

export type RecentImport = {
  id: string;
  fileName: string;
  status: ImportStatus;
  totalRows: number;
  createdAt: string;
};

const BASE = '/admin/organizations/import';

export function ImportUploadPage(props: {
  ctx: PageContext;
  columns: readonly string[];
  maxRows: number;
  maxMegabytes: number;
  recent: RecentImport[];
  timeZone: string;
  errors?: FieldErrors;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const error = props.errors?.file;
  return (
    <>
      <h1>{t('import.title')}</h1>
      <p class="row">
        <a href="/admin">{t('admin.title')}</a>
        <a href="/admin/membership">{t('membership.admin.title')}</a>
      </p>
      <ErrorSummary ctx={ctx} errors={props.errors ?? {}} />
      <p>{t('import.lead', { max: props.maxRows, megabytes: props.maxMegabytes })}</p>
      <p>
        <a href={`${BASE}/template.csv`} download>
          {t('import.template')}
        </a>
      </p>
      <details>
        <summary>{t('import.columns')}</summary>
        <p>{t('import.columns.hint')}</p>
        <p>
          <code>{props.columns.join(', ')}</code>
        </p>
      </details>
      <form method="post" action={BASE} enctype="multipart/form-data">
        <CsrfField ctx={ctx} />
        <div class="field">
          <label for="field-file">{t('import.file')}</label>
          <p class="hint" id="field-file-hint">
            {t('import.file.hint')}
          </p>
          {error && (
            <p class="field-error" id="field-file-error">
              {error}
            </p>
          )}
          <input
            id="field-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            required
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? 'field-file-hint field-file-error' : 'field-file-hint'}
          />
        </div>
        <div class="field">
          <label class="checkbox">
            <input type="checkbox" name="admit" value="1" checked /> {t('import.admit')}
          </label>
        </div>
        <Submit>{t('import.check')}</Submit>
      </form>
      {props.recent.length > 0 && (
        <TableScroll label={t('import.recent')}>
          <table>
            <caption>{t('import.recent')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('import.file')}</th>
                <th scope="col">{t('import.rows')}</th>
                <th scope="col">{t('import.status')}</th>
                <th scope="col">{t('import.when')}</th>
              </tr>
            </thead>
            <tbody>
              {props.recent.map((r) => (
                <tr>
                  <td>
                    <a href={`${BASE}/${r.id}`}>{r.fileName}</a>
                  </td>
                  <td>{r.totalRows}</td>
                  <td>{t(`import.status.${r.status}`)}</td>
                  <td>{formatDateTime(r.createdAt, ctx.locale, props.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}

function ProblemTable(props: { ctx: PageContext; job: ImportJobView }) {
  const { t } = props.ctx;
  const { job } = props;
  if (job.problemCount === 0) return null;
  return (
    <>
      <TableScroll labelledBy="import-problems">
        <table>
          <caption id="import-problems">
            {t('import.problems.caption', { shown: job.problems.length, count: job.problemCount })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('import.problems.row')}</th>
              <th scope="col">{t('import.problems.column')}</th>
              <th scope="col">{t('import.problems.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {job.problems.map((p) => (
              <tr>
                <td>{p.row || '—'}</td>
                <td>{p.column ? <code>{p.column}</code> : '—'}</td>
                <td>
                  {p.message}
                  {p.holder && (
                    <>
                      {' '}
                      <a href={p.holder.href}>{p.holder.name}</a>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <a href={`${BASE}/${job.id}/problems.csv`} download>
          {t('import.problems.download')}
        </a>
      </p>
    </>
  );
}

function StartForm(props: {
  ctx: PageContext;
  job: ImportJobView;
  mode: ImportMode;
  label: string;
}) {
  return (
    <form method="post" action={`${BASE}/${props.job.id}/start`}>
      <CsrfField ctx={props.ctx} />
      <input type="hidden" name="mode" value={props.mode} />
      <Submit>{props.label}</Submit>
    </form>
  );
}

/** What a checked file holds, and the choice to import it (or its valid rows). */
function Report(props: { ctx: PageContext; job: ImportJobView }) {
  const { t } = props.ctx;
  const { job } = props;
  const valid = job.totalRows - job.errorRows;
  return (
    <>
      <p>{t('import.report.counts', { total: job.totalRows, bad: job.errorRows })}</p>
      <p>{t(job.admit ? 'import.report.admit' : 'import.report.noAdmit')}</p>
      <ProblemTable ctx={props.ctx} job={job} />
      {job.errorRows === 0 ? (
        <StartForm
          ctx={props.ctx}
          job={job}
          mode="all"
          label={t('import.start.all', { count: valid })}
        />
      ) : (
        <>
          <p>{t('import.report.nothing')}</p>
          {valid > 0 && (
            <StartForm
              ctx={props.ctx}
              job={job}
              mode="valid"
              label={t('import.start.valid', { count: valid })}
            />
          )}
        </>
      )}
    </>
  );
}

export function ImportJobPage(props: { ctx: PageContext; job: ImportJobView }) {
  const { ctx, job } = props;
  const { t } = ctx;
  const running = job.status === 'queued' || job.status === 'running';
  return (
    <>
      <h1>{t('import.job.title', { file: job.fileName })}</h1>
      <p class="row">
        <a href={BASE}>{t('import.title')}</a>
      </p>
      <p>
        <strong>{t(`import.status.${job.status}`)}</strong>
      </p>
      {job.status === 'validated' && <Report ctx={ctx} job={job} />}
      {running && (
        <>
          <label for="import-progress">{t('import.progress.label')}</label>{' '}
          <progress id="import-progress" max={job.totalRows} value={job.done}>
            {t('import.progress', { done: job.done, total: job.totalRows })}
          </progress>
          <p>{t('import.progress', { done: job.done, total: job.totalRows })}</p>
          <p>{t('import.progress.refresh')}</p>
        </>
      )}
      {job.status === 'done' && (
        <>
          <p>
            {t('import.done.counts', {
              created: job.created,
              updated: job.updated,
              unchanged: job.unchanged,
            })}
          </p>
          {job.skipped > 0 && <p>{t('import.done.skipped', { count: job.skipped })}</p>}
          <ProblemTable ctx={ctx} job={job} />
          <p>
            <a href="/organizations">{t('import.done.directory')}</a>
          </p>
        </>
      )}
      {job.status === 'failed' && (
        <>
          <p role="alert">{job.failure}</p>
          <ProblemTable ctx={ctx} job={job} />
          {job.mode && (
            <StartForm ctx={ctx} job={job} mode={job.mode} label={t('import.start.again')} />
          )}
        </>
      )}
    </>
  );
}
