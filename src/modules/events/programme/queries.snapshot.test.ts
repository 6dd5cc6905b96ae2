/** The SQL of the programme's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import type { SessionRow } from '../tables.js';
import * as programme from './queries.js';

const { at, person, id } = FIXED;

const session: SessionRow = {
  id,
  event_id: id,
  kind: 'plenary',
  title: '{"az":"Açılış plenar iclası"}',
  description: '{}',
  starts_at: '2025-10-20T06:00:00.000Z',
  ends_at: '2025-10-20T07:30:00.000Z',
  room_id: id,
  track: 'Main',
  track_translations: '{"az":"Əsas"}',
  capacity: null,
  confirmed_count: 0,
  waitlisted_count: 0,
  created_at: at,
  updated_at: at,
};
const slot = { startsAt: session.starts_at, endsAt: session.ends_at, exceptId: id };

const queries: Record<string, Query> = {
  listRooms: (db) => programme.listRooms(db, id),
  findRoom: (db) => programme.findRoom(db, id, id),
  insertRoom: (db) =>
    programme.insertRoom(db, {
      id,
      venue_id: id,
      name: 'Zal A',
      name_translations: '{"en":"Hall A"}',
      capacity: 300,
      created_at: at,
      updated_at: at,
    }),
  deleteRoom: (db) => programme.deleteRoom(db, id),
  updateRoom: (db) =>
    programme.updateRoom(db, id, {
      name: 'Zal B',
      name_translations: '{}',
      capacity: 80,
      updated_at: at,
    }),
  listSessionsOverSeats: (db) => programme.listSessionsOverSeats(db, id, 80),
  countSessions: (db) => programme.countSessions(db, id),
  roomNameTaken: (db) => programme.roomNameTaken(db, id, 'Zal A', id),
  lockRoom: (db) => programme.lockRoom(db, id),
  findRoomOverlap: (db) => programme.findRoomOverlap(db, id, slot),
  findRoomOverlapOtherEvents: (db) =>
    programme.findRoomOverlap(db, id, { ...slot, otherThanEvent: id }),
  findSpeakerOverlaps: (db) =>
    programme.findSpeakerOverlaps(db, {
      ...slot,
      eventId: id,
      personIds: [person],
      guestNames: ['leyla məmmədova'],
    }),
  insertSession: (db) => programme.insertSession(db, session),
  updateSession: (db) => programme.updateSession(db, id, { track: 'Youth', updated_at: at }),
  deleteSession: (db) => programme.deleteSession(db, id),
  findSession: (db) => programme.findSession(db, id, id),
  replaceSessionDetails: (db) =>
    programme.replaceSessionDetails(db, id, {
      tags: [{ tag: 'water', translations: '{"az":"su"}' }],
      sdgs: [6],
      speakers: [
        {
          id,
          session_id: id,
          person_id: null,
          guest_name: 'Leyla Məmmədova',
          guest_organization: 'Green Baku',
          role: 'moderator',
          position: 0,
          created_at: at,
        },
      ],
    }),
  listSessions: (db) => programme.listSessions(db, id),
  listSessionsUpcoming: (db) => programme.listSessions(db, id, { from: at, limit: 3 }),
  listSessionTags: (db) => programme.listSessionTags(db, id),
  listSessionSdgs: (db) => programme.listSessionSdgs(db, id),
  listSessionSpeakers: (db) => programme.listSessionSpeakers(db, id),
};

describeCompiledQueries(queries);
