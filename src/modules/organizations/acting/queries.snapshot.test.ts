/** The SQL of whom a person acts for, on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as acting from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  listActingChoices: (db) => acting.listActingChoices(db, person),
  findActingMembership: (db) => acting.findActingMembership(db, id, person),
  saveActingChoice: (db) => acting.saveActingChoice(db, person, id, at),
};

describeCompiledQueries(queries);
