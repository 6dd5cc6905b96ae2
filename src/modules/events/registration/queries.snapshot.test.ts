/** The SQL of registration, check-in and feed queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import { lockEvent } from '../event/rows.js';
import type { RegistrationRow } from '../tables.js';
import * as rq from './queries.js';

const { at, person, id } = FIXED;

const registration: RegistrationRow = {
  id,
  event_id: id,
  person_id: person,
  organization_id: null,
  status: 'confirmed',
  code: 'ABCD2345',
  queued_at: at,
  listed: 1,
  attended_at: null,
  checked_in_by: null,
  decided_by: null,
  created_at: at,
  updated_at: at,
};

const queries: Record<string, Query> = {
  // The event's lock, which every registration change starts with, snapshotted here as before.
  lockEvent: (db) => lockEvent(db, id),
  takeSeat: (db) => rq.takeSeat(db, id),
  adjustEventCounters: (db) => rq.adjustEventCounters(db, id, { confirmed: -1, attended: -1 }),
  findRegistration: (db) => rq.findRegistration(db, id, person),
  findRegistrationById: (db) => rq.findRegistrationById(db, id, id),
  codeTaken: (db) => rq.codeTaken(db, 'ABCD2345'),
  insertRegistration: (db) => rq.insertRegistration(db, registration),
  updateRegistration: (db) =>
    rq.updateRegistration(db, id, { status: 'cancelled', updated_at: at }),
  findRegistrant: (db) => rq.findRegistrant(db, id),
  oldestWaitlisted: (db) => rq.oldestWaitlisted(db, id),
  listOpenRegistrationIds: (db) => rq.listOpenRegistrationIds(db, id),
  findByCode: (db) => rq.findByCode(db, id, 'ABCD2345'),
  markAttended: (db) => rq.markAttended(db, id, person, at),
  listParticipantsOfStatus: (db) =>
    rq.listParticipantsOfStatus(db, id, 'confirmed', { after: { queuedAt: at, id }, limit: 101 }),
  countParticipantsByStatus: (db) => rq.countParticipantsByStatus(db, id),
  listParticipants: (db) => rq.listParticipants(db, id),
  listListedOrganizations: (db) => rq.listListedOrganizations(db, id),
  listConfirmedEvents: (db) => rq.listConfirmedEvents(db, person),
  findActiveFeed: (db) => rq.findActiveFeed(db, person),
  findFeedByHash: (db) => rq.findFeedByHash(db, 'ab'.repeat(32)),
  revokeFeeds: (db) => rq.revokeFeeds(db, person, at),
  insertFeed: (db) =>
    rq.insertFeed(db, {
      id,
      person_id: person,
      token_hash: 'ab'.repeat(32),
      created_at: at,
      revoked_at: null,
    }),
};

const sessionQueries: Record<string, Query> = {
  lockSession: (db) => rq.lockSession(db, id, id),
  takeSessionSeat: (db) => rq.takeSessionSeat(db, id),
  adjustSessionCounters: (db) => rq.adjustSessionCounters(db, id, { waitlisted: -1 }),
  findSessionRegistration: (db) => rq.findSessionRegistration(db, id, id),
  insertSessionRegistration: (db) =>
    rq.insertSessionRegistration(db, {
      id,
      session_id: id,
      registration_id: id,
      status: 'waitlisted',
      queued_at: at,
      created_at: at,
      updated_at: at,
    }),
  updateSessionRegistration: (db) =>
    rq.updateSessionRegistration(db, id, { status: 'confirmed', updated_at: at }),
  oldestSessionWaitlisted: (db) => rq.oldestSessionWaitlisted(db, id),
  listHeldSessionPlaces: (db) => rq.listHeldSessionPlaces(db, id),
  listSeatedSessions: (db) => rq.listSeatedSessions(db, id, id),
};

const auditQueries: Record<string, Query> = {
  findRegistrationNames: (db) => rq.findRegistrationNames(db, [id]),
  findSessionPlaceNames: (db) => rq.findSessionPlaceNames(db, [id]),
};

describeCompiledQueries({ ...queries, ...sessionQueries, ...auditQueries });
