/** Administration pages: people and their roles, the mail outbox, the jobs (the audit log: audit.tsx). */
import { formatDateTime } from '../../../../platform/i18n/index.js';
import type { JobRow, JobState } from '../../../../platform/jobs/index.js';
import type { OutboxRow } from '../../../../platform/mail/queries.js';
import { DataTable } from '../../../../ui/data-table.js';
import { PostButton } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { PersonView } from '../../people/presenters.js';

export const AdminIndexPage = (props: { ctx: PageContext }) => (
  <>
    <h1>{props.ctx.t('admin.title')}</h1>
    <ul>
      <li>
        <a href="/admin/network">{props.ctx.t('network.admin.link')}</a>
      </li>
      <li>
        <a href="/admin/people">{props.ctx.t('admin.people')}</a>
      </li>
      <li>
        <a href="/admin/outbox">{props.ctx.t('admin.outbox')}</a>
      </li>
      <li>
        <a href="/admin/jobs">{props.ctx.t('admin.jobs')}</a>
      </li>
      <li>
        <a href="/admin/audit">{props.ctx.t('admin.audit')}</a>
      </li>
      <li>
        <a href="/admin/membership">{props.ctx.t('membership.admin.title')}</a>
      </li>
      <li>
        <a href="/admin/verification">{props.ctx.t('verification.admin.title')}</a>
      </li>
      <li>
        <a href="/admin/organizations/import">{props.ctx.t('import.title')}</a>
      </li>
    </ul>
  </>
);

export function PeoplePage(props: {
  ctx: PageContext;
  people: PersonView[];
  search: string;
  timeZone: string;
  nextOffset?: number;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('admin.people')}</h1>
      <form method="get" action="/admin/people" class="row">
        <label for="people-search">{t('admin.people.search')}</label>
        <input id="people-search" type="search" name="q" value={props.search} />
        <button type="submit" class="button secondary">
          {t('admin.people.searchSubmit')}
        </button>
      </form>
      <DataTable
        empty={t('admin.people.none')}
        caption={t('admin.people')}
        rows={props.people}
        columns={[
          { header: t('field.name'), cell: (person) => person.name },
          { header: t('field.email'), cell: (person) => person.email },
          {
            header: t('admin.people.verified'),
            cell: (person) => (person.emailVerified ? t('admin.yes') : t('admin.no')),
          },
          {
            header: t('admin.people.joined'),
            cell: (person) => formatDateTime(person.createdAt, ctx.locale, props.timeZone, 'date'),
          },
          {
            header: t('admin.people.isAdmin'),
            cell: (person) => {
              const label = person.isAdmin ? t('admin.people.revoke') : t('admin.people.grant');
              // Making an administrator asks first (GrantAdminPage); removing one does not.
              return person.isAdmin ? (
                <>
                  {`${t('admin.yes')} · `}
                  <PostButton
                    ctx={ctx}
                    action={`/admin/people/${person.id}/admin`}
                    fields={{ admin: 'revoke' }}
                    label={label}
                    accessibleName={`${label}: ${person.name}`}
                  />
                </>
              ) : (
                <a
                  href={`/admin/people/${person.id}/admin`}
                  aria-label={`${label}: ${person.name}`}
                >
                  {label}
                </a>
              );
            },
          },
        ]}
      />
      {props.nextOffset !== undefined && (
        <p>
          <a
            href={`/admin/people?q=${encodeURIComponent(props.search)}&offset=${props.nextOffset}`}
          >
            {t('admin.older')}
          </a>
        </p>
      )}
    </>
  );
}

export function OutboxPage(props: {
  ctx: PageContext;
  messages: OutboxRow[];
  timeZone: string;
  older?: string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('admin.outbox')}</h1>
      <p>{t('admin.outbox.body')}</p>
      {props.messages.length === 0 && <p>{t('admin.outbox.none')}</p>}
      {props.messages.map((m) => (
        <article class="outbox-message">
          <h2>{m.subject}</h2>
          <p>
            {t('admin.outbox.to')}: {m.to_address} ·{' '}
            {formatDateTime(m.created_at, ctx.locale, props.timeZone)} · {t('admin.outbox.status')}:{' '}
            {m.sent_at ? t('admin.outbox.sent') : t('admin.outbox.waiting')}
            {!m.sent_at && m.last_error && ` · ${t('admin.jobs.error')}: ${m.last_error}`}
          </p>
          <pre>{m.body_text}</pre>
        </article>
      ))}
      {props.older && (
        <p>
          <a href={`/admin/outbox?before=${props.older}`}>{t('admin.older')}</a>
        </p>
      )}
    </>
  );
}

export function JobsPage(props: {
  ctx: PageContext;
  counts: Record<JobState, number>;
  jobs: JobRow[];
  timeZone: string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const when = (at: string | null) => (at ? formatDateTime(at, ctx.locale, props.timeZone) : '—');
  return (
    <>
      <h1>{t('admin.jobs')}</h1>
      <p>{t('admin.jobs.body')}</p>
      <p>
        {t('admin.jobs.counts', {
          pending: props.counts.pending,
          running: props.counts.running,
          dead: props.counts.dead,
          done: props.counts.done,
        })}
      </p>
      <DataTable
        empty={t('admin.jobs.none')}
        caption={t('admin.jobs')}
        rows={props.jobs}
        columns={[
          { header: t('admin.jobs.kind'), cell: (job) => <code>{job.kind}</code> },
          {
            header: t('admin.jobs.state'),
            cell: (job) => (
              <>
                {t(`admin.jobs.state.${job.state}`)}
                {job.state === 'dead' && (
                  <>
                    {' · '}
                    <PostButton
                      ctx={ctx}
                      action={`/admin/jobs/${job.id}/retry`}
                      label={t('admin.jobs.retry')}
                      accessibleName={`${t('admin.jobs.retry')}: ${job.kind} ${job.id}`}
                    />
                  </>
                )}
              </>
            ),
          },
          {
            header: t('admin.jobs.attempts'),
            cell: (job) => `${job.attempts} / ${job.max_attempts}`,
          },
          {
            header: t('admin.jobs.runAt'),
            cell: (job) =>
              job.state === 'running'
                ? `${job.locked_by} · ${when(job.locked_until)}`
                : when(job.run_at),
          },
          { header: t('admin.jobs.error'), cell: (job) => job.last_error ?? '' },
        ]}
      />
    </>
  );
}
