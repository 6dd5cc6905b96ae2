/** The administration's forms. */
import { DateTime } from 'luxon';
import { z } from 'zod';

/** `confirm`: making an administrator needs the confirmation page's answer; removing does not. */
export const AdminRoleChangeSchema = z.object({
  admin: z.enum(['grant', 'revoke']),
  confirm: z.literal('yes').optional(),
});

/** An empty field is no filter. */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.audit.tooLong')
    .optional()
    .transform((value) => value || undefined);

/** A day as a date input sends it, 2025-10-20; empty for none. */
const optionalDay = z
  .string()
  .trim()
  .optional()
  .transform((value) => value || undefined)
  .refine(
    (value) =>
      value === undefined ||
      (/^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid),
    'validation.audit.date',
  );

/** The audit page's filters (a GET form) and its keyset cursor. */
export const AuditQuerySchema = z
  .object({
    person: optionalText(100),
    action: optionalText(200),
    from: optionalDay,
    to: optionalDay,
    before: optionalText(100),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'validation.audit.dateOrder',
  });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
