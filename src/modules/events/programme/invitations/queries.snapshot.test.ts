/** The SQL of speakers' invitations on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../../test/query-snapshots.js';
import * as invitations from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  listSessionInvitations: (db) => invitations.listSessionInvitations(db, id),
  listOpenEventInvitations: (db) => invitations.listOpenEventInvitations(db, id),
  insertInvitationIfAbsent: (db) =>
    invitations.insertInvitationIfAbsent(db, {
      id,
      session_id: id,
      email: 'leman@example.org',
      role: 'speaker',
      position: 1,
      organization: 'Gənclər Şəbəkəsi',
      token_hash: 'f'.repeat(64),
      invited_by: person,
      sent_at: at,
      created_at: at,
      accepted_at: null,
      person_id: null,
    }),
  updateInvitationLine: (db) =>
    invitations.updateInvitationLine(db, id, {
      role: 'moderator',
      position: 0,
      organization: null,
    }),
  renewInvitationToken: (db) => invitations.renewInvitationToken(db, id, 'e'.repeat(64), at),
  findSessionInvitation: (db) => invitations.findSessionInvitation(db, id, id),
  findInvitationByTokenHash: (db) => invitations.findInvitationByTokenHash(db, 'f'.repeat(64)),
  claimInvitation: (db) => invitations.claimInvitation(db, id, person, at),
  deleteInvitations: (db) => invitations.deleteInvitations(db, [id]),
  insertSpeaker: (db) =>
    invitations.insertSpeaker(db, {
      id,
      session_id: id,
      person_id: person,
      guest_name: null,
      guest_organization: null,
      role: 'speaker',
      position: 1,
      created_at: at,
    }),
  deletePersonSpeaker: (db) => invitations.deletePersonSpeaker(db, id, person),
};

describeCompiledQueries(queries);
