/** The identity form; error messages are catalogue keys. */
import { z } from 'zod';

const oneLine = (max: number, required: `validation.network.${string}`) =>
  z
    .string()
    .trim()
    .min(1, { message: required })
    .refine((text) => !/[\r\n]/.test(text), { message: 'validation.network.purpose.oneLine' })
    .refine((text) => [...text].length <= max, {
      message: required.replace('.required', '.tooLong'),
    });

const purpose = oneLine(160, 'validation.network.purpose.required');

export const IdentityUpdateSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { message: 'validation.network.name.required' })
    .max(120, { message: 'validation.network.name.tooLong' }),
  shortName: z
    .string()
    .trim()
    .min(1, { message: 'validation.network.shortName.required' })
    .max(30, { message: 'validation.network.shortName.tooLong' }),
  purpose_en: purpose,
  purpose_az: purpose,
  purpose_ru: purpose,
  removeLogo: z.literal('on').optional(),
});
export type IdentityUpdate = z.infer<typeof IdentityUpdateSchema>;
