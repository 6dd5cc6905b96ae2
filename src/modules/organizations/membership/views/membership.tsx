/**
 * An organisation's network membership, as its owners and admins see it: the state, the
 * pending application (which they may withdraw), past decisions, and the application form.
 */
import { formatDateTime } from '../../../../platform/i18n/index.js';
import { TableScroll } from '../../../../ui/data-table.js';
import {
  CsrfField,
  ErrorSummary,
  type FieldErrors,
  Submit,
  TextAreaField,
} from '../../../../ui/forms.js';
import type { PageContext } from '../../../../ui/page.js';
import type { MembershipStatus } from '../../tables.js';
import type { ApplicationView } from '../presenters.js';
import { DOCUMENT_MAX_BYTES, DOCUMENTS_MAX, MEMBERSHIP_UPLOAD } from '../service.js';
import type { VerificationBadge as Badge } from '../verification.js';
import { DocumentList, VerificationBadge } from './parts.js';

export type MembershipForm = { values: { motivation?: string }; errors: FieldErrors };

export function MembershipPage(props: {
  ctx: PageContext;
  organization: { slug: string; displayName: string; status: MembershipStatus };
  applications: ApplicationView[];
  badge: Badge | null;
  canApply: boolean;
  timeZone: string;
  form?: MembershipForm | undefined;
}) {
  const { ctx, organization: o, timeZone } = props;
  const { t, locale } = ctx;
  const pending = props.applications.find((a) => a.status === 'pending');
  const last = props.applications[0];
  const past = props.applications.filter((a) => a.status !== 'pending');
  return (
    <>
      <h1>{t('membership.title', { name: o.displayName })}</h1>
      {props.form && <ErrorSummary ctx={ctx} errors={props.form.errors} />}
      <p>
        <a href={`/organizations/${o.slug}`}>{t('org.backToProfile')}</a>
      </p>
      <p>
        <strong>{t('membership.state')}</strong> {t(`org.status.${o.status}`)}
      </p>
      {props.badge && <VerificationBadge ctx={ctx} badge={props.badge} />}
      {o.status === 'rejected' && last?.status === 'rejected' && last.decisionReason && (
        <p>{t('membership.rejected.reason', { reason: last.decisionReason })}</p>
      )}
      {o.status === 'suspended' && <p>{t('membership.suspended.body')}</p>}
      {pending && (
        <section aria-labelledby="pending-title">
          <h2 id="pending-title">{t('membership.pending.title')}</h2>
          <p>
            {t('membership.pending.body', {
              date: formatDateTime(pending.submittedAt, locale, timeZone, 'date'),
            })}
          </p>
          <DocumentList ctx={ctx} documents={pending.documents} />
          <form method="post" action={`/organizations/${o.slug}/membership/withdraw`}>
            <CsrfField ctx={ctx} />
            <button type="submit" class="button secondary">
              {t('membership.withdraw')}
            </button>
          </form>
        </section>
      )}
      {props.canApply && <ApplicationForm ctx={ctx} slug={o.slug} form={props.form} />}
      {past.length > 0 && (
        <section>
          <h2 id="history-title">{t('membership.history')}</h2>
          <TableScroll labelledBy="history-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('membership.submitted')}</th>
                  <th scope="col">{t('membership.decision')}</th>
                  <th scope="col">{t('membership.decided')}</th>
                  <th scope="col">{t('membership.reason')}</th>
                </tr>
              </thead>
              <tbody>
                {past.map((a) => (
                  <tr>
                    <td>{formatDateTime(a.submittedAt, locale, timeZone, 'date')}</td>
                    <td>{t(`membership.application.${a.status}`)}</td>
                    <td>
                      {a.decidedAt ? formatDateTime(a.decidedAt, locale, timeZone, 'date') : ''}
                    </td>
                    <td>{a.decisionReason ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </section>
      )}
    </>
  );
}

/** The application: a motivation and up to five PDF files, sent as multipart/form-data. */
function ApplicationForm(props: {
  ctx: PageContext;
  slug: string;
  form?: MembershipForm | undefined;
}) {
  const { ctx } = props;
  const { t } = ctx;
  const errors = props.form?.errors ?? {};
  const id = 'field-documents';
  const hint = t('membership.field.documents.hint', {
    count: DOCUMENTS_MAX,
    each: DOCUMENT_MAX_BYTES / 1048576,
    total: MEMBERSHIP_UPLOAD.maxBytes / 1048576,
  });
  return (
    <section aria-labelledby="apply-title">
      <h2 id="apply-title">{t('membership.apply.title')}</h2>
      <p>{t('membership.apply.body')}</p>
      <form
        method="post"
        action={`/organizations/${props.slug}/membership`}
        enctype="multipart/form-data"
        class="stack"
      >
        <CsrfField ctx={ctx} />
        <TextAreaField
          name="motivation"
          label={t('membership.field.motivation')}
          hint={t('membership.field.motivation.hint')}
          value={props.form?.values.motivation}
          error={errors.motivation}
          rows={8}
        />
        <div class="field">
          <label for={id}>{t('membership.field.documents')}</label>
          <p class="hint" id={`${id}-hint`}>
            {hint}
          </p>
          {errors.documents && (
            <p class="field-error" id={`${id}-error`}>
              {errors.documents}
            </p>
          )}
          <input
            id={id}
            name="documents"
            type="file"
            multiple
            accept="application/pdf,.pdf"
            aria-invalid={errors.documents ? 'true' : undefined}
            aria-describedby={errors.documents ? `${id}-hint ${id}-error` : `${id}-hint`}
          />
        </div>
        <Submit>{t('membership.apply.submit')}</Submit>
      </form>
    </section>
  );
}
