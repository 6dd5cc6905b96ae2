/**
 * The events API's request and response shapes, as published in the OpenAPI document. The
 * list's parameters are those of the /events page, but a value the page would quietly ignore
 * is refused here with 422, so a client learns of its mistake instead of getting every event.
 */
import { z } from '@hono/zod-openapi';
import { isCountryCode, SDG_NUMBERS } from '../../reference/index.js';
import { decodeCursor } from '../event/listing.js';
import { EVENT_KINDS, REGISTRATION_MODES } from '../event/schema.js';
import { SESSION_KINDS } from '../programme/schema.js';
import type { EventKind, RegistrationMode, SessionKind } from '../tables.js';

const KINDS = EVENT_KINDS as [EventKind, ...EventKind[]];
const MODES = REGISTRATION_MODES as [RegistrationMode, ...RegistrationMode[]];
const STATUSES = ['draft', 'published', 'cancelled', 'finished'] as const;

export const EventListApiQuerySchema = z.object({
  when: z
    .enum(['upcoming', 'past'], { message: 'api.error.invalid' })
    .optional()
    .openapi({ description: 'upcoming (default: not yet ended, soonest first) or past' }),
  q: z
    .string()
    .max(200, 'validation.text.tooLong')
    .optional()
    .openapi({ description: 'Full-text search over titles in every language, place, description' }),
  kind: z.enum(KINDS, { message: 'validation.event.kind.invalid' }).optional(),
  country: z
    .string()
    .refine((c) => isCountryCode(c.toUpperCase()), 'validation.event.venueCountry.invalid')
    .optional()
    .openapi({ description: 'ISO 3166-1 alpha-2 country of the venue', example: 'AZ' }),
  org: z
    .string()
    .max(100, 'api.error.invalid')
    .regex(/^[a-z0-9-]+$/, 'api.error.invalid')
    .optional()
    .openapi({ description: 'Slug of an organiser organisation' }),
  sdg: z
    .string()
    .refine((v) => /^\d+$/.test(v) && SDG_NUMBERS.includes(Number(v)), {
      message: 'validation.event.sdgs.invalid',
    })
    .optional()
    .openapi({ description: 'Sustainable Development Goal, 1–17' }),
  after: z
    .string()
    .max(200, 'api.error.invalid')
    .refine((v) => decodeCursor(v) !== undefined, 'api.error.invalid')
    .optional()
    .openapi({ description: 'The `next` cursor of the previous page' }),
});

export const EventSlugParam = z.object({
  slug: z
    .string()
    .openapi({ param: { name: 'slug', in: 'path' }, example: 'cooperation-forum-2027' }),
});

const translations = z
  .object({ az: z.string(), en: z.string(), ru: z.string() })
  .partial()
  .openapi({ description: 'The text in each language it was written in' });
const lang = z
  .enum(['az', 'en', 'ru'])
  .nullable()
  .openapi({ description: 'The language of the text chosen; null when there is none' });
const nameLang = z
  .enum(['az', 'en', 'ru'])
  .nullable()
  .openapi({
    description:
      'The language of the text given: the request’s when there is a translation into it; ' +
      'null when the text is as first written, in no recorded language',
  });
const nameTranslations = translations.openapi({
  description: 'Its translations, in each language there is one (none for most)',
});
const localTime = (description: string) =>
  z.string().openapi({ description, example: '2027-10-20T10:00:00+04:00' });
const titled = z.object({ slug: z.string(), title: z.string() });

export const EventLinksSchema = z
  .object({
    self: z.string().openapi({ description: 'This event in the API' }),
    page: z.string().openapi({ description: 'The event page' }),
    programme: z.string().openapi({ description: 'The programme in the API' }),
    figures: z.string().openapi({ description: 'Participation figures (JSON)' }),
    calendar: z.string().openapi({ description: 'The event as an iCalendar file' }),
  })
  .openapi('EventLinks');

export const EventSummarySchema = z
  .object({
    slug: z.string(),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES),
    title: z.string().openapi({ description: 'In the request’s language where known' }),
    titleLang: lang,
    startsAt: localTime('Start, with the offset of the event’s time zone'),
    endsAt: localTime('End, with the offset of the event’s time zone'),
    timeZone: z.string().openapi({ description: 'IANA time zone', example: 'Asia/Baku' }),
    city: z.string().nullable(),
    country: z.string().nullable().openapi({ description: 'ISO 3166-1 alpha-2' }),
    countryName: z.string().nullable(),
    online: z.boolean().openapi({ description: 'Has an online link' }),
    url: z.string().openapi({ description: 'This event in the API' }),
  })
  .openapi('EventSummary');

export const EventPageSchema = z
  .object({
    next: z
      .string()
      .nullable()
      .openapi({ description: 'Pass as `after` for the next page; null on the last page' }),
    events: z.array(EventSummarySchema),
  })
  .openapi('EventPage');

export const EventSchema = z
  .object({
    slug: z.string(),
    kind: z.enum(KINDS),
    status: z.enum(STATUSES).openapi({ description: 'Drafts only for their organisers' }),
    title: z.string().openapi({ description: 'In the request’s language where known' }),
    titleLang: lang,
    titles: translations,
    description: z.string().openapi({ description: 'Markdown, in the request’s language' }),
    descriptionLang: lang,
    descriptions: translations,
    startsAt: localTime('Start, with the offset of the event’s time zone'),
    endsAt: localTime('End, with the offset of the event’s time zone'),
    timeZone: z.string().openapi({ description: 'IANA time zone', example: 'Asia/Baku' }),
    venue: z
      .object({
        name: z.string(),
        address: z.string().nullable(),
        city: z.string().nullable(),
        country: z.string().nullable(),
        countryName: z.string().nullable(),
      })
      .nullable(),
    online: z.boolean().openapi({ description: 'Whether people take part online' }),
    onlineUrl: z
      .string()
      .nullable()
      .optional()
      .openapi({
        description:
          'The meeting link, only for the event’s organisers, platform administrators and ' +
          'people holding a confirmed seat; omitted for everyone else. Null: not online',
      }),
    organizers: z.array(z.object({ slug: z.string(), name: z.string() })),
    sdgs: z.array(z.number().int()),
    series: titled.nullable(),
    parent: titled
      .extend({ url: z.string() })
      .nullable()
      .openapi({ description: 'The host event of a side event' }),
    sideEvents: z.array(titled.extend({ status: z.enum(STATUSES), url: z.string() })),
    registration: z
      .object({
        mode: z.enum(MODES),
        open: z.boolean().openapi({ description: 'Whether one may register now' }),
        closedReason: z
          .string()
          .nullable()
          .openapi({ description: 'Why not, as a message code; null while open' }),
        deadline: z.string().nullable().openapi({ description: 'With the zone’s offset' }),
        capacity: z.number().int().nullable(),
        confirmed: z.number().int(),
        waitlisted: z.number().int(),
        seatsLeft: z.number().int().nullable(),
        organizations: z.array(z.object({ slug: z.string(), name: z.string() })).openapi({
          description: 'Organisations of confirmed participants who chose to be listed',
        }),
      })
      .openapi('EventRegistration'),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    links: EventLinksSchema,
  })
  .openapi('Event');

const Person = z.object({
  name: z.string(),
  organization: z.string().nullable().openapi({ description: 'A guest’s organisation' }),
});

export const ProgrammeSessionSchema = z
  .object({
    id: z.string().openapi({ description: 'Stable; the programme page’s anchor is session-{id}' }),
    kind: z.enum(SESSION_KINDS as [SessionKind, ...SessionKind[]]),
    title: z.string(),
    titleLang: lang,
    titles: translations,
    description: z.string().openapi({ description: 'Markdown, in the request’s language' }),
    descriptionLang: lang,
    descriptions: translations,
    startsAt: localTime('Start, with the offset of the event’s time zone'),
    endsAt: localTime('End, with the offset of the event’s time zone'),
    day: z.string().openapi({ description: 'Calendar day in the event’s zone, YYYY-MM-DD' }),
    room: z.string().nullable().openapi({
      description:
        'The room’s name in the request’s language where known, else as the venue names it',
    }),
    roomLang: nameLang,
    roomTranslations: nameTranslations,
    track: z.string().nullable().openapi({
      description:
        'The track in the request’s language where known, else as the organisers named it',
    }),
    trackLang: nameLang,
    trackTranslations: nameTranslations,
    trackValue: z
      .string()
      .nullable()
      .openapi({
        description:
          'The track as the organisers named it, the same in every language: the programme page’s ' +
          '`track` filter',
        example: 'Great Return',
      }),
    tags: z.array(z.string()).openapi({
      description: 'The topics in the request’s language where known, in its alphabetical order',
    }),
    topics: z
      .array(
        z.object({
          value: z.string().openapi({
            description:
              'As stored, in lower case and the same in every language: the programme page’s `topic` filter',
            example: 'housing',
          }),
          label: z.string().openapi({ description: 'In the request’s language where known' }),
          lang: nameLang,
          translations: nameTranslations,
        }),
      )
      .openapi({ description: 'The topics of `tags`, in the same order, each with its value' }),
    sdgs: z.array(z.number().int()),
    capacity: z.number().int().nullable(),
    moderators: z.array(Person),
    speakers: z.array(Person),
  })
  .openapi('ProgrammeSession');

export const ProgrammeSchema = z
  .object({
    event: z.object({ slug: z.string(), title: z.string(), url: z.string() }),
    timeZone: z.string(),
    rooms: z.array(z.string()).openapi({ description: 'As the sessions give them, each once' }),
    tracks: z.array(z.string()).openapi({ description: 'As the sessions give them, each once' }),
    tags: z.array(z.string()).openapi({ description: 'As the sessions give them, each once' }),
    sessions: z.array(ProgrammeSessionSchema).openapi({ description: 'By start, then room' }),
  })
  .openapi('Programme');
