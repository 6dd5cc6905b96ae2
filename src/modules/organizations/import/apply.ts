/**
 * Applying one imported row: it updates the organisation its IATI identifier or registration
 * number (in its country) names, if the import may (see importMayUpdate), or creates one. Columns the file has replace the profile's
 * values (an empty cell clears a field); columns it lacks leave them as they are. A row that
 * would change nothing writes nothing, so importing the same file again reports it unchanged.
 */
import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../../platform/db/ids.js';
import type { Database } from '../../../platform/db/tables.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import type { Problem } from '../../../platform/outcome.js';
import type { Organizations } from '../context.js';
import { presentOrganization, profileFormValues } from '../profile/presenters.js';
import { type OrganizationProfileInput, OrganizationProfileSchema } from '../profile/schema.js';
import {
  classificationOf,
  insertOrganizationWithSlug,
  profileValues,
  rewriteProfile,
  writeClassification,
} from '../profile/service.js';
import type { MembershipStatus } from '../tables.js';
import { columnOf, formValuesOf, type ImportRecord } from './format.js';
import * as iq from './queries.js';

/** What one row came to; a refused row says why at its column (and who holds its key). */
export type RowOutcome =
  | { outcome: 'created' | 'updated' | 'unchanged' }
  | (Problem & {
      outcome: 'refused';
      column: string;
      holder?: { slug: string; name: string };
    });

/**
 * Whether an import may update an organisation that a row's key names: a network member, or an
 * organisation nobody holds (one imported earlier without admitting it). Anyone may create an
 * organisation with any registration number or IATI identifier; updating one that its people
 * hold while the network has not admitted it would hand them the identity of the NGO the file
 * describes (its name, membership, a public profile), so such a row is a conflict instead.
 */
export const importMayUpdate = (found: { membership_status: MembershipStatus; held: unknown }) =>
  found.membership_status === 'member' || !Number(found.held);

/** The problem a row meets when its key belongs to an organisation it may not update. */
export const heldByOthers = (
  found: { slug: string; name: string },
  column: 'iati_identifier' | 'registration_number',
) => ({
  column,
  key: 'import.row.heldByOthers' as const,
  values: { name: found.name },
  holder: { slug: found.slug, name: found.name },
});

/** Statuses an import moves to 'member' when admitting, as admitToNetwork does. */
const ADMITTABLE: readonly MembershipStatus[] = ['none', 'rejected'];

/** Everything an import may change, in one comparable text. */
const fingerprint = (input: OrganizationProfileInput, status: MembershipStatus) =>
  JSON.stringify([
    profileValues(input),
    [...input.sdgs].sort((a, b) => a - b),
    [...input.tags].sort(),
    status,
  ]);

/** Applies one (already checked) row in the caller's transaction. */
export async function applyRow(
  ctx: Organizations,
  tx: Kysely<Database>,
  record: ImportRecord,
  options: { admit: boolean; actorId: string },
): Promise<RowOutcome> {
  const given = formValuesOf(record.cells);
  const own = OrganizationProfileSchema.safeParse(given);
  if (!own.success) {
    const issue = own.error.issues[0];
    return {
      outcome: 'refused',
      column: columnOf(String(issue?.path[0] ?? '')),
      key: (issue?.message ?? 'error.400') as MessageKey,
    };
  }
  const matches = await iq.findImportMatches(tx, own.data);
  if (matches.length > 1) {
    return { outcome: 'refused', column: 'iati_identifier', key: 'import.row.twoOrganizations' };
  }
  const taken = matches.find((m) => !importMayUpdate(m));
  if (taken) {
    const column =
      own.data.iatiIdentifier && taken.iati_identifier === own.data.iatiIdentifier
        ? 'iati_identifier'
        : 'registration_number';
    return { outcome: 'refused', ...heldByOthers(taken, column) };
  }
  const now = nowIso();
  const existing = matches[0];
  if (!existing) {
    const id = newId();
    await insertOrganizationWithSlug(tx, own.data, {
      id,
      ...profileValues(own.data),
      membership_status: options.admit ? 'member' : 'none',
      created_by: options.actorId,
      created_at: now,
      updated_at: now,
    });
    await writeClassification(ctx, tx, id, own.data);
    return { outcome: 'created' };
  }

  const current = profileFormValues(
    presentOrganization(existing, 'en', await classificationOf(tx, existing.id)),
  );
  const merged = OrganizationProfileSchema.safeParse({ ...current, ...given });
  if (!merged.success) {
    const issue = merged.error.issues[0];
    return {
      outcome: 'refused',
      column: columnOf(String(issue?.path[0] ?? '')),
      key: (issue?.message ?? 'error.400') as MessageKey,
    };
  }
  const before = OrganizationProfileSchema.safeParse(current);
  const status =
    options.admit && ADMITTABLE.includes(existing.membership_status)
      ? 'member'
      : existing.membership_status;
  if (
    before.success &&
    fingerprint(before.data, existing.membership_status) === fingerprint(merged.data, status)
  ) {
    return { outcome: 'unchanged' };
  }
  await rewriteProfile(ctx, tx, existing.id, merged.data, {
    membership_status: status,
    updated_at: now,
  });
  return { outcome: 'updated' };
}
