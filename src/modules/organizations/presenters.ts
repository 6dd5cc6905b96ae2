/** What of an organisation leaves the server, for views and the API alike. */
import type { Locale } from '../../platform/i18n/index.js';
import { countryName } from '../countries/index.js';
import type { OrganizationRow } from './queries.js';

type Translations = Partial<Record<Locale, string>>;

const parse = <T>(json: string, fallback: T): T => {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
};

/** Text in the requested language, else the original, else any language there is. */
export function pickTranslation(texts: Translations, locale: Locale, original?: string) {
  return texts[locale] ?? original ?? Object.values(texts).find(Boolean) ?? '';
}

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
