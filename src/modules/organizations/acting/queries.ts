/** The SQL behind whom a person acts for (see migrations/0009_acting_organization.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

/**
 * The organisations a person belongs to, by name, each row carrying the person's saved choice
 * (`chosen`: whether they ever chose; `chosen_id`: the organisation, null for "only myself").
 * One indexed query, run at most once per signed-in page; none for a person without
 * organisations returns no rows, so the header shows nothing.
 */
export const listActingChoices = (db: Db, personId: string) =>
  db
    .selectFrom('organization_members')
    .innerJoin('organizations', 'organizations.id', 'organization_members.organization_id')
    .leftJoin(
      'acting_organizations',
      'acting_organizations.person_id',
      'organization_members.person_id',
    )
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.name_translations',
      'organization_members.role',
      'acting_organizations.person_id as chosen',
      'acting_organizations.organization_id as chosen_id',
    ])
    .where('organization_members.person_id', '=', personId)
    .orderBy('organizations.name')
    .orderBy('organizations.id')
    .execute();

/** One organisation as a person may act for it, with their role; undefined unless they belong. */
export const findActingMembership = (db: Db, organizationId: string, personId: string) =>
  db
    .selectFrom('organization_members')
    .innerJoin('organizations', 'organizations.id', 'organization_members.organization_id')
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.name_translations',
      'organizations.membership_status',
      'organization_members.role',
    ])
    .where('organization_members.organization_id', '=', organizationId)
    .where('organization_members.person_id', '=', personId)
    .executeTakeFirst();

/** Saves a person's choice (null: only themselves), replacing the one before. */
export const saveActingChoice = (
  db: Db,
  personId: string,
  organizationId: string | null,
  at: string,
) =>
  db
    .insertInto('acting_organizations')
    .values({
      person_id: personId,
      organization_id: organizationId,
      created_at: at,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('person_id').doUpdateSet({ organization_id: organizationId, updated_at: at }),
    )
    .execute();
