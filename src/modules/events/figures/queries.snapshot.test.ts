/** The SQL of an event's participation figures (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const queries: Record<string, Query> = {
  countParticipantsByOrganization: (db) => q.countParticipantsByOrganization(db, FIXED.id),
};

describeCompiledQueries(queries);
