/** The post form (new, reply, quote) and the edit form; error messages are catalogue keys. */
import { z } from 'zod';

/** The longest post, in characters: a long essay, far below the form's 1 MB. */
export const POST_MAX_CHARS = 20_000;

export const POST_LANGUAGES = ['az', 'en', 'ru', 'other'] as const;

export const postBody = z
  .string({ message: 'validation.discussions.body.required' })
  .trim()
  .min(1, { message: 'validation.discussions.body.required' })
  .refine((text) => text.length <= POST_MAX_CHARS, {
    message: 'validation.discussions.body.tooLong',
  });

/** '' (or nothing): detect it from the text. */
export const postLanguage = z
  .union([z.literal(''), z.enum(POST_LANGUAGES)], {
    message: 'validation.discussions.language.invalid',
  })
  .optional()
  .transform((value) => value || undefined);

const optionalId = z
  .string()
  .optional()
  .transform((value) => value || undefined);

export const PostWriteSchema = z.object({
  body: postBody,
  language: postLanguage,
  onBehalfOf: z.string().optional(),
  replyTo: optionalId,
  quote: optionalId,
});
export type PostWrite = z.infer<typeof PostWriteSchema>;

export const PostEditSchema = z.object({ body: postBody, language: postLanguage });
export type PostEdit = z.infer<typeof PostEditSchema>;

export const AgreeSchema = z.object({ agree: z.enum(['yes', 'no']) });

export const ThreadQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1),
  reply: z.string().max(64).optional().catch(undefined),
  quote: z.string().max(64).optional().catch(undefined),
});
