/** Forms and API bodies of the accounts module; error messages are catalogue keys. */
import { z } from 'zod';
import { LOCALES } from '../../../platform/i18n/index.js';
import { isCommonPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

const email = z
  .string({ message: 'validation.email.invalid' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'validation.email.invalid' }).max(254, 'validation.email.invalid'));

const name = z
  .string({ message: 'validation.name.required' })
  .trim()
  .min(1, 'validation.name.required')
  .max(200, 'validation.name.tooLong');

/** A new password: length by NIST, and not one of the most common. */
const newPassword = z
  .string({ message: 'validation.password.tooShort' })
  .min(MIN_PASSWORD_LENGTH, 'validation.password.tooShort')
  .max(MAX_PASSWORD_LENGTH, 'validation.password.tooLong')
  .refine((p) => !isCommonPassword(p), 'validation.password.common');

/** A password given to prove who you are: only presence is checked. */
const currentPassword = z
  .string({ message: 'validation.password.wrong' })
  .min(1, 'validation.password.wrong')
  .max(MAX_PASSWORD_LENGTH, 'validation.password.wrong');

export const SignUpSchema = z.object({ name, email, password: newPassword });
export type SignUpInput = z.infer<typeof SignUpSchema>;

export const SignInSchema = z.object({ email, password: currentPassword });
export const EmailOnlySchema = z.object({ email });
export const ResetPasswordSchema = z.object({
  token: z.string().min(1, 'reset.invalid').max(512, 'reset.invalid'),
  password: newPassword,
});
export const ProfileUpdateSchema = z.object({
  name,
  locale: z.enum(LOCALES, { message: 'validation.locale.invalid' }),
});
export const PasswordChangeSchema = z.object({ currentPassword, newPassword });
export const AccountDeleteSchema = z.object({
  confirm: z.literal('DELETE', { message: 'validation.confirm.required' }),
  password: currentPassword,
});
export const ApiTokenCreateSchema = z.object({
  tokenName: z
    .string()
    .trim()
    .min(1, 'validation.tokenName.required')
    .max(100, 'validation.tokenName.required'),
});
export const AdminRoleChangeSchema = z.object({ admin: z.enum(['grant', 'revoke']) });
export const SetupSchema = SignUpSchema.extend({ token: z.string().min(1).max(512) });
