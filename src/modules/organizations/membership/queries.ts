/** The SQL of network membership: applications, their documents, decisions and verifications. */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { joinPerson } from '../../accounts/index.js';
import type { MembershipStatus, MembershipTables } from '../tables.js';

type Db = Kysely<Database>;
export type ApplicationRow = MembershipTables['membership_applications'];
export type DocumentRow = MembershipTables['application_documents'];
export type VerificationRow = MembershipTables['organization_verifications'];

export const findOrganization = (db: Db, id: string) =>
  db.selectFrom('organizations').selectAll().where('id', '=', id).executeTakeFirst();

export const insertApplication = (db: Db, row: ApplicationRow) =>
  db.insertInto('membership_applications').values(row).execute();

export const insertDocuments = (db: Db, rows: DocumentRow[]) =>
  db.insertInto('application_documents').values(rows).execute();

export const findApplication = (db: Db, id: string) =>
  db.selectFrom('membership_applications').selectAll().where('id', '=', id).executeTakeFirst();

/** An organisation's applications, newest first. */
export const listApplicationsOfOrganization = (db: Db, organizationId: string) =>
  db
    .selectFrom('membership_applications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('submitted_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const listDocuments = (db: Db, applicationIds: readonly string[]) =>
  applicationIds.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('application_documents')
        .selectAll()
        .where('application_id', 'in', applicationIds)
        .orderBy('created_at')
        .orderBy('id')
        .execute();

/** A document with the organisation its application belongs to. */
export const findDocument = (db: Db, id: string) =>
  db
    .selectFrom('application_documents')
    .innerJoin(
      'membership_applications',
      'membership_applications.id',
      'application_documents.application_id',
    )
    .selectAll('application_documents')
    .select('membership_applications.organization_id')
    .where('application_documents.id', '=', id)
    .executeTakeFirst();

/** Pending applications, oldest first, with what the queue shows of each organisation. */
export const listPendingApplications = (db: Db, limit: number, offset: number) =>
  db
    .selectFrom('membership_applications')
    .innerJoin('organizations', 'organizations.id', 'membership_applications.organization_id')
    .select([
      'membership_applications.id',
      'membership_applications.submitted_at',
      'organizations.slug',
      'organizations.name',
      'organizations.country',
    ])
    .select((eb) =>
      eb
        .selectFrom('application_documents')
        .select((d) => d.fn.countAll<number>().as('n'))
        .whereRef('application_documents.application_id', '=', 'membership_applications.id')
        .as('documents'),
    )
    .where('membership_applications.status', '=', 'pending')
    .orderBy('membership_applications.submitted_at')
    .orderBy('membership_applications.id')
    .limit(limit)
    .offset(offset)
    .execute();

/**
 * Records a decision on a pending application; 0 rows when it was no longer pending (another
 * administrator decided first, or the organisation withdrew it).
 */
export const decideApplication = async (
  db: Db,
  id: string,
  decision: Pick<ApplicationRow, 'status' | 'decided_by' | 'decided_at' | 'decision_reason'>,
) =>
  Number(
    (
      await db
        .updateTable('membership_applications')
        .set({ ...decision, updated_at: decision.decided_at! })
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** Moves an organisation from one of `from` to `to`; 0 rows when it was in none of them. */
export const changeMembershipStatus = async (
  db: Db,
  organizationId: string,
  from: readonly MembershipStatus[],
  to: MembershipStatus,
  at: string,
) =>
  Number(
    (
      await db
        .updateTable('organizations')
        .set({ membership_status: to, updated_at: at })
        .where('id', '=', organizationId)
        .where('membership_status', 'in', from)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** The owners of an organisation, with the language they read. */
export const listOwnerRecipients = (db: Db, organizationId: string) =>
  db
    .selectFrom('organization_members')
    .$call(joinPerson('people', 'organization_members.person_id'))
    .select(['people.name', 'people.email', 'people.locale'])
    .where('organization_members.organization_id', '=', organizationId)
    .where('organization_members.role', '=', 'owner')
    .orderBy('people.email')
    .execute();

/** Organisations whose name or address contains `search`, optionally of some statuses only. */
export const searchOrganizations = (
  db: Db,
  filter: { search: string; statuses?: readonly MembershipStatus[]; limit: number },
) => {
  // Wildcards typed in the search box are taken out rather than escaped (SQLite's LIKE has no
  // default escape character).
  const pattern = `%${filter.search.toLowerCase().replace(/[%_\\]/g, '')}%`;
  return db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'country', 'membership_status'])
    .where((eb) =>
      eb.or([eb(eb.fn('lower', ['name']), 'like', pattern), eb('slug', 'like', pattern)]),
    )
    .$if(filter.statuses !== undefined, (q) => q.where('membership_status', 'in', filter.statuses!))
    .orderBy('name')
    .limit(filter.limit)
    .execute();
};

export const listOrganizationsWithStatus = (db: Db, status: MembershipStatus, limit: number) =>
  db
    .selectFrom('organizations')
    .select(['id', 'slug', 'name', 'country', 'membership_status'])
    .where('membership_status', '=', status)
    .orderBy('name')
    .limit(limit)
    .execute();

export const insertVerification = (db: Db, row: VerificationRow) =>
  db.insertInto('organization_verifications').values(row).execute();

/** An organisation's verifications, newest first; the first one not revoked is the current one. */
export const listVerifications = (db: Db, organizationId: string) =>
  db
    .selectFrom('organization_verifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .orderBy('verified_at', 'desc')
    .orderBy('id', 'desc')
    .execute();

export const findCurrentVerification = (db: Db, organizationId: string) =>
  db
    .selectFrom('organization_verifications')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('revoked_at', 'is', null)
    .orderBy('verified_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();

/**
 * Members whose current verification ends on or before `dueBy` (YYYY-MM-DD), soonest first:
 * those already expired and those about to.
 */
export const listDueForReverification = (db: Db, dueBy: string, limit: number) =>
  db
    .selectFrom('organization_verifications as v')
    .innerJoin('organizations', 'organizations.id', 'v.organization_id')
    .select([
      'organizations.id',
      'organizations.slug',
      'organizations.name',
      'organizations.country',
      'v.verified_at',
      'v.valid_until',
    ])
    .where('organizations.membership_status', '=', 'member')
    .where('v.revoked_at', 'is', null)
    .where('v.valid_until', '<=', dueBy)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('organization_verifications as newer')
            .select('newer.id')
            .whereRef('newer.organization_id', '=', 'v.organization_id')
            .where('newer.revoked_at', 'is', null)
            .where((eb) =>
              eb.or([
                eb('newer.verified_at', '>', eb.ref('v.verified_at')),
                eb.and([
                  eb('newer.verified_at', '=', eb.ref('v.verified_at')),
                  eb('newer.id', '>', eb.ref('v.id')),
                ]),
              ]),
            ),
        ),
      ),
    )
    .orderBy('v.valid_until')
    .orderBy('organizations.name')
    .limit(limit)
    .execute();
