/** The SQL behind an event's audience, on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as audience from './queries.js';

const { person, id } = FIXED;

const queries: Record<string, Query> = {
  findEventById: (db) => audience.findEventById(db, id),
  findSessionById: (db) => audience.findSessionById(db, id),
  listOrganizerIds: (db) => audience.listOrganizerIds(db, id),
  hasConfirmedRegistration: (db) => audience.hasConfirmedRegistration(db, id, person),
};

describeCompiledQueries(queries);
