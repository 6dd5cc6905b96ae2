/** The form that names a new personal API token; error messages are catalogue keys. */
import { z } from 'zod';

export const ApiTokenCreateSchema = z.object({
  tokenName: z
    .string()
    .trim()
    .min(1, 'validation.tokenName.required')
    .max(100, 'validation.tokenName.required'),
});
