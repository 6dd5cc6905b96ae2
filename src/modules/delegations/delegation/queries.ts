/**
 * The SQL of delegations to external events: the events themselves, the delegations with their
 * partner organisations (invited, then accepted), members and preparation tasks.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import type { DelegationTables } from '../tables.js';

type Db = Kysely<Database>;
export type ExternalEventRow = DelegationTables['external_events'];
export type DelegationRow = DelegationTables['delegations'];
export type DelegationMemberRow = DelegationTables['delegation_members'];
export type DelegationTaskRow = DelegationTables['delegation_tasks'];

export const insertExternalEvent = (db: Db, row: ExternalEventRow) =>
  db.insertInto('external_events').values(row).execute();

export const externalEventSlugTaken = async (db: Db, slug: string) =>
  (await db
    .selectFrom('external_events')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst()) !== undefined;

export const findExternalEvent = (db: Db, id: string) =>
  db.selectFrom('external_events').selectAll().where('id', '=', id).executeTakeFirst();

/** External events, soonest first. */
export const listExternalEvents = (db: Db) =>
  db
    .selectFrom('external_events')
    .selectAll()
    .orderBy('starts_on')
    .orderBy('name')
    .limit(500)
    .execute();

/** The names of the external events with these ids, for the audit log; unknown ids left out. */
export const findExternalEventNames = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('external_events')
        .select(['id', 'name'])
        .where('id', 'in', [...ids])
        .execute();

export const insertDelegation = (db: Db, row: DelegationRow) =>
  db.insertInto('delegations').values(row).execute();

export const findDelegation = (db: Db, id: string) =>
  db.selectFrom('delegations').selectAll().where('id', '=', id).executeTakeFirst();

/** The titles of the delegations with these ids, for the audit log; unknown ids left out. */
export const findDelegationTitles = (db: Db, ids: readonly string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('delegations')
        .select(['id', 'title'])
        .where('id', 'in', [...ids])
        .execute();

export const findDelegationOfLead = (db: Db, externalEventId: string, leadId: string) =>
  db
    .selectFrom('delegations')
    .select('id')
    .where('external_event_id', '=', externalEventId)
    .where('lead_organization_id', '=', leadId)
    .executeTakeFirst();

/** Every delegation with its external event, lead first then accepted partners: who goes where. */
export const listDelegationOrganizations = (db: Db) =>
  db
    .selectFrom('delegations as d')
    .select(['d.id', 'd.external_event_id', 'd.lead_organization_id as organization_id'])
    .unionAll(
      db
        .selectFrom('delegation_organizations as p')
        .innerJoin('delegations as d', 'd.id', 'p.delegation_id')
        .select(['d.id', 'd.external_event_id', 'p.organization_id'])
        .where('p.accepted_at', 'is not', null),
    )
    .execute();

/** Delegations that any of these organisations leads or is a partner of; all with null. */
export const listDelegationsOfOrganizations = (db: Db, organizationIds: readonly string[] | null) =>
  db
    .selectFrom('delegations as d')
    .innerJoin('external_events as e', 'e.id', 'd.external_event_id')
    .select(['d.id', 'd.title', 'e.name as event_name', 'e.starts_on'])
    .$if(organizationIds !== null, (q) =>
      q.where((eb) =>
        eb.or([
          eb('d.lead_organization_id', 'in', [...(organizationIds ?? [])]),
          eb(
            'd.id',
            'in',
            eb
              .selectFrom('delegation_organizations')
              .select('delegation_id')
              .where('organization_id', 'in', [...(organizationIds ?? [])])
              .where('accepted_at', 'is not', null),
          ),
        ]),
      ),
    )
    .orderBy('e.starts_on')
    .orderBy('d.title')
    .execute();

/** The invitations these organisations have not answered, with their delegation and event. */
export const listInvitationsOfOrganizations = (db: Db, organizationIds: readonly string[]) =>
  db
    .selectFrom('delegation_organizations as p')
    .innerJoin('delegations as d', 'd.id', 'p.delegation_id')
    .innerJoin('external_events as e', 'e.id', 'd.external_event_id')
    .select(['d.id', 'd.title', 'e.name as event_name', 'p.organization_id'])
    .where('p.organization_id', 'in', [...organizationIds])
    .where('p.accepted_at', 'is', null)
    .orderBy('p.invited_at')
    .orderBy('d.id')
    .execute();

/** The organisations a delegation has invited, accepted (partners) or not yet (invitations). */
export const listPartnerships = (db: Db, delegationId: string) =>
  db
    .selectFrom('delegation_organizations')
    .select(['organization_id', 'accepted_at'])
    .where('delegation_id', '=', delegationId)
    .orderBy('invited_at')
    .orderBy('organization_id')
    .execute();

/**
 * Invites an organisation: 1 when this call wrote the invitation, 0 when the organisation was
 * invited (or is a partner) already. The primary key decides between two at once.
 */
export const insertInvitation = async (
  db: Db,
  delegationId: string,
  organizationId: string,
  at: string,
) =>
  Number(
    (
      await db
        .insertInto('delegation_organizations')
        .values({
          delegation_id: delegationId,
          organization_id: organizationId,
          invited_at: at,
          accepted_at: null,
        })
        .onConflict((oc) => oc.columns(['delegation_id', 'organization_id']).doNothing())
        .executeTakeFirst()
    ).numInsertedOrUpdatedRows ?? 0n,
  );

/** Accepts an invitation: 1 for the one answer that found it open, 0 for any other. */
export const acceptInvitation = async (
  db: Db,
  delegationId: string,
  organizationId: string,
  at: string,
) =>
  Number(
    (
      await db
        .updateTable('delegation_organizations')
        .set({ accepted_at: at })
        .where('delegation_id', '=', delegationId)
        .where('organization_id', '=', organizationId)
        .where('accepted_at', 'is', null)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/**
 * Removes an organisation from a delegation, as an open invitation (not yet accepted) or as a
 * partner (accepted): never the other, so that a stale step cannot undo a newer answer.
 * The number of rows removed, 0 when the organisation was not there in that state.
 */
const deleteDelegationOrganization = async (
  db: Db,
  delegationId: string,
  organizationId: string,
  accepted: boolean,
) =>
  Number(
    (
      await db
        .deleteFrom('delegation_organizations')
        .where('delegation_id', '=', delegationId)
        .where('organization_id', '=', organizationId)
        .where('accepted_at', accepted ? 'is not' : 'is', null)
        .executeTakeFirst()
    ).numDeletedRows,
  );

/** Removes an open invitation (declined or withdrawn); 0 when there was none. */
export const deleteInvitation = (db: Db, delegationId: string, organizationId: string) =>
  deleteDelegationOrganization(db, delegationId, organizationId, false);

/** Ends a partnership (removed or left); 0 when the organisation was no partner. */
export const deletePartner = (db: Db, delegationId: string, organizationId: string) =>
  deleteDelegationOrganization(db, delegationId, organizationId, true);

export const insertMember = (db: Db, row: DelegationMemberRow) =>
  db.insertInto('delegation_members').values(row).execute();

export const listMembers = (db: Db, delegationId: string) =>
  db
    .selectFrom('delegation_members')
    .selectAll()
    .where('delegation_id', '=', delegationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();

export const updateMember = async (
  db: Db,
  delegationId: string,
  id: string,
  values: Pick<DelegationMemberRow, 'role' | 'travel_status' | 'updated_at'>,
) =>
  Number(
    (
      await db
        .updateTable('delegation_members')
        .set(values)
        .where('id', '=', id)
        .where('delegation_id', '=', delegationId)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

export const deleteMember = async (db: Db, delegationId: string, id: string) =>
  Number(
    (
      await db
        .deleteFrom('delegation_members')
        .where('id', '=', id)
        .where('delegation_id', '=', delegationId)
        .executeTakeFirst()
    ).numDeletedRows,
  );

export const insertTask = (db: Db, row: DelegationTaskRow) =>
  db.insertInto('delegation_tasks').values(row).execute();

export const listTasks = (db: Db, delegationId: string) =>
  db
    .selectFrom('delegation_tasks')
    .selectAll()
    .where('delegation_id', '=', delegationId)
    .orderBy('due_on')
    .orderBy('id')
    .execute();

/** Ticks a task done (a time) or undone (null); undone also allows a new reminder. */
export const setTaskDone = async (
  db: Db,
  delegationId: string,
  id: string,
  doneAt: string | null,
  now: string,
) =>
  Number(
    (
      await db
        .updateTable('delegation_tasks')
        .set({
          done_at: doneAt,
          updated_at: now,
          ...(doneAt === null ? { reminded_at: null } : {}),
        })
        .where('id', '=', id)
        .where('delegation_id', '=', delegationId)
        .executeTakeFirst()
    ).numUpdatedRows,
  );

/** A person who leaves the delegation stops owning its tasks (they go back to "nobody"). */
export const clearTaskOwner = (db: Db, delegationId: string, personId: string) =>
  db
    .updateTable('delegation_tasks')
    .set({ owner_id: null })
    .where('delegation_id', '=', delegationId)
    .where('owner_id', '=', personId)
    .execute();
