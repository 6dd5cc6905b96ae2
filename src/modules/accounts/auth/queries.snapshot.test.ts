/** The SQL of signing up and of first-run setup on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const { at, person, id: token } = FIXED;

const queries: Record<string, Query> = {
  findPersonByEmail: (db) => q.findPersonByEmail(db, 'leyla@example.org'),
  markEmailVerified: (db) => q.markEmailVerified(db, person, at),
  replaceSetupToken: (db) => q.replaceSetupToken(db, 'hash', token, at),
  findSetupToken: (db) => q.findSetupToken(db, 'hash'),
  consumeSetupToken: (db) => q.consumeSetupToken(db, 'hash'),
};

describeCompiledQueries(queries);
