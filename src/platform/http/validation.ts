/**
 * Form and body validation with zod. Schemas carry message keys (e.g. 'validation.email.invalid')
 * as their error messages, so the same schema serves every language: the view translates the
 * key at the field, and the API returns both the key and the English text.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/index.js';
import { type Invalid, problemsFromKeys } from '../outcome.js';

export type FieldErrorKeys = Partial<Record<string, MessageKey>>;

/**
 * The data, or the one Invalid shape (platform/outcome.ts). `errors` repeats the problems as
 * bare keys for the callers not yet moved to `problems`; it goes when the last one has moved.
 */
export type Validated<T> = { ok: true; data: T } | (Invalid & { errors: FieldErrorKeys });

/** Validates `input`; the first problem of each field is kept, named by the field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrorKeys = {};
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '_form');
    if (errors[field]) continue;
    errors[field] = isMessageKey(issue.message) ? issue.message : 'error.400';
  }
  return { ok: false, status: 422, problems: problemsFromKeys(errors), errors };
}

/**
 * The text fields of a submitted form. Fields named in `lists` (checkbox groups, multiple
 * selects) come as arrays, possibly empty; any other field keeps its last value. Files are
 * left out: upload handlers read them on their own.
 */
export async function readForm<L extends string = never>(
  c: Context,
  lists: readonly L[] = [],
): Promise<Record<string, string> & Record<L, string[]>> {
  const body = await c.req.parseBody({ all: true });
  const form: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(body)) {
    const texts = (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string',
    );
    if ((lists as readonly string[]).includes(name)) form[name] = texts;
    else if (texts.length > 0) form[name] = texts[texts.length - 1]!;
  }
  for (const name of lists) form[name] ??= [];
  return form as Record<string, string> & Record<L, string[]>;
}
