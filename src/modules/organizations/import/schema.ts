/** The import pages' forms: the upload (the file itself is read apart) and the confirmation. */
import { z } from 'zod';

export const OrganizationImportUploadSchema = z.object({
  admit: z
    .string()
    .optional()
    .transform((v) => v === '1'),
});

export const OrganizationImportStartSchema = z.object({
  mode: z.enum(['all', 'valid'], { message: 'error.400' }),
});
