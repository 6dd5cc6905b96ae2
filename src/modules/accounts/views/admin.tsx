/** Administration pages: people and their roles, the mail outbox, the audit log. */
import type { AuditRow } from '../../../platform/audit/index.js';
import { formatDateTime } from '../../../platform/i18n/index.js';
import type { OutboxRow } from '../../../platform/mail/queries.js';
import { CsrfField } from '../../../ui/forms.js';
import type { PageContext } from '../../../ui/page.js';
import type { PersonView } from '../presenters.js';

export const AdminIndexPage = (props: { ctx: PageContext }) => (
  <>
    <h1>{props.ctx.t('admin.title')}</h1>
    <ul>
      <li>
        <a href="/admin/people">{props.ctx.t('admin.people')}</a>
      </li>
      <li>
        <a href="/admin/outbox">{props.ctx.t('admin.outbox')}</a>
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
      {props.people.length === 0 ? (
        <p>{t('admin.people.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('field.name')}</th>
                <th scope="col">{t('field.email')}</th>
                <th scope="col">{t('admin.people.verified')}</th>
                <th scope="col">{t('admin.people.joined')}</th>
                <th scope="col">{t('admin.people.isAdmin')}</th>
              </tr>
            </thead>
            <tbody>
              {props.people.map((person) => (
                <tr>
                  <td>{person.name}</td>
                  <td>{person.email}</td>
                  <td>{person.emailVerified ? t('admin.yes') : t('admin.no')}</td>
                  <td>{formatDateTime(person.createdAt, ctx.locale, props.timeZone, 'date')}</td>
                  <td>
                    <form method="post" action={`/admin/people/${person.id}/admin`} class="inline">
                      <CsrfField ctx={ctx} />
                      <input
                        type="hidden"
                        name="admin"
                        value={person.isAdmin ? 'revoke' : 'grant'}
                      />
                      {person.isAdmin ? `${t('admin.yes')} · ` : ''}
                      <button
                        type="submit"
                        class="linklike"
                        aria-label={`${person.isAdmin ? t('admin.people.revoke') : t('admin.people.grant')}: ${person.name}`}
                      >
                        {person.isAdmin ? t('admin.people.revoke') : t('admin.people.grant')}
                      </button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
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

export function AuditPage(props: {
  ctx: PageContext;
  entries: AuditRow[];
  action: string;
  actions: string[];
  timeZone: string;
  older?: string;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('admin.audit')}</h1>
      <form method="get" action="/admin/audit" class="row">
        <label for="audit-action">{t('admin.audit.filter')}</label>
        <select id="audit-action" name="action">
          <option value="">{t('admin.audit.all')}</option>
          {props.actions.map((a) => (
            <option value={a} selected={a === props.action}>
              {a}
            </option>
          ))}
        </select>
        <button type="submit" class="button secondary">
          {t('admin.people.searchSubmit')}
        </button>
      </form>
      {props.entries.length === 0 ? (
        <p>{t('admin.audit.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('admin.audit.when')}</th>
                <th scope="col">{t('admin.audit.who')}</th>
                <th scope="col">{t('admin.audit.action')}</th>
                <th scope="col">{t('admin.audit.subject')}</th>
              </tr>
            </thead>
            <tbody>
              {props.entries.map((e) => (
                <tr>
                  <td>{formatDateTime(e.at, ctx.locale, props.timeZone)}</td>
                  <td>{e.actor_label ?? '—'}</td>
                  <td>
                    <code>{e.action}</code>
                  </td>
                  <td>
                    {e.subject_type ? `${e.subject_type} ${e.subject_id}` : ''}{' '}
                    {e.details !== '{}' ? e.details : ''} {e.ip ? `(${e.ip})` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.older && (
        <p>
          <a href={`/admin/audit?action=${encodeURIComponent(props.action)}&before=${props.older}`}>
            {t('admin.older')}
          </a>
        </p>
      )}
    </>
  );
}
