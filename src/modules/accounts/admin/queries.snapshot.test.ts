/** The SQL of the administration pages on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const queries: Record<string, Query> = {
  searchPeople: (db) => q.searchPeople(db, { limit: 20, offset: 40 }),
  'searchPeople (search)': (db) => q.searchPeople(db, { search: 'Əli_100%', limit: 20, offset: 0 }),
  lockAdminIds: (db, engine) => q.lockAdminIds(db, engine),
  findPeopleByIds: (db) => q.findPeopleByIds(db, [FIXED.person]),
};

describeCompiledQueries(queries);
