/**
 * The SQL of invitations to join an organisation (see invitations.ts for the rules). An
 * invitation is open while it is neither accepted nor revoked; an open one may have expired.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../platform/db/tables.js';
import { joinPerson, leftJoinPerson } from '../../accounts/index.js';
import type { MemberRow, OrganizationTables } from '../tables.js';

type Db = Kysely<Database>;
export type InvitationRow = OrganizationTables['organization_invitations'];

export const insertInvitation = (db: Db, row: InvitationRow) =>
  db.insertInto('organization_invitations').values(row).execute();

/** The open invitation for one address, expired or not (the partial unique index allows one). */
export const findOpenInvitationFor = (db: Db, organizationId: string, email: string) =>
  db
    .selectFrom('organization_invitations')
    .select(['id', 'expires_at'])
    .where('organization_id', '=', organizationId)
    .where('email', '=', email)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();

/** An invitation of one organisation by its id. */
export const findInvitation = (db: Db, organizationId: string, id: string) =>
  db
    .selectFrom('organization_invitations')
    .selectAll()
    .where('organization_id', '=', organizationId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The invitation behind a link's token hash, with what its page shows of the organisation. */
export const findInvitationByTokenHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('organization_invitations as i')
    .innerJoin('organizations as o', 'o.id', 'i.organization_id')
    .$call(leftJoinPerson('p', 'i.invited_by'))
    .select([
      'i.id',
      'i.organization_id',
      'i.email',
      'i.role',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'o.slug as organization_slug',
      'o.name as organization_name',
      'o.name_translations as organization_name_translations',
      'p.name as inviter_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();

/** Open invitations that have not expired, newest first, with who sent each. */
export const listOpenInvitations = (db: Db, organizationId: string, now: string) =>
  db
    .selectFrom('organization_invitations as i')
    .$call(leftJoinPerson('p', 'i.invited_by'))
    .select(['i.id', 'i.email', 'i.role', 'i.created_at', 'i.expires_at', 'p.name as inviter_name'])
    .where('i.organization_id', '=', organizationId)
    .where('i.accepted_at', 'is', null)
    .where('i.revoked_at', 'is', null)
    .where('i.expires_at', '>', now)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .execute();

/** Closes an open invitation; answers whether this call closed it (false when already closed). */
export const revokeOpenInvitation = async (db: Db, id: string, at: string) => {
  const result = await db
    .updateTable('organization_invitations')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

/**
 * Marks an open, unexpired invitation accepted; answers whether this call did. Concurrent
 * accepts of one invitation: on PostgreSQL the second waits for the first's row lock and then
 * matches nothing; SQLite runs one writer at a time.
 */
export const claimInvitation = async (db: Db, id: string, personId: string, at: string) => {
  const result = await db
    .updateTable('organization_invitations')
    .set({ accepted_at: at, accepted_by: personId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

/** The membership of the person with this (lower-cased) address, if they belong already. */
export const findMembershipByEmail = (db: Db, organizationId: string, email: string) =>
  db
    .selectFrom('organization_members as m')
    .$call(joinPerson('people', 'm.person_id'))
    .select(['m.person_id', 'm.role'])
    .where('m.organization_id', '=', organizationId)
    .where('people.email', '=', email)
    .executeTakeFirst();

/** Adds a member unless they already belong; answers whether a row was added. */
export const insertMemberIfAbsent = async (db: Db, row: MemberRow) => {
  const result = await db
    .insertInto('organization_members')
    .values(row)
    .onConflict((oc) => oc.columns(['organization_id', 'person_id']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
};
