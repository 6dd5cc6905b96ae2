/** The SQL of people, the accounts module's core, on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as accounts from './queries.js';

const { at, person } = FIXED;

const queries: Record<string, Query> = {
  countPeople: (db) => accounts.countPeople(db),
  countAdmins: (db) => accounts.countAdmins(db),
  findPersonById: (db) => accounts.findPersonById(db, person),
  setAdminFlag: (db) => accounts.setAdminFlag(db, person, true, at),
  revokeApiTokensOfPerson: (db) => accounts.revokeApiTokensOfPerson(db, person, at),
};

describeCompiledQueries(queries);
