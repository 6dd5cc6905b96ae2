/**
 * Forms of signing up and in, recovery and setup, and the fields the settings share with them;
 * error messages are catalogue keys.
 */
import { z } from 'zod';
import { isCommonPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from './passwords.js';

const email = z
  .string({ message: 'validation.email.invalid' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'validation.email.invalid' }).max(254, 'validation.email.invalid'));

export const name = z
  .string({ message: 'validation.name.required' })
  .trim()
  .min(1, 'validation.name.required')
  .max(200, 'validation.name.tooLong');

/** A new password: length by NIST, and not one of the most common. */
export const newPassword = z
  .string({ message: 'validation.password.tooShort' })
  .min(MIN_PASSWORD_LENGTH, 'validation.password.tooShort')
  .max(MAX_PASSWORD_LENGTH, 'validation.password.tooLong')
  .refine((p) => !isCommonPassword(p), 'validation.password.common');

/** A password given to prove who you are: only presence is checked. */
export const currentPassword = z
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
export const SetupSchema = SignUpSchema.extend({ token: z.string().min(1).max(512) });
