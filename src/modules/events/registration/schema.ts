/** The forms of registration and check-in. Error messages are catalogue keys. */
import { z } from 'zod';
import { ConfirmedSchema } from '../../../ui/confirm.js';
import type { RegistrationStatus } from '../tables.js';
import { normalizeCode } from './code.js';

/** The register form: whom the person represents, and whether that organisation may be listed publicly. */
export const RegistrationCreateSchema = z.object({
  onBehalfOf: z.string().max(64).optional(),
  listed: z
    .string()
    .optional()
    .transform((v) => v === 'on' || v === '1'),
});
export type RegistrationCreateInput = z.infer<typeof RegistrationCreateSchema>;

/** Cancelling one's own registration: only with the confirmation page's `confirm=yes`. */
export const RegistrationCancelSchema = ConfirmedSchema;

/** An organiser's action on one registration (approve, reject, cancel, confirm a seat). */
export const RegistrationDecideSchema = z.object({
  registration: z.string({ message: 'error.400' }).min(1, 'error.400').max(64, 'error.400'),
});

const STATUSES: [RegistrationStatus, ...RegistrationStatus[]] = [
  'confirmed',
  'waitlisted',
  'pending',
  'cancelled',
  'rejected',
];

/**
 * The participants page's query: the overview of every status, or one status's pages. Anything
 * unrecognised is ignored rather than refused (an unknown status shows the overview).
 */
export const ParticipantsQuerySchema = z.object({
  status: z.enum(STATUSES).optional().catch(undefined),
  after: z.string().max(200).optional().catch(undefined),
  done: z.string().max(20).optional().catch(undefined),
});

/** An organiser moving a person's session place: from the session they hold, to another. */
export const SessionPlaceMoveSchema = z.object({
  from: z.string({ message: 'error.400' }).min(1, 'error.400').max(64, 'error.400'),
  to: z
    .string({ message: 'validation.move.to.invalid' })
    .min(1, 'validation.move.to.invalid')
    .max(64, 'validation.move.to.invalid'),
});
export type SessionPlaceMoveInput = z.infer<typeof SessionPlaceMoveSchema>;

/** The door code as typed or scanned. */
export const CheckinSchema = z.object({
  code: z.string({ message: 'validation.checkin.code.invalid' }).transform((v, ctx) => {
    const code = normalizeCode(v);
    if (!code) {
      ctx.addIssue({ code: 'custom', message: 'validation.checkin.code.invalid' });
      return z.NEVER;
    }
    return code;
  }),
});
