/**
 * The forms of network membership and verification; error messages are catalogue keys. The
 * uploaded documents are checked from their bytes by membership.ts, not here.
 */
import { z } from 'zod';

/** Browsers send a textarea's line breaks as CRLF; they are stored as LF. */
const text = (message?: string) =>
  z.string(message ? { message } : undefined).transform((v) => v.replace(/\r\n?/g, '\n').trim());

const requiredText = (max: number, required: string, tooLong: string) =>
  text(required).pipe(z.string().min(1, required).max(max, tooLong));

const optionalText = (max: number, tooLong: string) =>
  text()
    .pipe(z.string().max(max, tooLong))
    .optional()
    .transform((v) => (v ? v : undefined));

export const MembershipApplicationSchema = z.object({
  motivation: requiredText(
    5000,
    'validation.membership.motivation.required',
    'validation.membership.motivation.tooLong',
  ),
});
export type MembershipApplicationInput = z.infer<typeof MembershipApplicationSchema>;

/** An approval, or a reinstatement, may carry a note to the organisation. */
export const ApplicationApprovalSchema = z.object({
  note: optionalText(2000, 'validation.membership.reason.tooLong'),
});

export const ApplicationRejectionSchema = z.object({
  reason: requiredText(
    2000,
    'validation.membership.reason.required',
    'validation.membership.reason.tooLong',
  ),
});

export const MembershipSuspensionSchema = ApplicationRejectionSchema;

export const MembershipReinstatementSchema = ApplicationApprovalSchema;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD (so 2026-02-30 is refused). */
export const isCalendarDay = (value: string) => {
  if (!DAY.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
};

/**
 * The verification form. `today` and `latest` (YYYY-MM-DD, in the instance's time zone) bound
 * the last day of validity: after today, and no later than `latest`.
 */
export const organizationVerificationSchema = (today: string, latest: string) =>
  z.object({
    evidence: requiredText(
      5000,
      'validation.verification.evidence.required',
      'validation.verification.evidence.tooLong',
    ),
    validUntil: z
      .string({ message: 'validation.verification.validUntil.invalid' })
      .trim()
      .refine(isCalendarDay, 'validation.verification.validUntil.invalid')
      .refine((day) => day > today, 'validation.verification.validUntil.past')
      .refine((day) => day <= latest, 'validation.verification.validUntil.tooFar'),
  });
export type OrganizationVerificationInput = z.infer<
  ReturnType<typeof organizationVerificationSchema>
>;
