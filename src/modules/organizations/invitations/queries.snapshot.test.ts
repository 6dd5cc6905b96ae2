/** The SQL of the invitation queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as invitations from './queries.js';

const { at, person, id } = FIXED;
const invitation = '0196f0c2-0000-7000-8000-000000000003';
const hash = 'a'.repeat(64);

const queries: Record<string, Query> = {
  insertInvitation: (db) =>
    invitations.insertInvitation(db, {
      id: invitation,
      organization_id: id,
      email: 'leyla@example.org',
      role: 'admin',
      token_hash: hash,
      invited_by: person,
      created_at: at,
      expires_at: '2025-06-04T09:00:00.000Z',
      accepted_at: null,
      accepted_by: null,
      revoked_at: null,
    }),
  findOpenInvitationFor: (db) => invitations.findOpenInvitationFor(db, id, 'leyla@example.org'),
  findInvitation: (db) => invitations.findInvitation(db, id, invitation),
  findInvitationByTokenHash: (db) => invitations.findInvitationByTokenHash(db, hash),
  listOpenInvitations: (db) => invitations.listOpenInvitations(db, id, at),
  revokeOpenInvitation: (db) => invitations.revokeOpenInvitation(db, invitation, at),
  claimInvitation: (db) => invitations.claimInvitation(db, invitation, person, at),
  findMembershipByEmail: (db) => invitations.findMembershipByEmail(db, id, 'leyla@example.org'),
  insertMemberIfAbsent: (db) =>
    invitations.insertMemberIfAbsent(db, {
      organization_id: id,
      person_id: person,
      role: 'admin',
      listed: 1,
      created_at: at,
      updated_at: at,
    }),
};

describeCompiledQueries(queries);
