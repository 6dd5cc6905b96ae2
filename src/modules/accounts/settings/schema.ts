/** Forms of the account page; error messages are catalogue keys. */
import { z } from 'zod';
import { LOCALES } from '../../../platform/i18n/index.js';
import { currentPassword, name, newPassword } from '../auth/schema.js';

export const ProfileUpdateSchema = z.object({
  name,
  locale: z.enum(LOCALES, { message: 'validation.locale.invalid' }),
});
export const PasswordChangeSchema = z.object({ currentPassword, newPassword });
export const AccountDeleteSchema = z.object({
  confirm: z.literal('DELETE', { message: 'validation.confirm.required' }),
  password: currentPassword,
});
