/** What of a registration its organisers see in the participants list, in their language. */
import { formatDateTime, type Locale } from '../../../../platform/i18n/index.js';
import type { RegistrationStatus } from '../../tables.js';
import { displayCode } from '../code.js';
import type { ParticipantRow } from './service.js';

export type ParticipantView = {
  id: string;
  name: string;
  email: string;
  organization: string | null;
  status: RegistrationStatus;
  code: string;
  queuedAt: string;
  queuedAtText: string;
  attendedAtText: string | null;
  listed: boolean;
};

/** Times in the event's own time zone, the code as people read it aloud. */
export const presentParticipant = (
  r: ParticipantRow,
  locale: Locale,
  zone: string,
): ParticipantView => ({
  id: r.id,
  name: r.name,
  email: r.email,
  organization: r.organization_name,
  status: r.status,
  code: displayCode(r.code),
  queuedAt: r.queued_at,
  queuedAtText: formatDateTime(r.queued_at, locale, zone),
  attendedAtText: r.attended_at ? formatDateTime(r.attended_at, locale, zone) : null,
  listed: r.listed === 1,
});
