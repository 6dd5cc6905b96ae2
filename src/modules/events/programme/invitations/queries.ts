/**
 * The SQL of speakers invited by address (rules in service.ts). An invitation is
 * open until accepted; declining or withdrawing deletes it, and with it the speaker's row.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../../../platform/db/tables.js';
import { leftJoinPerson } from '../../../accounts/index.js';
import type { SpeakerInvitationRow, SpeakerRow } from '../../tables.js';

type Db = Kysely<Database>;

/** The session's invitations in the order of the form's lines. */
export const listSessionInvitations = (db: Db, sessionId: string) =>
  db
    .selectFrom('speaker_invitations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .orderBy('position')
    .orderBy('email')
    .execute();

/** The invitations of an event's sessions still waiting for an answer, for its organisers. */
export const listOpenEventInvitations = (db: Db, eventId: string) =>
  db
    .selectFrom('speaker_invitations as i')
    .innerJoin('event_sessions as s', 's.id', 'i.session_id')
    .select(['i.session_id', 'i.email', 'i.role'])
    .where('s.event_id', '=', eventId)
    .where('i.accepted_at', 'is', null)
    .orderBy('i.session_id')
    .orderBy('i.position')
    .execute();

/** Inserts the invitation unless the session has one for the address; answers whether it did. */
export const insertInvitationIfAbsent = async (db: Db, row: SpeakerInvitationRow) => {
  const result = await db
    .insertInto('speaker_invitations')
    .values(row)
    .onConflict((oc) => oc.columns(['session_id', 'email']).doNothing())
    .executeTakeFirst();
  return (result.numInsertedOrUpdatedRows ?? 0n) > 0n;
};

/** What the form says of an invitation it keeps: its line, role and organisation. */
export const updateInvitationLine = (
  db: Db,
  id: string,
  values: Pick<SpeakerInvitationRow, 'role' | 'position' | 'organization'>,
) => db.updateTable('speaker_invitations').set(values).where('id', '=', id).execute();

/** A new link for an open invitation: the old one stops working. */
export const renewInvitationToken = async (db: Db, id: string, tokenHash: string, at: string) => {
  const result = await db
    .updateTable('speaker_invitations')
    .set({ token_hash: tokenHash, sent_at: at })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

export const findSessionInvitation = (db: Db, sessionId: string, id: string) =>
  db
    .selectFrom('speaker_invitations')
    .selectAll()
    .where('session_id', '=', sessionId)
    .where('id', '=', id)
    .executeTakeFirst();

/** The invitation behind a link, with what its page shows of the session and the event. */
export const findInvitationByTokenHash = (db: Db, tokenHash: string) =>
  db
    .selectFrom('speaker_invitations as i')
    .innerJoin('event_sessions as s', 's.id', 'i.session_id')
    .innerJoin('events as e', 'e.id', 's.event_id')
    .$call(leftJoinPerson('p', 'i.invited_by'))
    .select([
      'i.id',
      'i.session_id',
      'i.email',
      'i.role',
      'i.position',
      'i.organization',
      'i.accepted_at',
      'i.person_id',
      's.title as session_title',
      's.starts_at',
      's.ends_at',
      'e.id as event_id',
      'e.slug as event_slug',
      'e.title as event_title',
      'e.status as event_status',
      'e.time_zone',
      'p.name as inviter_name',
    ])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();

/**
 * Marks an open invitation accepted by this person; answers whether this call did. Of two
 * accepts at once, the second waits for the first's row lock (PostgreSQL) and matches nothing.
 */
export const claimInvitation = async (db: Db, id: string, personId: string, at: string) => {
  const result = await db
    .updateTable('speaker_invitations')
    .set({ accepted_at: at, person_id: personId })
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
};

/** Deletes invitations; answers how many were there. */
export const deleteInvitations = async (db: Db, ids: string[]) =>
  ids.length === 0
    ? 0
    : Number(
        (await db.deleteFrom('speaker_invitations').where('id', 'in', ids).executeTakeFirst())
          .numDeletedRows,
      );

/** Lists a person who accepted among the session's speakers. */
export const insertSpeaker = (db: Db, row: SpeakerRow) =>
  db.insertInto('session_speakers').values(row).execute();

/** Takes a person who accepted off the session's speakers. */
export const deletePersonSpeaker = (db: Db, sessionId: string, personId: string) =>
  db
    .deleteFrom('session_speakers')
    .where('session_id', '=', sessionId)
    .where('person_id', '=', personId)
    .execute();
