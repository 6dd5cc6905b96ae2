/** The administration's forms. */
import { z } from 'zod';

export const AdminRoleChangeSchema = z.object({ admin: z.enum(['grant', 'revoke']) });
