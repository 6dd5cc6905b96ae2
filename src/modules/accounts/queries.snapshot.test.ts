/** The SQL of the accounts module's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../test/query-snapshots.js';
import * as accounts from './queries.js';

const { at, person, id: token } = FIXED;

const queries: Record<string, Query> = {
  // modules/accounts
  countPeople: (db) => accounts.countPeople(db),
  countAdmins: (db) => accounts.countAdmins(db),
  findPersonById: (db) => accounts.findPersonById(db, person),
  findPersonByEmail: (db) => accounts.findPersonByEmail(db, 'leyla@example.org'),
  searchPeople: (db) => accounts.searchPeople(db, { limit: 20, offset: 40 }),
  'searchPeople (search)': (db) =>
    accounts.searchPeople(db, { search: 'Əli_100%', limit: 20, offset: 0 }),
  setAdminFlag: (db) => accounts.setAdminFlag(db, person, true, at),
  markEmailVerified: (db) => accounts.markEmailVerified(db, person, at),
  insertApiToken: (db) =>
    accounts.insertApiToken(db, {
      id: token,
      person_id: person,
      name: 'reporting script',
      token_hash: 'hash',
      created_at: at,
      last_used_at: null,
      revoked_at: null,
    }),
  listApiTokens: (db) => accounts.listApiTokens(db, person),
  revokeApiToken: (db) => accounts.revokeApiToken(db, person, token, at),
  revokeApiTokensOfPerson: (db) => accounts.revokeApiTokensOfPerson(db, person, at),
  findPersonByApiToken: (db) => accounts.findPersonByApiToken(db, 'hash'),
  touchApiToken: (db) => accounts.touchApiToken(db, token, at),
  lockAdminIds: (db, engine) => accounts.lockAdminIds(db, engine),
  replaceSetupToken: (db) => accounts.replaceSetupToken(db, 'hash', token, at),
  findSetupToken: (db) => accounts.findSetupToken(db, 'hash'),
  consumeSetupToken: (db) => accounts.consumeSetupToken(db, 'hash'),
};

describeCompiledQueries(queries);
