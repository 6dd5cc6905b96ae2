/** The form that opens a discussion with its first post; error messages are catalogue keys. */
import { z } from 'zod';
import { postBody, postLanguage } from '../post/schema.js';

export const VISIBILITIES = ['public', 'members', 'participants'] as const;

/** The parent as the form names it: `network`, `event:<id>` or `session:<id>`. */
export const parentField = z
  .string({ message: 'validation.discussions.parent.unknown' })
  .transform((value, context) => {
    if (value === 'network') return { kind: 'network' as const };
    const match = /^(event|session):([0-9a-zA-Z-]{1,64})$/.exec(value);
    if (!match) {
      context.addIssue({ code: 'custom', message: 'validation.discussions.parent.unknown' });
      return z.NEVER;
    }
    return { kind: match[1] as 'event' | 'session', id: match[2]! };
  });
export type ParentRef = z.infer<typeof parentField>;

export const DiscussionOpenSchema = z.object({
  parent: parentField,
  title: z
    .string({ message: 'validation.discussions.title.required' })
    .trim()
    .min(1, { message: 'validation.discussions.title.required' })
    .max(200, { message: 'validation.discussions.title.tooLong' }),
  visibility: z.enum(VISIBILITIES, { message: 'validation.discussions.visibility.invalid' }),
  body: postBody,
  language: postLanguage,
  onBehalfOf: z.string().optional(),
});
export type DiscussionOpen = z.infer<typeof DiscussionOpenSchema>;

export const NewDiscussionQuerySchema = z.object({
  parent: z.string().max(80).catch('network').default('network'),
});
