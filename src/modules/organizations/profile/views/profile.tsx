/** An organisation's public page, with schema.org NGO data and Open Graph tags in its head. */
import { raw } from 'hono/html';
import { CsrfField } from '../../../../ui/forms.js';
import { Markdown } from '../../../../ui/markdown.js';
import type { PageContext } from '../../../../ui/page.js';
import { IATI_ORGANISATION_TYPES, SDGS } from '../../../reference/index.js';
import { LogoImage } from '../../logo/views/logo-form.js';
import type { ProfileMembership } from '../../membership/service.js';
import { ProfileMembershipBlock } from '../../membership/views/parts.js';
import type { OrganizationRole } from '../../tables.js';
import type { OrganizationView } from '../presenters.js';

export type ListedMember = { name: string; role: OrganizationRole };

export function ProfilePage(props: {
  ctx: PageContext;
  organization: OrganizationView;
  members: ListedMember[];
  canEdit: boolean;
  canSeeMembers: boolean;
  isMember: boolean;
  /** The network's verification badge, and links for those who act on membership. */
  membership?: ProfileMembership | undefined;
}) {
  const { ctx, organization: o } = props;
  const { t, locale } = ctx;
  return (
    <>
      {o.logo && (
        <p class="org-logo">
          <LogoImage logo={o.logo} alt={t('org.logo.alt', { name: o.displayName })} />
        </p>
      )}
      <h1>
        {o.displayName}
        {o.acronym && ` (${o.acronym})`}
      </h1>
      {o.displayName !== o.name && <p lang="">{o.name}</p>}
      {o.membershipStatus !== 'member' && (
        <p class="badge muted">{t(`org.status.${o.membershipStatus}`)}</p>
      )}
      {props.membership && <ProfileMembershipBlock ctx={ctx} membership={props.membership} />}
      {(props.canEdit || props.canSeeMembers) && (
        <p class="row">
          {props.canEdit && <a href={`/organizations/${o.slug}/edit`}>{t('org.edit')}</a>}
          {props.canSeeMembers && <a href={`/organizations/${o.slug}/people`}>{t('org.people')}</a>}
        </p>
      )}
      {o.description && <Markdown text={o.description} />}
      <h2>{t('org.about')}</h2>
      <dl class="facts">
        <dt>{t('org.field.country')}</dt>
        <dd>
          {o.countryName}
          {o.city && `, ${o.city}`}
        </dd>
        {o.foundedYear && (
          <>
            <dt>{t('org.field.foundedYear')}</dt>
            <dd>{o.foundedYear}</dd>
          </>
        )}
        {o.legalForm && (
          <>
            <dt>{t('org.field.legalForm')}</dt>
            <dd>{o.legalForm}</dd>
          </>
        )}
        {o.registrationNumber && (
          <>
            <dt>{t('org.field.registrationNumber')}</dt>
            <dd>
              {o.registrationNumber}
              {o.registeringAuthority && ` · ${o.registeringAuthority}`}
            </dd>
          </>
        )}
        {o.iatiIdentifier && (
          <>
            <dt>{t('org.field.iatiIdentifier')}</dt>
            <dd>
              <code>{o.iatiIdentifier}</code>
            </dd>
          </>
        )}
        {o.iatiType && (
          <>
            <dt>{t('org.field.iatiType')}</dt>
            <dd>{IATI_ORGANISATION_TYPES[o.iatiType]?.[locale]}</dd>
          </>
        )}
        {o.workingLanguages.length > 0 && (
          <>
            <dt>{t('org.field.workingLanguages')}</dt>
            <dd>
              {o.workingLanguages
                .map(
                  (code) => new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code,
                )
                .join(', ')}
            </dd>
          </>
        )}
        {o.website && (
          <>
            <dt>{t('org.field.website')}</dt>
            <dd>
              <a href={o.website} rel="nofollow ugc">
                {o.website}
              </a>
            </dd>
          </>
        )}
        {o.email && (
          <>
            <dt>{t('org.field.email')}</dt>
            <dd>
              <a href={`mailto:${o.email}`}>{o.email}</a>
            </dd>
          </>
        )}
        {o.phone && (
          <>
            <dt>{t('org.field.phone')}</dt>
            <dd>{o.phone}</dd>
          </>
        )}
      </dl>
      {o.sdgs.length > 0 && (
        <>
          <h2>{t('org.field.sdgs')}</h2>
          <ul>
            {o.sdgs.map((n) => (
              <li>{`${n}. ${SDGS[n]?.[locale] ?? ''}`}</li>
            ))}
          </ul>
        </>
      )}
      {o.tags.length > 0 && (
        <>
          <h2>{t('org.field.tags')}</h2>
          <ul class="tags">
            {o.tags.map((tag) => (
              <li>{tag}</li>
            ))}
          </ul>
        </>
      )}
      {o.socialLinks.length > 0 && (
        <ul>
          {o.socialLinks.map((link) => (
            <li>
              <a href={link} rel="nofollow ugc">
                {link}
              </a>
            </li>
          ))}
        </ul>
      )}
      <h2>{t('org.people')}</h2>
      {props.members.length === 0 ? (
        <p>{t('org.people.noneListed')}</p>
      ) : (
        <ul>
          {props.members.map((m) => (
            <li>
              {m.name} · {t(`org.role.${m.role}`)}
            </li>
          ))}
        </ul>
      )}
      {props.isMember && (
        <form method="post" action={`/organizations/${o.slug}/leave`}>
          <CsrfField ctx={ctx} />
          <button type="submit" class="button secondary">
            {t('org.leave')}
          </button>
        </form>
      )}
    </>
  );
}

/** Structured data and link-preview tags for an organisation's page. */
export function ProfileHead(props: { organization: OrganizationView; url: string }) {
  const o = props.organization;
  // Link previews and search engines need the logo's absolute address: the site's base URL
  // (which may have a path of its own) is what precedes /organizations/ in the page's.
  const logo = o.logoUrl ? props.url.replace(/\/organizations\/[^/]+$/, '') + o.logoUrl : null;
  const data = {
    '@context': 'https://schema.org',
    '@type': 'NGO',
    name: o.name,
    alternateName: [
      ...new Set([o.acronym, ...Object.values(o.names)].filter((v) => v && v !== o.name)),
    ],
    url: props.url,
    sameAs: [o.website, ...o.socialLinks].filter(Boolean),
    description: o.description || undefined,
    foundingDate: o.foundedYear ? String(o.foundedYear) : undefined,
    email: o.email ?? undefined,
    telephone: o.phone ?? undefined,
    address: {
      '@type': 'PostalAddress',
      addressCountry: o.country,
      addressLocality: o.city ?? undefined,
    },
    identifier: o.iatiIdentifier ?? undefined,
    logo: logo ?? undefined,
  };
  // JSON inside <script> must not be able to close the element: escape "<" everywhere.
  const json = JSON.stringify(data).replace(/</g, '\\u003c');
  return (
    <>
      <meta property="og:type" content="profile" />
      <meta property="og:title" content={o.displayName} />
      <meta property="og:url" content={props.url} />
      {logo && <meta property="og:image" content={logo} />}
      {o.description && <meta property="og:description" content={o.description.slice(0, 200)} />}
      <meta name="description" content={(o.description || o.displayName).slice(0, 200)} />
      <script type="application/ld+json">{raw(json)}</script>
    </>
  );
}
