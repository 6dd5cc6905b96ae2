/** The audit log page: filters (a GET form), the entries with names and links, older pages. */
import { formatDateTime } from '../../../../platform/i18n/index.js';
import { DataTable } from '../../../../ui/data-table.js';
import { ErrorSummary, Field, type FieldErrors, SelectField } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import { type AuditEntryView, actionLabel } from '../audit.js';
import type { AuditQuery } from '../schema.js';

/** The filters as they were typed, so a refused filter loses nothing. */
export type AuditFilterValues = Partial<Record<'person' | 'action' | 'from' | 'to', string>>;

const linked = (thing: { name: string; href?: string | undefined }) =>
  thing.href ? <a href={thing.href}>{thing.name}</a> : thing.name;

/** The query string of these filters, without the empty ones: for older pages and the CSV. */
export function auditQueryString(query: AuditFilterValues & { before?: string | undefined }) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) params.set(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function AuditPage(props: {
  ctx: PageContext;
  values: AuditFilterValues;
  /** The filters as applied; absent when they were refused. */
  query?: AuditQuery;
  errors?: FieldErrors;
  entries: AuditEntryView[];
  actions: string[];
  zone: string;
  timeZone: string;
  older?: string | undefined;
}) {
  const { ctx, values } = props;
  const { t } = ctx;
  const errors = props.errors ?? {};
  const filters = auditQueryString(values);
  return (
    <>
      <h1>{t('admin.audit')}</h1>
      <ErrorSummary ctx={ctx} errors={errors} />
      <form method="get" action="/admin/audit" class="row">
        <Field
          name="person"
          type="search"
          label={t('admin.audit.person')}
          hint={t('admin.audit.person.hint')}
          value={values.person}
          error={errors.person}
        />
        <SelectField
          name="action"
          label={t('admin.audit.action')}
          value={values.action}
          error={errors.action}
          options={[
            { value: '', label: t('admin.audit.all') },
            ...props.actions
              .map((a) => ({ value: a, label: actionLabel(t, a) }))
              .sort((a, b) => a.label.localeCompare(b.label, ctx.locale)),
          ]}
        />
        <Field
          name="from"
          type="date"
          label={t('admin.audit.from')}
          value={values.from}
          error={errors.from}
        />
        <Field
          name="to"
          type="date"
          label={t('admin.audit.to')}
          value={values.to}
          error={errors.to}
        />
        <button type="submit" class="button secondary">
          {t('admin.audit.apply')}
        </button>
      </form>
      {props.query && (
        <p>
          <a href={`/admin/audit.csv${filters}`} download>
            {t('admin.audit.csv')}
          </a>
        </p>
      )}
      <DataTable
        empty={t('admin.audit.none')}
        caption={t('admin.audit')}
        rows={props.entries}
        columns={[
          {
            header: t('admin.audit.whenIn', { zone: props.zone }),
            cell: (e) => formatDateTime(e.at, ctx.locale, props.timeZone),
          },
          {
            header: t('admin.audit.who'),
            cell: (e) => (e.actor ? linked(e.actor) : '—'),
          },
          { header: t('admin.audit.action'), cell: (e) => actionLabel(t, e.action) },
          {
            header: t('admin.audit.subject'),
            cell: (e) =>
              e.subject?.name ? (
                linked({ name: e.subject.name, href: e.subject.href })
              ) : e.subject ? (
                <code>
                  {e.subject.type} {e.subject.id}
                </code>
              ) : (
                ''
              ),
          },
          {
            header: t('admin.audit.details'),
            cell: (e) => (
              <>
                {e.details && <code>{e.details}</code>} {e.ip ? `(${e.ip})` : ''}
              </>
            ),
          },
        ]}
      />
      {props.older && (
        <p>
          <a href={`/admin/audit${auditQueryString({ ...values, before: props.older })}`}>
            {t('admin.older')}
          </a>
        </p>
      )}
    </>
  );
}
