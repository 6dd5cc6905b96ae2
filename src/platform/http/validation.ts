/**
 * Form and body validation with zod. Schemas carry message keys (e.g. 'validation.email.invalid')
 * as their error messages, so the same schema serves every language: the view translates the
 * key at the field, and the API returns both the key and the English text.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/index.js';

export type FieldErrorKeys = Partial<Record<string, MessageKey>>;

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrorKeys };

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
  return { ok: false, errors };
}

/** The string fields of a submitted form (files and repeated fields are not expected here). */
export async function readForm(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(
    Object.entries(body).filter(([, v]) => typeof v === 'string'),
  ) as Record<string, string>;
}
