/** Pieces shared by the membership pages and the profile: days, sizes, documents, the badge. */
import { formatDateTime, type Locale } from '../../../../platform/i18n/index.js';
import type { PageContext } from '../../../../ui/page.js';
import type { DocumentView } from '../presenters.js';
import type { ProfileMembership } from '../service.js';
import type { VerificationBadge as Badge } from '../verification.js';

/** A calendar day (YYYY-MM-DD) for people; days have no time zone, so none is applied. */
export const formatDay = (day: string, locale: Locale) =>
  formatDateTime(`${day}T12:00:00Z`, locale, 'UTC', 'date');

export function formatSize(bytes: number, locale: Locale) {
  const [value, unit] =
    bytes < 1024 * 1024 ? [bytes / 1024, 'kilobyte'] : [bytes / 1048576, 'megabyte'];
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    maximumFractionDigits: 1,
  }).format(value);
}

export function DocumentList(props: { ctx: PageContext; documents: DocumentView[] }) {
  const { ctx } = props;
  if (props.documents.length === 0) return <p>{ctx.t('membership.documents.none')}</p>;
  return (
    <ul class="documents">
      {props.documents.map((d) => (
        <li>
          <a href={d.href} download>
            {d.name}
          </a>{' '}
          ({formatSize(d.sizeBytes, ctx.locale)})
        </li>
      ))}
    </ul>
  );
}

/** "Verified by the network on …, until …", or "Verification expired on …". */
export function VerificationBadge(props: { ctx: PageContext; badge: Badge }) {
  const { t, locale } = props.ctx;
  const { badge } = props;
  return badge.expired ? (
    <p class="badge muted verification">
      {t('membership.badge.expired', { until: formatDay(badge.validUntil, locale) })}
    </p>
  ) : (
    <p class="badge verification">
      {t('membership.badge.verified', {
        on: formatDay(badge.verifiedOn, locale),
        until: formatDay(badge.validUntil, locale),
      })}
    </p>
  );
}

/**
 * The profile's membership block: the badge, and links for those who act on membership. When
 * the organisation may apply, applying is the page's primary action, a button in the first
 * screen, since it is what a new organisation's owner came to do next.
 */
export function ProfileMembershipBlock(props: { ctx: PageContext; membership: ProfileMembership }) {
  const { ctx, membership: m } = props;
  const apply = m.mayApply ? m.manageHref : undefined;
  const manage = m.mayApply ? undefined : m.manageHref;
  return (
    <>
      {m.badge && <VerificationBadge ctx={ctx} badge={m.badge} />}
      {apply && (
        <p>
          <a class="button" href={apply}>
            {ctx.t('membership.apply.title')}
          </a>
        </p>
      )}
      {(manage || m.adminHref) && (
        <p class="row">
          {manage && <a href={manage}>{ctx.t('membership.link')}</a>}
          {m.adminHref && <a href={m.adminHref}>{ctx.t('membership.admin.link')}</a>}
        </p>
      )}
    </>
  );
}

/** Text as paragraphs (one per blank-line-separated block, lines kept), escaped like all text. */
export const Paragraphs = (props: { text: string }) => (
  <>
    {props.text
      .split(/\n\s*\n/)
      .map((block) => block.trim())
      .filter(Boolean)
      .map((block) => (
        <p>
          {block.split('\n').map((line, i) => (
            <>
              {i > 0 && <br />}
              {line}
            </>
          ))}
        </p>
      ))}
  </>
);
