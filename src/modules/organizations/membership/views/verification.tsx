/**
 * The administrators' verification pages: members due for re-verification, finding a member,
 * and the form that verifies one (evidence, and the last day the verification holds).
 */
import { DataTable } from '../../../../ui/data-table.js';
import { type FieldErrors, ReasonForm } from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { OrganizationView } from '../../profile/presenters.js';
import type { VerificationView } from '../presenters.js';
import { type OrganizationListEntry, OrganizationSearch, VerificationHistory } from './admin.js';
import { formatDay } from './parts.js';

export type DueEntry = {
  slug: string;
  name: string;
  countryName: string;
  validUntil: string;
  expired: boolean;
};

export function VerificationIndexPage(props: {
  ctx: PageContext;
  due: DueEntry[];
  withinDays: number;
  search: string;
  found: OrganizationListEntry[] | undefined;
}) {
  const { ctx } = props;
  const { t, locale } = ctx;
  const verifyHref = (slug: string) => `/admin/verification/organizations/${slug}`;
  return (
    <>
      <h1>{t('verification.admin.title')}</h1>
      <p class="row">
        <a href="/admin">{t('admin.title')}</a>
        <a href="/admin/membership">{t('membership.admin.title')}</a>
      </p>
      <h2>{t('verification.admin.due', { days: props.withinDays })}</h2>
      <DataTable
        empty={t('verification.admin.due.none')}
        caption={t('verification.admin.due', { days: props.withinDays })}
        rows={props.due}
        columns={[
          { header: t('membership.admin.organization'), cell: (d) => d.name },
          { header: t('org.field.country'), cell: (d) => d.countryName },
          {
            header: t('verification.field.validUntil'),
            cell: (d) =>
              d.expired
                ? t('verification.admin.expiredOn', { day: formatDay(d.validUntil, locale) })
                : t('verification.admin.expiresOn', { day: formatDay(d.validUntil, locale) }),
          },
          {
            header: t('verification.admin.verify'),
            hideHeader: true,
            cell: (d) => (
              <a
                href={verifyHref(d.slug)}
                aria-label={t('verification.admin.verifyOne', { name: d.name })}
              >
                {t('verification.admin.verify')}
              </a>
            ),
          },
        ]}
      />
      <h2>{t('verification.admin.find')}</h2>
      <OrganizationSearch
        ctx={ctx}
        action="/admin/verification"
        search={props.search}
        found={props.found}
        href={verifyHref}
      />
    </>
  );
}

export type VerificationForm = {
  values: { evidence?: string; validUntil?: string };
  errors: FieldErrors;
};

export function VerifyPage(props: {
  ctx: PageContext;
  organization: OrganizationView;
  verifications: VerificationView[];
  period: { earliest: string; defaultUntil: string; latest: string };
  timeZone: string;
  form?: VerificationForm | undefined;
}) {
  const { ctx, organization: o, period } = props;
  const { t } = ctx;
  const errors = props.form?.errors ?? {};
  const id = 'field-validUntil';
  return (
    <>
      <h1>{t('verification.admin.verifyOne', { name: o.displayName })}</h1>
      <p class="row">
        <a href="/admin/verification">{t('verification.admin.title')}</a>
        <a href={`/admin/membership/organizations/${o.slug}`}>{t('membership.admin.link')}</a>
        <a href={`/organizations/${o.slug}`}>{t('membership.admin.profile')}</a>
      </p>
      {o.membershipStatus === 'member' ? (
        <ReasonForm
          ctx={ctx}
          action={`/admin/verification/organizations/${o.slug}`}
          errors={errors}
          name="evidence"
          label={t('verification.field.evidence')}
          hint={t('verification.field.evidence.hint')}
          value={props.form?.values.evidence}
          error={errors.evidence}
          rows={6}
          submit={t('verification.admin.verify')}
        >
          <div class="field">
            <label for={id}>{t('verification.field.validUntil')}</label>
            <p class="hint" id={`${id}-hint`}>
              {t('verification.field.validUntil.hint')}
            </p>
            {errors.validUntil && (
              <p class="field-error" id={`${id}-error`}>
                {errors.validUntil}
              </p>
            )}
            <input
              id={id}
              name="validUntil"
              type="date"
              min={period.earliest}
              max={period.latest}
              value={props.form?.values.validUntil ?? period.defaultUntil}
              aria-invalid={errors.validUntil ? 'true' : undefined}
              aria-describedby={errors.validUntil ? `${id}-hint ${id}-error` : `${id}-hint`}
            />
          </div>
        </ReasonForm>
      ) : (
        <p>{t('membership.verify.notMember')}</p>
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
