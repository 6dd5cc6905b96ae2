/** The forms of delegations to external events; error messages are catalogue keys. */
import { z } from 'zod';
import { isCountryCode } from '../../reference/index.js';
import type { DelegateRole, TravelStatus } from '../tables.js';

export const DELEGATE_ROLES: readonly DelegateRole[] = ['head', 'member', 'speaker', 'support'];
/** In the order a trip is prepared; cancelled may come at any step. */
export const TRAVEL_STATUSES: readonly TravelStatus[] = [
  'planning',
  'visa_requested',
  'visa_granted',
  'booked',
  'travelled',
  'cancelled',
];

const text = (max: number, required: string, tooLong = 'validation.text.tooLong') =>
  z.string({ message: required }).trim().min(1, required).max(max, tooLong);
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, 'validation.text.tooLong')
    .optional()
    .transform((v) => (v ? v : null));
const day = (message: string) =>
  z
    .string({ message })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, message)
    .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)), message);
const id = z
  .string()
  .trim()
  .max(64)
  .optional()
  .transform((v) => (v ? v : null));

export const ExternalEventCreateSchema = z
  .object({
    name: text(200, 'validation.externalEvent.name.required'),
    city: optionalText(100),
    country: z
      .string()
      .trim()
      .toUpperCase()
      .optional()
      .transform((v) => (v ? v : null))
      .refine((v) => v === null || isCountryCode(v), 'validation.externalEvent.country.invalid'),
    startsOn: day('validation.externalEvent.startsOn.invalid'),
    endsOn: day('validation.externalEvent.endsOn.invalid'),
    url: z
      .string()
      .trim()
      .optional()
      .transform((v) => (v ? v : undefined))
      .pipe(
        z
          .url({ protocol: /^https?$/, message: 'validation.externalEvent.url.invalid' })
          .max(500, 'validation.externalEvent.url.invalid')
          .optional(),
      )
      .transform((v) => v ?? null),
  })
  .refine((f) => f.endsOn >= f.startsOn, {
    path: ['endsOn'],
    message: 'validation.externalEvent.endsOn.beforeStart',
  });
export type ExternalEventCreateInput = z.infer<typeof ExternalEventCreateSchema>;

export const DelegationCreateSchema = z.object({
  externalEvent: text(64, 'validation.delegation.externalEvent.required'),
  lead: text(64, 'validation.delegation.lead.required'),
  title: text(200, 'validation.delegation.title.required'),
});
export type DelegationCreateInput = z.infer<typeof DelegationCreateSchema>;

export const DelegationPartnerAddSchema = z.object({
  partner: text(200, 'validation.delegation.partner.required'),
});

const role = z.enum(DELEGATE_ROLES as [DelegateRole, ...DelegateRole[]], {
  message: 'validation.delegation.role.invalid',
});

/** A platform person ("organisationId:personId" from the list) or a named guest, not both. */
export const DelegationMemberAddSchema = z
  .object({
    person: z
      .string()
      .trim()
      .max(200)
      .optional()
      .transform((v) => (v ? v : null)),
    guestName: optionalText(200),
    guestOrganization: id,
    role,
  })
  .refine((f) => (f.person === null) !== (f.guestName === null), {
    path: ['person'],
    message: 'validation.delegation.member.who',
  });
export type DelegationMemberAddInput = z.infer<typeof DelegationMemberAddSchema>;

export const DelegationMemberUpdateSchema = z.object({
  role,
  travelStatus: z.enum(TRAVEL_STATUSES as [TravelStatus, ...TravelStatus[]], {
    message: 'validation.delegation.travelStatus.invalid',
  }),
});
export type DelegationMemberUpdateInput = z.infer<typeof DelegationMemberUpdateSchema>;

export const DelegationTaskAddSchema = z.object({
  title: text(300, 'validation.delegation.task.title.required'),
  owner: id,
  dueOn: day('validation.delegation.task.dueOn.invalid'),
});
export type DelegationTaskAddInput = z.infer<typeof DelegationTaskAddSchema>;
