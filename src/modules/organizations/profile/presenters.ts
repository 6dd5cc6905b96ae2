/** What of an organisation leaves the server, for views and the API alike. */
import type { Locale } from '../../../platform/i18n/index.js';
import { pickTranslation, type Translations } from '../../../platform/i18n/translations.js';
import { countryName } from '../../reference/index.js';
import type { OrganizationRow } from '../tables.js';

const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

/**
 * The version part of a logo's URL: the random end of its generated file name, which changes
 * with every upload, so the URL may be cached for good.
 */
export const logoVersion = (logoFile: string) => logoFile.slice(24, 36);

/** Where an organisation's logo is served (relative to the site), or null without one. */
export const logoUrl = (slug: string, logoFile: string | null | undefined) =>
  logoFile ? `/organizations/${slug}/logo?v=${logoVersion(logoFile)}` : null;

/** The logo with its size in pixels (for width and height attributes), or null without one. */
export const presentLogo = (
  row: Pick<OrganizationRow, 'slug' | 'logo_file' | 'logo_width' | 'logo_height'>,
) =>
  row.logo_file && row.logo_width && row.logo_height
    ? { url: logoUrl(row.slug, row.logo_file)!, width: row.logo_width, height: row.logo_height }
    : null;

export function presentOrganization(
  row: OrganizationRow,
  locale: Locale,
  extra: { sdgs: number[]; tags: string[] },
) {
  const names = parse<Translations>(row.name_translations, {});
  const descriptions = parse<Translations>(row.description, {});
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    displayName: pickTranslation(names, locale, row.name),
    names,
    acronym: row.acronym,
    legalForm: row.legal_form,
    registrationNumber: row.registration_number,
    registeringAuthority: row.registering_authority,
    country: row.country,
    countryName: countryName(row.country, locale),
    city: row.city,
    foundedYear: row.founded_year,
    website: row.website,
    email: row.email,
    phone: row.phone,
    description: pickTranslation(descriptions, locale),
    descriptions,
    workingLanguages: parse<string[]>(row.working_languages, []),
    socialLinks: parse<string[]>(row.social_links, []),
    iatiIdentifier: row.iati_identifier,
    iatiType: row.iati_type,
    membershipStatus: row.membership_status,
    sdgs: extra.sdgs,
    tags: extra.tags,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    logoUrl: logoUrl(row.slug, row.logo_file),
    logo: presentLogo(row),
  };
}
export type OrganizationView = ReturnType<typeof presentOrganization>;

/** The profile as the edit form's values (all text, as a browser would send it back). */
export const profileFormValues = (o: OrganizationView): Record<string, string | string[]> => ({
  name: o.name,
  nameAz: o.names.az ?? '',
  nameEn: o.names.en ?? '',
  nameRu: o.names.ru ?? '',
  acronym: o.acronym ?? '',
  legalForm: o.legalForm ?? '',
  registrationNumber: o.registrationNumber ?? '',
  registeringAuthority: o.registeringAuthority ?? '',
  country: o.country,
  city: o.city ?? '',
  foundedYear: o.foundedYear ? String(o.foundedYear) : '',
  website: o.website ?? '',
  email: o.email ?? '',
  phone: o.phone ?? '',
  descriptionAz: o.descriptions.az ?? '',
  descriptionEn: o.descriptions.en ?? '',
  descriptionRu: o.descriptions.ru ?? '',
  sdgs: o.sdgs.map(String),
  tags: o.tags.join(', '),
  workingLanguages: o.workingLanguages.join(', '),
  socialLinks: o.socialLinks.join('\n'),
  iatiIdentifier: o.iatiIdentifier ?? '',
  iatiType: o.iatiType ? String(o.iatiType) : '',
});
