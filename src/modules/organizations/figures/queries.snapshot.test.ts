/** The SQL of the network's figures on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, type Query } from '../../../../test/query-snapshots.js';
import * as figures from './queries.js';

const queries: Record<string, Query> = {
  countMembersByCountry: (db) => figures.countMembersByCountry(db),
  countMembersBySdg: (db) => figures.countMembersBySdg(db),
  countMembersByIatiType: (db) => figures.countMembersByIatiType(db),
  countVerifiedMembers: (db) => figures.countVerifiedMembers(db, '2025-05-28'),
};

describeCompiledQueries(queries);
