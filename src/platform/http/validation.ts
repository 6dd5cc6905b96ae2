/**
 * Form and body validation with zod. Schemas carry message keys (e.g. 'validation.email.invalid')
 * as their error messages, so the same schema serves every language: the view translates the
 * key at the field, and the API returns both the key and the English text.
 */
import type { Context } from 'hono';
import type { z } from 'zod';
import { isMessageKey, type MessageKey } from '../i18n/index.js';
import { type Invalid, invalidFields, type Problems } from '../outcome.js';

/** The data, or the one Invalid shape (platform/outcome.ts). */
export type Validated<T> = { ok: true; data: T } | Invalid;

type Issue = { path: readonly PropertyKey[]; message: string };

/**
 * The first problem of each field among a schema's issues. Schemas carry catalogue keys as
 * messages; an issue without one (a type the schema did not foresee) gets `unknown`.
 */
export function problemsFromIssues(
  issues: readonly Issue[],
  whole: string,
  unknown: MessageKey,
): Problems {
  const problems: Problems = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? whole);
    problems[field] ??= { key: isMessageKey(issue.message) ? issue.message : unknown };
  }
  return problems;
}

/** Validates `input`; the first problem of each field is kept, named by the field. */
export function validate<S extends z.ZodType>(schema: S, input: unknown): Validated<z.infer<S>> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, data: result.data };
  return invalidFields(problemsFromIssues(result.error.issues, '_form', 'error.400'));
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
