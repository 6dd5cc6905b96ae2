/**
 * The event form (create and edit) and the events list's query. Error messages are catalogue
 * keys. Times arrive as local date and time in the chosen zone and leave as UTC instants.
 */
import { z } from 'zod';
import { COUNTRY_CODES, isCountryCode, SDG_NUMBERS } from '../../reference/index.js';
import type { EventKind, RegistrationMode } from '../tables.js';
import { DEFAULT_TIME_ZONE, isTimeZone, localToUtc } from './times.js';

export const EVENT_KINDS: readonly EventKind[] = [
  'forum',
  'conference',
  'side_event',
  'webinar',
  'general_assembly',
];
export const REGISTRATION_MODES: readonly RegistrationMode[] = ['open', 'approval', 'closed'];

/** Blank becomes undefined, so "not given" is stored as NULL or left out of the JSON. */
const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const localTime = (message: string) =>
  z
    .string({ message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, message);

export const EventSaveSchema = z
  .object({
    kind: z.enum(EVENT_KINDS as [EventKind, ...EventKind[]], {
      message: 'validation.event.kind.invalid',
    }),
    organizers: z.array(z.string().max(64)).default([]),
    titleAz: optionalText(200, 'validation.event.title.tooLong'),
    titleEn: optionalText(200, 'validation.event.title.tooLong'),
    titleRu: optionalText(200, 'validation.event.title.tooLong'),
    descriptionAz: optionalText(20_000, 'validation.event.description.tooLong'),
    descriptionEn: optionalText(20_000, 'validation.event.description.tooLong'),
    descriptionRu: optionalText(20_000, 'validation.event.description.tooLong'),
    timeZone: z
      .string()
      .trim()
      .optional()
      .transform((v) => v || DEFAULT_TIME_ZONE)
      .refine(isTimeZone, 'validation.event.timeZone.invalid'),
    startsAt: localTime('validation.event.startsAt.invalid'),
    endsAt: localTime('validation.event.endsAt.invalid'),
    venueName: optionalText(200, 'validation.text.tooLong'),
    venueAddress: optionalText(300, 'validation.text.tooLong'),
    venueCity: optionalText(100, 'validation.text.tooLong'),
    venueCountry: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : undefined))
      .refine((v) => v === undefined || isCountryCode(v), 'validation.event.venueCountry.invalid'),
    onlineUrl: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .url({ protocol: /^https$/, message: 'validation.event.onlineUrl.invalid' })
          .max(500, 'validation.event.onlineUrl.invalid')
          .optional(),
      ),
    sdgs: z
      .array(z.string())
      .default([])
      .transform((values) => [...new Set(values.map(Number))])
      .pipe(
        z.array(z.number().refine((n) => SDG_NUMBERS.includes(n), 'validation.event.sdgs.invalid')),
      ),
    parent: optionalText(200, 'validation.event.parent.invalid'),
    series: optionalText(200, 'validation.text.tooLong'),
    capacity: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? Number(v) : undefined))
      .pipe(
        z
          .number({ message: 'validation.event.capacity.invalid' })
          .int('validation.event.capacity.invalid')
          .min(1, 'validation.event.capacity.invalid')
          .max(1_000_000, 'validation.event.capacity.invalid')
          .optional(),
      ),
    registrationMode: z
      .enum(REGISTRATION_MODES as [RegistrationMode, ...RegistrationMode[]], {
        message: 'validation.event.registrationMode.invalid',
      })
      .default('open'),
    registrationDeadline: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(localTime('validation.event.registrationDeadline.invalid').optional()),
  })
  .transform((form, ctx) => {
    const problem = (path: string, message: string) => {
      ctx.addIssue({ code: 'custom', path: [path], message });
      return z.NEVER;
    };
    const title = { az: form.titleAz, en: form.titleEn, ru: form.titleRu };
    if (!title.az && !title.en && !title.ru) problem('title', 'validation.event.title.required');
    const startsAt = localToUtc(form.startsAt, form.timeZone);
    const endsAt = localToUtc(form.endsAt, form.timeZone);
    if (!startsAt) problem('startsAt', 'validation.event.startsAt.invalid');
    if (!endsAt) problem('endsAt', 'validation.event.endsAt.invalid');
    else if (startsAt && endsAt <= startsAt) {
      problem('endsAt', 'validation.event.endsAt.beforeStart');
    }
    const hasVenue = Boolean(
      form.venueName || form.venueAddress || form.venueCity || form.venueCountry,
    );
    if (hasVenue && !form.venueName) problem('venueName', 'validation.event.venueName.required');
    if (!hasVenue && !form.onlineUrl) problem('place', 'validation.event.place.required');
    let registrationDeadline: string | null = null;
    if (form.registrationDeadline) {
      registrationDeadline = localToUtc(form.registrationDeadline, form.timeZone);
      if (!registrationDeadline) {
        problem('registrationDeadline', 'validation.event.registrationDeadline.invalid');
      } else if (endsAt && registrationDeadline > endsAt) {
        problem('registrationDeadline', 'validation.event.registrationDeadline.afterEnd');
      }
    }
    if (form.parent && form.kind !== 'side_event') {
      problem('parent', 'validation.event.parent.notSideEvent');
    }
    return {
      kind: form.kind,
      organizers: [...new Set(form.organizers)],
      title,
      description: { az: form.descriptionAz, en: form.descriptionEn, ru: form.descriptionRu },
      timeZone: form.timeZone,
      startsAt: startsAt ?? '',
      endsAt: endsAt ?? '',
      venue: hasVenue
        ? {
            name: form.venueName ?? '',
            address: form.venueAddress ?? null,
            city: form.venueCity ?? null,
            country: form.venueCountry ?? null,
          }
        : null,
      onlineUrl: form.onlineUrl ?? null,
      sdgs: form.sdgs,
      parent: form.parent ?? null,
      series: form.series ?? null,
      capacity: form.capacity ?? null,
      registrationMode: form.registrationMode,
      registrationDeadline,
    };
  });
export type EventSaveInput = z.infer<typeof EventSaveSchema>;

/**
 * The edit form's "move the programme with the event": a checkbox, so absent means unticked.
 * Apart from EventSaveSchema because it is no property of the event, only of this save.
 */
export const EventProgrammeMoveSchema = z.object({
  moveProgramme: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});

/** The form's fields that come as lists (checkbox groups). */
export const EVENT_FORM_LISTS = ['organizers', 'sdgs'] as const;

const optionalNumber = (allowed: readonly number[]) =>
  z
    .string()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(
      z
        .number()
        .refine((n) => allowed.includes(n))
        .optional(),
    )
    .catch(undefined);

/** The events list's query string; anything unrecognised is ignored rather than refused. */
export const EventListQuerySchema = z.object({
  when: z.enum(['upcoming', 'past']).default('upcoming').catch('upcoming'),
  q: z.string().max(200).optional().catch(undefined),
  kind: z
    .enum(EVENT_KINDS as [EventKind, ...EventKind[]])
    .optional()
    .catch(undefined),
  country: z
    .string()
    .toUpperCase()
    .refine((c) => COUNTRY_CODES.includes(c))
    .optional()
    .catch(undefined),
  org: z
    .string()
    .max(100)
    .regex(/^[a-z0-9-]+$/)
    .optional()
    .catch(undefined),
  sdg: optionalNumber(SDG_NUMBERS),
  after: z.string().max(200).optional().catch(undefined),
});
export type EventListQuery = z.infer<typeof EventListQuerySchema>;
