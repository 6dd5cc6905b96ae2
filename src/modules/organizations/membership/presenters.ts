/** What of applications, documents and verifications leaves the server (views only). */
import type { Locale } from '../../../platform/i18n/index.js';
import { readTranslation } from '../../../platform/i18n/translations.js';
import type { OrganizationRow } from '../tables.js';
import type { ApplicationRow, DocumentRow, VerificationRow } from './queries.js';

/** The organisation's name in the reader's language, else its own. */
export function displayNameOf(row: OrganizationRow, locale: Locale) {
  return readTranslation(row.name_translations, locale, row.name);
}

export const documentHref = (slug: string, documentId: string) =>
  `/organizations/${slug}/membership/documents/${documentId}`;

export const presentDocument = (row: DocumentRow, slug: string) => ({
  id: row.id,
  name: row.original_name,
  sizeBytes: row.size_bytes,
  sha256: row.sha256,
  href: documentHref(slug, row.id),
});
export type DocumentView = ReturnType<typeof presentDocument>;

export const presentApplication = (
  row: ApplicationRow,
  documents: DocumentRow[],
  slug: string,
) => ({
  id: row.id,
  status: row.status,
  motivation: row.motivation,
  submittedAt: row.submitted_at,
  decidedAt: row.decided_at,
  decisionReason: row.decision_reason,
  documents: documents.map((d) => presentDocument(d, slug)),
});
export type ApplicationView = ReturnType<typeof presentApplication>;

/** A verification as administrators see it; `today` is YYYY-MM-DD in the instance's zone. */
export const presentVerification = (row: VerificationRow, today: string) => ({
  id: row.id,
  verifiedAt: row.verified_at,
  verifiedBy: row.verified_by_label,
  evidence: row.evidence,
  validUntil: row.valid_until,
  expired: row.valid_until < today,
  revokedAt: row.revoked_at,
});
export type VerificationView = ReturnType<typeof presentVerification>;
