/**
 * Organisations as other modules count and involve them: where an organisation is and what type
 * it is (event participation figures), which organisations are network members (public lists),
 * and the people of a few organisations (delegations choose their members among them).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { joinPerson } from '../../accounts/index.js';

type Db = Kysely<Database>;

/** Country and IATI type of the organisations with these ids (unknown ids are left out). */
export const findOrganizationPlaces = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('organizations')
    .select(['id', 'country', 'iati_type'])
    .where('id', 'in', [...ids])
    .execute();

/** Of these organisations, the network members (what the directory shows a visitor), by name. */
export const findNetworkMemberSummaries = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'name_translations'])
    .where('id', 'in', [...ids])
    .where('membership_status', '=', 'member')
    .orderBy('name')
    .execute();

/** The people of these organisations with their role there, by name. */
export const listPeopleOfOrganizations = (db: Db, ids: readonly string[]) =>
  db
    .selectFrom('organization_members as m')
    .$call(joinPerson('people', 'm.person_id'))
    .select([
      'm.organization_id',
      'm.person_id',
      'm.role',
      'people.name',
      'people.email',
      'people.locale',
    ])
    .where('m.organization_id', 'in', [...ids])
    .orderBy('people.name')
    .orderBy('m.person_id')
    .execute();

/** The organisations a person belongs to, with their role. */
export const listRolesOfPerson = (db: Db, personId: string) =>
  db
    .selectFrom('organization_members')
    .select(['organization_id', 'role'])
    .where('person_id', '=', personId)
    .execute();

/** One organisation by its slug, as other modules name it. */
export const findOrganizationSummaryBySlug = (db: Db, slug: string) =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'name_translations', 'membership_status'])
    .where('slug', '=', slug)
    .executeTakeFirst();
