/** The organisations module's SQL. */
import type { Kysely } from 'kysely';
import type { Engine } from '../../../platform/db/connection.js';
import type { Database } from '../../../platform/db/tables.js';
import { joinPerson } from '../../accounts/index.js';
import type {
  MemberRow,
  OrganizationRole,
  OrganizationRow,
  OrganizationTables,
} from '../tables.js';

type Db = Kysely<Database>;

export const insertOrganization = (db: Db, row: OrganizationTables['organizations']) =>
  db.insertInto('organizations').values(row).execute();

export const updateOrganization = (db: Db, id: string, values: Partial<OrganizationRow>) =>
  db.updateTable('organizations').set(values).where('id', '=', id).execute();

export const findOrganizationBySlug = (db: Db, slug: string) =>
  db.selectFrom('organizations').selectAll().where('slug', '=', slug).executeTakeFirst();

export const slugTaken = async (db: Db, slug: string) =>
  (await db
    .selectFrom('organizations')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst()) !== undefined;

export const findOrganizationByIatiIdentifier = (db: Db, identifier: string) =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('iati_identifier', '=', identifier)
    .executeTakeFirst();

/** The organisation registered under a number in a country (unique, since migration 0008). */
export const findOrganizationByRegistrationNumber = (db: Db, country: string, number: string) =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug'])
    .where('country', '=', country)
    .where('registration_number', '=', number)
    .executeTakeFirst();

export async function replaceSdgs(db: Db, organizationId: string, sdgs: number[]) {
  await db.deleteFrom('organization_sdgs').where('organization_id', '=', organizationId).execute();
  if (sdgs.length > 0) {
    await db
      .insertInto('organization_sdgs')
      .values(sdgs.map((sdg) => ({ organization_id: organizationId, sdg })))
      .execute();
  }
}

export async function replaceTags(db: Db, organizationId: string, tags: string[]) {
  await db.deleteFrom('organization_tags').where('organization_id', '=', organizationId).execute();
  if (tags.length > 0) {
    await db
      .insertInto('organization_tags')
      .values(tags.map((tag) => ({ organization_id: organizationId, tag })))
      .execute();
  }
}

export const listSdgs = async (db: Db, organizationId: string) =>
  (
    await db
      .selectFrom('organization_sdgs')
      .select('sdg')
      .where('organization_id', '=', organizationId)
      .orderBy('sdg')
      .execute()
  ).map((r) => r.sdg);

export const listTags = async (db: Db, organizationId: string) =>
  (
    await db
      .selectFrom('organization_tags')
      .select('tag')
      .where('organization_id', '=', organizationId)
      .orderBy('tag')
      .execute()
  ).map((r) => r.tag);

export const insertMember = (db: Db, row: MemberRow) =>
  db.insertInto('organization_members').values(row).execute();

export const findMembership = (db: Db, organizationId: string, personId: string) =>
  db
    .selectFrom('organization_members')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

/** The people of an organisation with their names, owners first. */
export const listMembers = (db: Db, organizationId: string) =>
  db
    .selectFrom('organization_members')
    .$call(joinPerson('people', 'organization_members.person_id'))
    .select([
      'organization_members.person_id',
      'organization_members.role',
      'organization_members.listed',
      'organization_members.created_at',
      'people.name',
      'people.email',
    ])
    .where('organization_members.organization_id', '=', organizationId)
    .orderBy((eb) =>
      eb
        .case()
        .when('organization_members.role', '=', 'owner')
        .then(0)
        .when('organization_members.role', '=', 'admin')
        .then(1)
        .else(2)
        .end(),
    )
    .orderBy('people.name')
    .execute();

export const updateMemberRole = (
  db: Db,
  organizationId: string,
  personId: string,
  role: OrganizationRole,
  at: string,
) =>
  db
    .updateTable('organization_members')
    .set({ role, updated_at: at })
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();

export const deleteMember = (db: Db, organizationId: string, personId: string) =>
  db
    .deleteFrom('organization_members')
    .where('organization_id', '=', organizationId)
    .where('person_id', '=', personId)
    .execute();

/**
 * The owners of one organisation, locked until the transaction ends on PostgreSQL (SQLite's
 * single writer serialises already), in one order so that two transactions cannot deadlock.
 */
export const lockOwnerIds = async (db: Db, organizationId: string, engine: Engine) =>
  (
    await db
      .selectFrom('organization_members')
      .select('person_id')
      .where('organization_id', '=', organizationId)
      .where('role', '=', 'owner')
      .orderBy('person_id')
      .$if(engine === 'postgres', (q) => q.forUpdate())
      .execute()
  ).map((r) => r.person_id);

/** The organisations a person belongs to, with their role, by name. */
export const listOrganizationsOfPerson = (db: Db, personId: string) =>
  db
    .selectFrom('organization_members')
    .innerJoin('organizations', 'organizations.id', 'organization_members.organization_id')
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.country',
      'organization_members.role',
    ])
    .where('organization_members.person_id', '=', personId)
    .orderBy('organizations.name')
    .execute();

/** What every organisation is found by in search, for indexing them all again. */
export const listSearchSources = (db: Db) =>
  db
    .selectFrom('organizations')
    .select(['id', 'name', 'name_translations', 'acronym', 'city', 'country', 'description'])
    .orderBy('id')
    .execute();

/** Every organisation's tags, as pairs. */
export const listAllTags = (db: Db) =>
  db.selectFrom('organization_tags').select(['organization_id', 'tag']).orderBy('tag').execute();
