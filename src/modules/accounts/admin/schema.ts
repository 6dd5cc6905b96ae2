/** The administration's forms. */
import { z } from 'zod';

/** `confirm`: making an administrator needs the confirmation page's answer; removing does not. */
export const AdminRoleChangeSchema = z.object({
  admin: z.enum(['grant', 'revoke']),
  confirm: z.literal('yes').optional(),
});
