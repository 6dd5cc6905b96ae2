/**
 * The administrators' membership pages: the review queue, one application with its decision
 * forms, and one organisation's membership with suspension and reinstatement.
 */
import { formatDateTime } from '../../../platform/i18n/index.js';
import { CsrfField, type FieldErrors, Submit, TextAreaField } from '../../../ui/forms.js';
import type { PageContext } from '../../../ui/page.js';
import type { ApplicationView, VerificationView } from '../membership-presenters.js';
import type { OrganizationView } from '../presenters.js';
import type { MembershipStatus } from '../tables.js';
import { DocumentList, formatDay, Paragraphs } from './membership-parts.js';

export type OrganizationListEntry = {
  slug: string;
  name: string;
  countryName: string;
  status: MembershipStatus;
};

export type QueueEntry = {
  id: string;
  submittedAt: string;
  slug: string;
  name: string;
  countryName: string;
  documents: number;
};

export function ReviewQueuePage(props: {
  ctx: PageContext;
  queue: QueueEntry[];
  search: string;
  found: OrganizationListEntry[] | undefined;
  suspended: OrganizationListEntry[];
  timeZone: string;
  nextOffset?: number | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  return (
    <>
      <h1>{t('membership.admin.title')}</h1>
      <p class="row">
        <a href="/admin">{t('admin.title')}</a>
        <a href="/admin/verification">{t('verification.admin.title')}</a>
      </p>
      <h2>{t('membership.admin.queue')}</h2>
      {props.queue.length === 0 ? (
        <p>{t('membership.admin.queue.none')}</p>
      ) : (
        <div class="table-scroll">
          <table>
            <thead>
              <tr>
                <th scope="col">{t('membership.admin.organization')}</th>
                <th scope="col">{t('org.field.country')}</th>
                <th scope="col">{t('membership.submitted')}</th>
                <th scope="col">{t('membership.documents')}</th>
              </tr>
            </thead>
            <tbody>
              {props.queue.map((entry) => (
                <tr>
                  <td>
                    <a href={`/admin/membership/applications/${entry.id}`}>{entry.name}</a>
                  </td>
                  <td>{entry.countryName}</td>
                  <td>{formatDateTime(entry.submittedAt, ctx.locale, props.timeZone)}</td>
                  <td>{entry.documents}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {props.nextOffset !== undefined && (
        <p>
          <a href={`/admin/membership?offset=${props.nextOffset}`}>{t('membership.admin.more')}</a>
        </p>
      )}
      <h2>{t('membership.admin.find')}</h2>
      <OrganizationSearch
        ctx={ctx}
        action="/admin/membership"
        search={props.search}
        found={props.found}
        href={(slug) => `/admin/membership/organizations/${slug}`}
      />
      <h2>{t('membership.admin.suspended')}</h2>
      {props.suspended.length === 0 ? (
        <p>{t('membership.admin.suspended.none')}</p>
      ) : (
        <OrganizationList
          ctx={ctx}
          organizations={props.suspended}
          href={(slug) => `/admin/membership/organizations/${slug}`}
        />
      )}
    </>
  );
}

/** A search box over organisations and, once searched, what it found. */
export function OrganizationSearch(props: {
  ctx: PageContext;
  action: string;
  search: string;
  found: OrganizationListEntry[] | undefined;
  href: (slug: string) => string;
}) {
  const { t } = props.ctx;
  return (
    <>
      <form method="get" action={props.action} class="row">
        <label for="organization-search">{t('membership.admin.search')}</label>
        <input id="organization-search" type="search" name="q" value={props.search} />
        <button type="submit" class="button secondary">
          {t('admin.people.searchSubmit')}
        </button>
      </form>
      {props.found &&
        (props.found.length === 0 ? (
          <p>{t('membership.admin.search.none')}</p>
        ) : (
          <OrganizationList ctx={props.ctx} organizations={props.found} href={props.href} />
        ))}
    </>
  );
}

function OrganizationList(props: {
  ctx: PageContext;
  organizations: OrganizationListEntry[];
  href: (slug: string) => string;
}) {
  const { t } = props.ctx;
  return (
    <ul>
      {props.organizations.map((o) => (
        <li>
          <a href={props.href(o.slug)}>{o.name}</a> · {o.countryName} ·{' '}
          {t(`org.status.${o.status}`)}
        </li>
      ))}
    </ul>
  );
}

/** The facts an administrator weighs, from the organisation's profile. */
function ProfileSummary(props: { ctx: PageContext; organization: OrganizationView }) {
  const { t } = props.ctx;
  const o = props.organization;
  const facts: [string, string | number | null][] = [
    [t('org.field.country'), o.city ? `${o.countryName}, ${o.city}` : o.countryName],
    [t('org.field.legalForm'), o.legalForm],
    [t('org.field.registrationNumber'), o.registrationNumber],
    [t('org.field.registeringAuthority'), o.registeringAuthority],
    [t('org.field.foundedYear'), o.foundedYear],
    [t('org.field.website'), o.website],
    [t('org.field.email'), o.email],
    [t('org.field.phone'), o.phone],
    [t('org.field.iatiIdentifier'), o.iatiIdentifier],
  ];
  return (
    <>
      <dl class="facts">
        {facts
          .filter(([, value]) => value !== null && value !== '')
          .map(([name, value]) => (
            <>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </>
          ))}
      </dl>
      {o.description && <Paragraphs text={o.description} />}
      <p class="row">
        <a href={`/organizations/${o.slug}`}>{t('membership.admin.profile')}</a>
        <a href={`/admin/membership/organizations/${o.slug}`}>{t('membership.admin.link')}</a>
      </p>
    </>
  );
}

export type DecisionForms = {
  values: { note?: string; reason?: string };
  errors: FieldErrors;
};

export function ApplicationReviewPage(props: {
  ctx: PageContext;
  application: ApplicationView;
  organization: OrganizationView;
  timeZone: string;
  form?: DecisionForms | undefined;
}) {
  const { ctx, application: a, organization: o } = props;
  const { t, locale } = ctx;
  const errors = props.form?.errors ?? {};
  const action = `/admin/membership/applications/${a.id}`;
  return (
    <>
      <h1>{t('membership.admin.application', { name: o.displayName })}</h1>
      <p>
        <a href="/admin/membership">{t('membership.admin.backToQueue')}</a>
      </p>
      <p>
        <strong>{t('membership.state')}</strong> {t(`membership.application.${a.status}`)} ·{' '}
        {t('membership.submitted')}: {formatDateTime(a.submittedAt, locale, props.timeZone)}
      </p>
      {a.decidedAt && (
        <p>
          {t('membership.decided')}: {formatDateTime(a.decidedAt, locale, props.timeZone)}
          {a.decisionReason && ` · ${t('membership.reason')}: ${a.decisionReason}`}
        </p>
      )}
      <h2>{t('membership.admin.profileSummary')}</h2>
      <ProfileSummary ctx={ctx} organization={o} />
      <h2>{t('membership.field.motivation')}</h2>
      <blockquote>
        <Paragraphs text={a.motivation} />
      </blockquote>
      <h2>{t('membership.documents')}</h2>
      <DocumentList ctx={ctx} documents={a.documents} />
      {a.status === 'pending' && (
        <>
          <h2>{t('membership.admin.decide')}</h2>
          <form method="post" action={`${action}/approve`} class="stack">
            <CsrfField ctx={ctx} />
            <TextAreaField
              name="note"
              label={t('membership.admin.note')}
              hint={t('membership.admin.note.hint')}
              value={props.form?.values.note}
              error={errors.note}
              rows={3}
            />
            <Submit>{t('membership.admin.approve')}</Submit>
          </form>
          <form method="post" action={`${action}/reject`} class="stack">
            <CsrfField ctx={ctx} />
            <TextAreaField
              name="reason"
              label={t('membership.admin.rejectReason')}
              hint={t('membership.admin.rejectReason.hint')}
              value={props.form?.values.reason}
              error={errors.reason}
              rows={3}
            />
            <Submit variant="danger">{t('membership.admin.reject')}</Submit>
          </form>
        </>
      )}
    </>
  );
}

export function OrganizationMembershipPage(props: {
  ctx: PageContext;
  organization: OrganizationView;
  applications: ApplicationView[];
  verifications: VerificationView[];
  timeZone: string;
  form?: DecisionForms | undefined;
}) {
  const { ctx, organization: o } = props;
  const { t, locale } = ctx;
  const errors = props.form?.errors ?? {};
  const action = `/admin/membership/organizations/${o.slug}`;
  return (
    <>
      <h1>{t('membership.admin.organizationTitle', { name: o.displayName })}</h1>
      <p class="row">
        <a href="/admin/membership">{t('membership.admin.backToQueue')}</a>
        <a href={`/organizations/${o.slug}`}>{t('membership.admin.profile')}</a>
      </p>
      <p>
        <strong>{t('membership.state')}</strong> {t(`org.status.${o.membershipStatus}`)}
      </p>
      {o.membershipStatus === 'member' && (
        <>
          <p>
            <a href={`/admin/verification/organizations/${o.slug}`}>
              {t('verification.admin.verifyOne', { name: o.displayName })}
            </a>
          </p>
          <form method="post" action={`${action}/suspend`} class="stack">
            <CsrfField ctx={ctx} />
            <TextAreaField
              name="reason"
              label={t('membership.admin.suspendReason')}
              hint={t('membership.admin.suspendReason.hint')}
              value={props.form?.values.reason}
              error={errors.reason}
              rows={3}
            />
            <Submit variant="danger">{t('membership.admin.suspend')}</Submit>
          </form>
        </>
      )}
      {o.membershipStatus === 'suspended' && (
        <form method="post" action={`${action}/reinstate`} class="stack">
          <CsrfField ctx={ctx} />
          <TextAreaField
            name="note"
            label={t('membership.admin.note')}
            hint={t('membership.admin.note.hint')}
            value={props.form?.values.note}
            error={errors.note}
            rows={3}
          />
          <Submit>{t('membership.admin.reinstate')}</Submit>
        </form>
      )}
      <h2>{t('membership.admin.applications')}</h2>
      {props.applications.length === 0 ? (
        <p>{t('membership.admin.applications.none')}</p>
      ) : (
        <ul>
          {props.applications.map((a) => (
            <li>
              <a href={`/admin/membership/applications/${a.id}`}>
                {formatDateTime(a.submittedAt, locale, props.timeZone, 'date')}
              </a>{' '}
              · {t(`membership.application.${a.status}`)}
              {a.decisionReason && ` · ${a.decisionReason}`}
            </li>
          ))}
        </ul>
      )}
      <h2>{t('verification.admin.history')}</h2>
      <VerificationHistory
        ctx={ctx}
        verifications={props.verifications}
        timeZone={props.timeZone}
      />
    </>
  );
}

/** Every verification of one organisation, newest first: who, when, on what, until when. */
export function VerificationHistory(props: {
  ctx: PageContext;
  verifications: VerificationView[];
  timeZone: string;
}) {
  const { t, locale } = props.ctx;
  if (props.verifications.length === 0) return <p>{t('verification.admin.never')}</p>;
  return (
    <div class="table-scroll">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('verification.admin.verifiedAt')}</th>
            <th scope="col">{t('verification.admin.verifiedBy')}</th>
            <th scope="col">{t('verification.field.validUntil')}</th>
            <th scope="col">{t('verification.field.evidence')}</th>
          </tr>
        </thead>
        <tbody>
          {props.verifications.map((v) => (
            <tr>
              <td>{formatDateTime(v.verifiedAt, locale, props.timeZone)}</td>
              <td>{v.verifiedBy}</td>
              <td>
                {formatDay(v.validUntil, locale)}
                {v.revokedAt
                  ? ` · ${t('verification.admin.revoked')}`
                  : v.expired
                    ? ` · ${t('verification.admin.expired')}`
                    : ''}
              </td>
              <td>
                <Paragraphs text={v.evidence} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
