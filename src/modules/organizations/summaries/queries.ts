/** Organisations as other modules show them: name, slug, translated names. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';

type Db = Kysely<Database>;

export const findOrganizationSummaries = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('organizations')
        .select(['id', 'slug', 'name', 'name_translations'])
        .where('id', 'in', [...ids])
        .orderBy('name')
        .execute();

/** The organisations in which a person is an owner or an admin, by name. */
export const listManagedOrganizations = (db: Db, personId: string) =>
  db
    .selectFrom('organization_members')
    .innerJoin('organizations', 'organizations.id', 'organization_members.organization_id')
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.name_translations',
    ])
    .where('organization_members.person_id', '=', personId)
    .where('organization_members.role', 'in', ['owner', 'admin'])
    .orderBy('organizations.name')
    .execute();

/** The organisations in which the person is an owner and nobody else is, by name. */
export const listSoleOwnedOrganizations = (db: Db, personId: string) =>
  db
    .selectFrom('organization_members as m')
    .innerJoin('organizations', 'organizations.id', 'm.organization_id')
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.name_translations',
    ])
    .where('m.person_id', '=', personId)
    .where('m.role', '=', 'owner')
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom('organization_members as other')
            .select('other.person_id')
            .whereRef('other.organization_id', '=', 'm.organization_id')
            .where('other.role', '=', 'owner')
            .where('other.person_id', '!=', personId),
        ),
      ),
    )
    .orderBy('organizations.name')
    .execute();
