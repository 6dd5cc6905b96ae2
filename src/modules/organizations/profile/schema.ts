/** The organisation profile form and API body; error messages are catalogue keys. */
import { z } from 'zod';
import {
  IATI_IDENTIFIER,
  IATI_TYPE_CODES,
  isCountryCode,
  LANGUAGE_CODE,
  SDG_NUMBERS,
} from '../../reference/index.js';

/** An optional text field: blank becomes undefined, so "not given" is stored as NULL. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .transform((v) => (v === '' ? undefined : v))
    .optional();

const httpUrl = z
  .url({ protocol: /^https?$/, message: 'validation.url.invalid' })
  .max(300, 'validation.url.invalid');

/** Comma- or newline-separated text as a list of trimmed, distinct, non-empty items. */
const list = (separator: RegExp) =>
  z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? '')
          .split(separator)
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ]);

const thisYear = new Date().getUTCFullYear();

export const OrganizationProfileSchema = z.object({
  name: z
    .string({ message: 'validation.org.name.required' })
    .trim()
    .min(1, 'validation.org.name.required')
    .max(200, 'validation.org.name.tooLong'),
  nameAz: optionalText(200, 'validation.org.name.tooLong'),
  nameEn: optionalText(200, 'validation.org.name.tooLong'),
  nameRu: optionalText(200, 'validation.org.name.tooLong'),
  acronym: optionalText(20, 'validation.org.acronym.tooLong'),
  legalForm: optionalText(100, 'validation.text.tooLong'),
  registrationNumber: optionalText(60, 'validation.text.tooLong'),
  registeringAuthority: optionalText(200, 'validation.text.tooLong'),
  country: z
    .string({ message: 'validation.org.country.required' })
    .trim()
    .toUpperCase()
    .refine(isCountryCode, 'validation.org.country.required'),
  city: optionalText(100, 'validation.text.tooLong'),
  foundedYear: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number({ message: 'validation.org.foundedYear.invalid' })
        .int('validation.org.foundedYear.invalid')
        .min(1800, 'validation.org.foundedYear.invalid')
        .max(thisYear, 'validation.org.foundedYear.invalid')
        .optional(),
    ),
  website: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(httpUrl.optional()),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .email({ message: 'validation.email.invalid' })
        .max(254, 'validation.email.invalid')
        .optional(),
    ),
  phone: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(
      z
        .string()
        .regex(/^\+?[0-9 ()-]{6,25}$/, 'validation.org.phone.invalid')
        .optional(),
    ),
  descriptionAz: optionalText(10_000, 'validation.org.description.tooLong'),
  descriptionEn: optionalText(10_000, 'validation.org.description.tooLong'),
  descriptionRu: optionalText(10_000, 'validation.org.description.tooLong'),
  sdgs: z
    .array(z.string())
    .default([])
    .transform((values) => [...new Set(values.map(Number))])
    .pipe(
      z.array(z.number().refine((n) => SDG_NUMBERS.includes(n), 'validation.org.sdgs.invalid')),
    ),
  tags: list(/[,\n]/).pipe(
    z
      .array(z.string().max(40, 'validation.org.tags.invalid'))
      .max(20, 'validation.org.tags.invalid'),
  ),
  workingLanguages: list(/[,\s]+/).pipe(
    z
      .array(z.string().toLowerCase().regex(LANGUAGE_CODE, 'validation.org.languages.invalid'))
      .max(20, 'validation.org.languages.invalid'),
  ),
  socialLinks: list(/\s+/).pipe(z.array(httpUrl).max(10, 'validation.url.invalid')),
  iatiIdentifier: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .pipe(z.string().regex(IATI_IDENTIFIER, 'validation.org.iatiIdentifier.invalid').optional()),
  iatiType: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number()
        .refine((n) => IATI_TYPE_CODES.includes(n), 'validation.org.iatiType.invalid')
        .optional(),
    ),
});
export type OrganizationProfileInput = z.infer<typeof OrganizationProfileSchema>;

export const MemberRoleChangeSchema = z.object({
  role: z.enum(['owner', 'admin', 'member'], { message: 'validation.org.role.invalid' }),
});
