/**
 * The programme's forms (rooms, sessions) and the programme page's filters. Messages are
 * catalogue keys. Session times arrive as local date and time in the event's zone, so the
 * session schema is made for that zone and hands on UTC instants.
 */
import { z } from 'zod';
import type { Translations } from '../../../platform/i18n/translations.js';
import { SDG_NUMBERS } from '../../reference/index.js';
import { localToUtc } from '../event/times.js';
import type { SessionKind } from '../tables.js';

export const SESSION_KINDS: readonly SessionKind[] = ['plenary', 'panel', 'workshop', 'side_event'];

const optionalText = (max: number, message: string) =>
  z
    .string()
    .trim()
    .max(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

const seats = (message: string) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : undefined))
    .pipe(z.number({ message }).int(message).min(1, message).max(100_000, message).optional());

export const RoomSaveSchema = z.object({
  name: z
    .string({ message: 'validation.room.name.required' })
    .trim()
    .min(1, 'validation.room.name.required')
    .max(100, 'validation.text.tooLong'),
  nameAz: optionalText(100, 'validation.text.tooLong'),
  nameEn: optionalText(100, 'validation.text.tooLong'),
  nameRu: optionalText(100, 'validation.text.tooLong'),
  capacity: seats('validation.room.capacity.invalid'),
});
type RoomForm = z.infer<typeof RoomSaveSchema>;
/** A room to save; its name in other languages may be left out. */
export type RoomSaveInput = Omit<RoomForm, 'nameAz' | 'nameEn' | 'nameRu'> &
  Partial<Pick<RoomForm, 'nameAz' | 'nameEn' | 'nameRu'>>;

/**
 * A speaker as typed on one line: an e-mail address of a person on Concord, or a guest's name;
 * either may be followed by a comma and the organisation to show.
 */
export type SpeakerLine = { email?: string; name?: string; organization?: string };

const EMAIL = /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/;

export function parseSpeakerLine(line: string): SpeakerLine | null {
  const text = line.trim();
  if (!text) return null;
  const comma = text.indexOf(',');
  const who = (comma === -1 ? text : text.slice(0, comma)).trim();
  const organization = comma === -1 ? undefined : text.slice(comma + 1).trim() || undefined;
  return EMAIL.test(who) ? { email: who.toLowerCase(), organization } : { name: who, organization };
}

const speakerLines = (message: string) =>
  z
    .string()
    .max(5_000, message)
    .optional()
    .transform((v) =>
      (v ?? '')
        .split(/\r?\n/)
        .map(parseSpeakerLine)
        .filter((s): s is SpeakerLine => s !== null),
    )
    .refine(
      (lines) =>
        lines.length <= 30 &&
        lines.every(
          (s) => (s.name ?? s.email ?? '').length <= 200 && (s.organization ?? '').length <= 200,
        ),
      message,
    );

/**
 * Topics typed as a list separated by commas: the session's topics, or the same topics in one
 * language, in the same order (so the n-th of each list names one topic).
 */
const topics = z
  .string()
  .max(1_000, 'validation.text.tooLong')
  .optional()
  .transform((v) =>
    (v ?? '')
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean),
  )
  .refine((list) => new Set(list).size <= 10 && list.every((t) => t.length <= 50), {
    message: 'validation.session.tags.invalid',
  });

/** Each topic once, with its text in the languages given (the first mention wins). */
function sessionTopics(tags: string[], translated: Record<'Az' | 'En' | 'Ru', string[]>) {
  const seen = new Set<string>();
  return tags.flatMap((tag, i) => {
    if (seen.has(tag)) return [];
    seen.add(tag);
    const translations: Translations = {
      az: translated.Az[i],
      en: translated.En[i],
      ru: translated.Ru[i],
    };
    return [{ tag, translations }];
  });
}

const localTime = (message: string) =>
  z
    .string({ message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, message);

/** @example const input = validate(SessionSaveSchema(event.time_zone), form) */
export const SessionSaveSchema = (timeZone: string) =>
  z
    .object({
      kind: z.enum(SESSION_KINDS as [SessionKind, ...SessionKind[]], {
        message: 'validation.session.kind.invalid',
      }),
      titleAz: optionalText(200, 'validation.event.title.tooLong'),
      titleEn: optionalText(200, 'validation.event.title.tooLong'),
      titleRu: optionalText(200, 'validation.event.title.tooLong'),
      descriptionAz: optionalText(10_000, 'validation.event.description.tooLong'),
      descriptionEn: optionalText(10_000, 'validation.event.description.tooLong'),
      descriptionRu: optionalText(10_000, 'validation.event.description.tooLong'),
      startsAt: localTime('validation.event.startsAt.invalid'),
      endsAt: localTime('validation.event.endsAt.invalid'),
      room: optionalText(64, 'validation.session.room.invalid'),
      track: optionalText(80, 'validation.text.tooLong'),
      trackAz: optionalText(80, 'validation.text.tooLong'),
      trackEn: optionalText(80, 'validation.text.tooLong'),
      trackRu: optionalText(80, 'validation.text.tooLong'),
      tags: topics.transform((tags) => tags.map((t) => t.toLowerCase())),
      tagsAz: topics,
      tagsEn: topics,
      tagsRu: topics,
      sdgs: z
        .array(z.string())
        .default([])
        .transform((values) => [...new Set(values.map(Number))])
        .pipe(
          z.array(
            z.number().refine((n) => SDG_NUMBERS.includes(n), 'validation.event.sdgs.invalid'),
          ),
        ),
      capacity: seats('validation.event.capacity.invalid'),
      speakers: speakerLines('validation.session.speakers.invalid'),
      moderator: speakerLines('validation.session.moderator.invalid').refine(
        (lines) => lines.length <= 1,
        'validation.session.moderator.one',
      ),
      /** The organiser saw the speakers' other commitments and saves anyway. */
      confirmOverlap: z
        .string()
        .optional()
        .transform((v) => v === '1'),
    })
    .transform((form, ctx) => {
      const problem = (path: string, message: string) => {
        ctx.addIssue({ code: 'custom', path: [path], message });
        return z.NEVER;
      };
      const title = { az: form.titleAz, en: form.titleEn, ru: form.titleRu };
      const trackTranslations = { az: form.trackAz, en: form.trackEn, ru: form.trackRu };
      const translated = { Az: form.tagsAz, En: form.tagsEn, Ru: form.tagsRu };
      for (const [lang, list] of Object.entries(translated)) {
        if (list.length > 0 && list.length !== form.tags.length) {
          problem(`tags${lang}`, 'validation.session.tags.translations');
        }
      }
      if (!title.az && !title.en && !title.ru)
        problem('title', 'validation.session.title.required');
      const startsAt = localToUtc(form.startsAt, timeZone);
      const endsAt = localToUtc(form.endsAt, timeZone);
      if (!startsAt) problem('startsAt', 'validation.event.startsAt.invalid');
      if (!endsAt) problem('endsAt', 'validation.event.endsAt.invalid');
      else if (startsAt && endsAt <= startsAt) {
        problem('endsAt', 'validation.session.endsAt.beforeStart');
      }
      return {
        kind: form.kind,
        title,
        description: { az: form.descriptionAz, en: form.descriptionEn, ru: form.descriptionRu },
        startsAt: startsAt ?? '',
        endsAt: endsAt ?? '',
        roomId: form.room ?? null,
        // A track named only in other languages is known by the first of them.
        track: form.track ?? form.trackEn ?? form.trackAz ?? form.trackRu ?? null,
        trackTranslations,
        tags: sessionTopics(form.tags, translated),
        sdgs: form.sdgs,
        capacity: form.capacity ?? null,
        speakers: [
          ...form.moderator.map((s) => ({ ...s, role: 'moderator' as const })),
          ...form.speakers.map((s) => ({ ...s, role: 'speaker' as const })),
        ],
        confirmOverlap: form.confirmOverlap,
      };
    });
export type SessionSaveInput = z.infer<ReturnType<typeof SessionSaveSchema>>;

/** The session form's fields that come as lists. */
export const SESSION_FORM_LISTS = ['sdgs'] as const;

/** The programme page's filters: unknown values are ignored, so a shared link never breaks. */
export const ProgrammeQuerySchema = z.object({
  day: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  track: z
    .string()
    .trim()
    .max(80)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
  topic: z
    .string()
    .trim()
    .toLowerCase()
    .max(50)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined),
});
export type ProgrammeQuery = z.infer<typeof ProgrammeQuerySchema>;
