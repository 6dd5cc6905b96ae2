/** The form that sets whom a person acts for; error messages are catalogue keys. */
import { z } from 'zod';
import { safeNext } from '../../../platform/http/redirects.js';

/** A path on this site to come back to; anything else (another site) is dropped, not refused. */
const localPath = z.string().optional().transform(safeNext).catch(undefined);

export const ActingOrganizationChooseSchema = z.object({
  /** An organisation id, or 'self' for "only myself"; membership is checked by the service. */
  organization: z.string().max(100, 'validation.acting.notMember').optional(),
  next: localPath,
});
export type ActingOrganizationChooseInput = z.infer<typeof ActingOrganizationChooseSchema>;

export const ActingPageQuerySchema = z.object({ next: localPath });
