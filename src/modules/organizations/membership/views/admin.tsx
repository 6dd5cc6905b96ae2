/**
 * The administrators' membership pages: the review queue, one application with its decision
 * forms, and one organisation's membership with suspension and reinstatement.
 */
import { formatDateTime } from '../../../../platform/i18n/index.js';
import { DataTable } from '../../../../ui/data-table.js';
import { type FieldErrors, ReasonForm } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationView } from '../../profile/presenters.js';
import type { MembershipStatus } from '../../tables.js';
import type { ApplicationView, VerificationView } from '../presenters.js';
import { DocumentList, formatDay, Paragraphs } from './parts.js';

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
      <DataTable
        empty={t('membership.admin.queue.none')}
        caption={t('membership.admin.queue')}
        rows={props.queue}
        columns={[
          {
            header: t('membership.admin.organization'),
            cell: (entry) => (
              <a href={`/admin/membership/applications/${entry.id}`}>{entry.name}</a>
            ),
          },
          { header: t('org.field.country'), cell: (entry) => entry.countryName },
          {
            header: t('membership.submitted'),
            cell: (entry) => formatDateTime(entry.submittedAt, ctx.locale, props.timeZone),
          },
          { header: t('membership.documents'), cell: (entry) => entry.documents },
        ]}
      />
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

/**
 * The text of a decision: a note to the organisation, or the reason for a refusal, with its
 * label, hint, and what the administrator typed when the form comes back with an error.
 */
function decisionText(
  ctx: PageContext,
  form: DecisionForms | undefined,
  name: 'note' | 'reason',
  label:
    | 'membership.admin.note'
    | 'membership.admin.rejectReason'
    | 'membership.admin.suspendReason',
) {
  return {
    ctx,
    name,
    label: ctx.t(label),
    hint: ctx.t(`${label}.hint`),
    value: form?.values[name],
    error: form?.errors[name],
  };
}

export function ApplicationReviewPage(props: {
  ctx: PageContext;
  application: ApplicationView;
  organization: OrganizationView;
  timeZone: string;
  form?: DecisionForms | undefined;
}) {
  const { ctx, application: a, organization: o } = props;
  const { t, locale } = ctx;
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
          <ReasonForm
            {...decisionText(ctx, props.form, 'note', 'membership.admin.note')}
            action={`${action}/approve`}
            submit={t('membership.admin.approve')}
          />
          <ReasonForm
            {...decisionText(ctx, props.form, 'reason', 'membership.admin.rejectReason')}
            action={`${action}/reject`}
            submit={t('membership.admin.reject')}
            variant="danger"
          />
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
          <ReasonForm
            {...decisionText(ctx, props.form, 'reason', 'membership.admin.suspendReason')}
            action={`${action}/suspend`}
            submit={t('membership.admin.suspend')}
            variant="danger"
          />
        </>
      )}
      {o.membershipStatus === 'suspended' && (
        <ReasonForm
          {...decisionText(ctx, props.form, 'note', 'membership.admin.note')}
          action={`${action}/reinstate`}
          submit={t('membership.admin.reinstate')}
        />
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
  return (
    <DataTable
      empty={t('verification.admin.never')}
      caption={t('verification.admin.history')}
      rows={props.verifications}
      columns={[
        {
          header: t('verification.admin.verifiedAt'),
          cell: (v) => formatDateTime(v.verifiedAt, locale, props.timeZone),
        },
        { header: t('verification.admin.verifiedBy'), cell: (v) => v.verifiedBy },
        {
          header: t('verification.field.validUntil'),
          cell: (v) =>
            formatDay(v.validUntil, locale) +
            (v.revokedAt
              ? ` · ${t('verification.admin.revoked')}`
              : v.expired
                ? ` · ${t('verification.admin.expired')}`
                : ''),
        },
        { header: t('verification.field.evidence'), cell: (v) => <Paragraphs text={v.evidence} /> },
      ]}
    />
  );
}
