/**
 * Test-only fixtures for participation figures: people, organisations with a country and type,
 * and registrations written straight into the registration table, so the figures can be tested
 * before (and apart from) the registration service.
 */
import type { TestConcord } from '../../../test/app.js';
import { uniqueEmail } from '../../../test/app.js';
import { newId, nowIso } from '../../platform/db/ids.js';
import type { Actor } from '../../platform/http/context.js';
import { createConfirmedPerson } from '../accounts/index.js';
import { createOrganization } from '../organizations/index.js';
import type { RegistrationStatus } from './tables.js';

/** A confirmed person with no password anyone needs; returns their id. */
export const testPerson = (concord: TestConcord, name = 'Participant') =>
  createConfirmedPerson(concord.accounts, {
    name,
    email: uniqueEmail('participant'),
    password: 'participant passphrase',
  });

/** An organisation in `country` of IATI type `iatiType`, owned by `owner`; returns its id. */
export async function testOrganization(
  concord: TestConcord,
  owner: Actor,
  name: string,
  country: string,
  iatiType: number | null,
) {
  const created = await createOrganization(concord.organizations, owner, {
    name,
    country,
    iatiType: iatiType ?? undefined,
    sdgs: [],
    tags: [],
    workingLanguages: [],
    socialLinks: [],
  });
  if (!created.ok) throw new Error(JSON.stringify(created.errors));
  return created.id;
}

/** A registration row as the registration service would leave it. */
export async function insertTestRegistration(
  concord: TestConcord,
  row: {
    eventId: string;
    personId: string;
    organizationId: string | null;
    status: RegistrationStatus;
    attendedAt?: string | null;
  },
) {
  const now = nowIso();
  const id = newId();
  await concord.deps.db.kysely
    .insertInto('event_registrations')
    .values({
      id,
      event_id: row.eventId,
      person_id: row.personId,
      organization_id: row.organizationId,
      status: row.status,
      code: id.slice(-12),
      queued_at: now,
      listed: 0,
      attended_at: row.attendedAt ?? null,
      checked_in_by: null,
      decided_by: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
  return id;
}

/** Marks a registration attended, as check-in does. */
export const markTestAttended = (concord: TestConcord, registrationId: string) =>
  concord.deps.db.kysely
    .updateTable('event_registrations')
    .set({ attended_at: nowIso() })
    .where('id', '=', registrationId)
    .execute();
