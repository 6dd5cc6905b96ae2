/**
 * What of an organisation the API returns: explicit whitelists, so a column added to the table
 * or to the view's presenter does not leak into the API by itself.
 */
import type { z } from '@hono/zod-openapi';
import type { Directory } from '../directory/service.js';
import type { OrganizationView } from '../profile/presenters.js';
import type {
  OrganizationPageSchema,
  OrganizationSchema,
  OrganizationSummarySchema,
} from './schema.js';

type ApiOrganization = z.infer<typeof OrganizationSchema>;
type ApiSummary = z.infer<typeof OrganizationSummarySchema>;
type ApiPage = z.infer<typeof OrganizationPageSchema>;

export const apiOrganizationUrl = (baseUrl: string, slug: string) =>
  `${baseUrl}/api/v1/organizations/${encodeURIComponent(slug)}`;

export const presentOrganizationForApi = (o: OrganizationView): ApiOrganization => ({
  slug: o.slug,
  name: o.name,
  displayName: o.displayName,
  names: { ...o.names },
  acronym: o.acronym,
  legalForm: o.legalForm,
  registrationNumber: o.registrationNumber,
  registeringAuthority: o.registeringAuthority,
  country: o.country,
  countryName: o.countryName,
  city: o.city,
  foundedYear: o.foundedYear,
  website: o.website,
  email: o.email,
  phone: o.phone,
  descriptions: { ...o.descriptions },
  sdgs: o.sdgs,
  tags: o.tags,
  workingLanguages: o.workingLanguages,
  socialLinks: o.socialLinks,
  iatiIdentifier: o.iatiIdentifier,
  iatiType: o.iatiType,
  membershipStatus: o.membershipStatus,
  createdAt: o.createdAt,
  updatedAt: o.updatedAt,
});

type Facet = { value: string; label: string; count: number };
const counts = (facet: readonly Facet[]) =>
  facet.map(({ value, label, count }) => ({ value, label, count }));

/** One directory page; facet counts only when asked for, since most clients just page through. */
export function presentDirectoryPageForApi(
  directory: Directory,
  baseUrl: string,
  withFacets: boolean,
): ApiPage {
  const organizations = directory.organizations.map(
    (o): ApiSummary => ({
      slug: o.slug,
      name: o.name,
      acronym: o.acronym,
      countryName: o.countryName,
      city: o.city,
      verified: o.verified,
      url: apiOrganizationUrl(baseUrl, o.slug),
    }),
  );
  const { facets } = directory;
  return {
    total: Number(directory.total),
    next: directory.next ?? null,
    organizations,
    ...(withFacets && {
      facets: {
        countries: counts(facets.countries),
        regions: counts(facets.regions),
        globalSouth: facets.globalSouth,
        verified: facets.verified,
        sdgs: counts(facets.sdgs),
        types: counts(facets.types),
      },
    }),
  };
}
