/** The SQL of personal API tokens on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const { at, person, id: token } = FIXED;

const queries: Record<string, Query> = {
  insertApiToken: (db) =>
    q.insertApiToken(db, {
      id: token,
      person_id: person,
      name: 'reporting script',
      token_hash: 'hash',
      created_at: at,
      last_used_at: null,
      revoked_at: null,
    }),
  listApiTokens: (db) => q.listApiTokens(db, person),
  revokeApiToken: (db) => q.revokeApiToken(db, person, token, at),
  findPersonByApiToken: (db) => q.findPersonByApiToken(db, 'hash'),
  touchApiToken: (db) => q.touchApiToken(db, token, at),
};

describeCompiledQueries(queries);
