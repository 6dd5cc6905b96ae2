/**
 * The organisation API's request and response shapes, as published in the OpenAPI document.
 * A body is only type-checked here; its rules are OrganizationProfileSchema's (the form's), run
 * on toProfileForm()'s output, so a bad value gets the very message the form would show.
 */
import { z } from '@hono/zod-openapi';
import { DirectoryQuerySchema } from '../directory/service.js';

const text = (description: string, example?: string) =>
  z
    .string({ message: 'api.error.type.text' })
    .nullable()
    .optional()
    .openapi({ description: `${description}; null clears it`, example });
const number = (description: string, example?: number) =>
  z
    .number({ message: 'api.error.type.number' })
    .nullable()
    .optional()
    .openapi({ description: `${description}; null clears it`, example });
const strings = (description: string, example?: string[]) =>
  z
    .array(z.string(), { message: 'api.error.type.list' })
    .nullable()
    .optional()
    .openapi({ description: `${description}; null or [] clears it`, example });

const name = z
  .string({ message: 'validation.org.name.required' })
  .openapi({ description: 'Name in the organisation’s own language', example: 'Sahel Water' });
const country = z
  .string({ message: 'validation.org.country.required' })
  .openapi({ description: 'ISO 3166-1 alpha-2 country of registration', example: 'ML' });

const profileFields = {
  name: name.optional(),
  nameAz: text('Name in Azerbaijani'),
  nameEn: text('Name in English'),
  nameRu: text('Name in Russian'),
  acronym: text('Acronym', 'SWA'),
  legalForm: text('Legal form', 'Public union'),
  registrationNumber: text('Registration number'),
  registeringAuthority: text('Registering authority'),
  country: country.optional(),
  city: text('City', 'Bamako'),
  foundedYear: number('Year founded, 1800 to this year', 2004),
  website: text('Web address (http or https)', 'https://sahel-water.example'),
  email: text('Contact email address'),
  phone: text('Contact telephone number'),
  descriptionAz: text('Description in Azerbaijani (Markdown)'),
  descriptionEn: text('Description in English (Markdown)'),
  descriptionRu: text('Description in Russian (Markdown)'),
  sdgs: z
    .array(z.number(), { message: 'api.error.type.list' })
    .nullable()
    .optional()
    .openapi({ description: 'Sustainable Development Goals, 1–17', example: [6, 5] }),
  tags: strings('Thematic tags, at most 20 of 40 characters', ['water', 'women']),
  workingLanguages: strings('Working languages as ISO 639 codes', ['fr', 'bm']),
  socialLinks: strings('Social media addresses (http or https)'),
  iatiIdentifier: text('IATI organisation identifier', 'ML-RCA-12345'),
  iatiType: number('IATI OrganisationType code', 22),
};

/** PATCH body: any subset of the profile; what is left out keeps its value. */
export const OrganizationUpdateSchema = z.object(profileFields).openapi('OrganizationUpdate');
export type OrganizationUpdate = z.infer<typeof OrganizationUpdateSchema>;

/** POST body: as the update, with the two fields the form requires. */
export const OrganizationCreateSchema = z
  .object({ ...profileFields, name, country })
  .openapi('OrganizationCreate');

const LIST_SEPARATOR = { tags: '\n', workingLanguages: ' ', socialLinks: '\n' } as const;

/**
 * A JSON body as the form would submit it (text, lists as the form's separators), holding only
 * the fields the body gives; null becomes the empty value the form sends for a cleared field.
 */
export function toProfileForm(body: OrganizationUpdate): Record<string, string | string[]> {
  const form: Record<string, string | string[]> = {};
  for (const [field, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (field === 'sdgs') form.sdgs = ((value as number[] | null) ?? []).map(String);
    else if (field in LIST_SEPARATOR) {
      const separator = LIST_SEPARATOR[field as keyof typeof LIST_SEPARATOR];
      form[field] = ((value as string[] | null) ?? []).join(separator);
    } else form[field] = value === null ? '' : String(value);
  }
  return form;
}

export const OrganizationSlugParam = z.object({
  slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'swa-ml' }),
});

const QUERY_DESCRIPTIONS: Record<string, string> = {
  q: 'Full-text search over names in every language, acronym, description and tags',
  country: 'ISO 3166-1 alpha-2 country',
  region: 'UN M49 region or sub-region code, e.g. 002 (Africa)',
  gs: '1: only countries the platform counts as the Global South',
  sdg: 'Sustainable Development Goal, 1–17',
  type: 'IATI OrganisationType code',
  after: 'The `next` cursor of the previous page',
  verified: '1: only organisations with a current verification badge',
  all: '1: every organisation, not only network members (platform administrators only)',
};

/**
 * The directory's own query parameters (whatever DirectoryQuerySchema accepts, so a new facet
 * shows up here too), plus `facets`. Values are read by DirectoryQuerySchema, which ignores
 * what it does not recognise, as the directory page does.
 */
export const OrganizationListQuerySchema = z.object({
  ...Object.fromEntries(
    Object.keys(DirectoryQuerySchema.shape).map((name) => [
      name,
      z
        .string()
        .optional()
        .openapi({ description: QUERY_DESCRIPTIONS[name] ?? `Directory filter "${name}"` }),
    ]),
  ),
  facets: z
    .enum(['1'])
    .optional()
    .openapi({ description: '1: include facet counts (each counted without its own filter)' }),
});

const Count = z
  .object({ value: z.string(), label: z.string(), count: z.number().int() })
  .openapi('FacetCount');

export const OrganizationSummarySchema = z
  .object({
    slug: z.string(),
    name: z.string().openapi({ description: 'In the request’s language where known' }),
    acronym: z.string().nullable(),
    countryName: z.string(),
    city: z.string().nullable(),
    verified: z.boolean().openapi({ description: 'Holds a current verification badge' }),
    url: z.string().openapi({ description: 'This organisation in the API' }),
  })
  .openapi('OrganizationSummary');

export const OrganizationPageSchema = z
  .object({
    total: z.number().int(),
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `after` for the next page; null on the last page' }),
    organizations: z.array(OrganizationSummarySchema),
    facets: z
      .object({
        countries: z.array(Count),
        regions: z.array(Count),
        globalSouth: z.number().int(),
        verified: z.number().int(),
        sdgs: z.array(Count),
        types: z.array(Count),
      })
      .optional()
      .openapi({ description: 'Only with facets=1' }),
  })
  .openapi('OrganizationPage');

const translations = z
  .object({ az: z.string(), en: z.string(), ru: z.string() })
  .partial()
  .openapi('Translations');

export const OrganizationSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    displayName: z.string().openapi({ description: 'The name in the request’s language' }),
    names: translations,
    acronym: z.string().nullable(),
    legalForm: z.string().nullable(),
    registrationNumber: z.string().nullable(),
    registeringAuthority: z.string().nullable(),
    country: z.string(),
    countryName: z.string(),
    city: z.string().nullable(),
    foundedYear: z.number().int().nullable(),
    website: z.string().nullable(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    descriptions: translations,
    sdgs: z.array(z.number().int()),
    tags: z.array(z.string()),
    workingLanguages: z.array(z.string()),
    socialLinks: z.array(z.string()),
    iatiIdentifier: z.string().nullable(),
    iatiType: z.number().int().nullable(),
    membershipStatus: z.enum(['none', 'applied', 'member', 'rejected', 'suspended']),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Organization');
