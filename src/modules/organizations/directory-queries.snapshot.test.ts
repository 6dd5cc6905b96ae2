/** The SQL of the directory's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../test/query-snapshots.js';
import { createSearchIndex } from '../../platform/search/index.js';
import * as directory from './directory-queries.js';

const filter: directory.DirectoryFilter = {
  statuses: ['member'],
  countries: ['AZ', 'KZ'],
  sdg: 6,
  iatiType: 22,
  verified: true,
};
const members: directory.DirectoryFilter = { statuses: ['member'] };
const today = '2026-05-01';

const queries: Record<string, Query> = {
  'listDirectoryByName (first page)': (db) =>
    directory.listDirectoryByName(db, { filter: members, after: undefined, limit: 20, today }),
  'listDirectoryByName (filtered, next page)': (db) =>
    directory.listDirectoryByName(db, {
      filter,
      after: { name: 'K', id: FIXED.id },
      limit: 20,
      today,
    }),
  'listDirectoryMatching (next page)': (db, engine) =>
    directory.listDirectoryMatching(
      db,
      createSearchIndex(engine).matches(db, 'organizations', 'xank water'),
      { filter: members, after: { rank: 1.5, id: FIXED.id }, limit: 20, today },
    ),
  'listDirectoryMatching (filtered)': (db, engine) =>
    directory.listDirectoryMatching(
      db,
      createSearchIndex(engine).matches(db, 'organizations', 'xank'),
      { filter, after: undefined, limit: 20, today },
    ),
  findDirectoryEntries: (db) => directory.findDirectoryEntries(db, [FIXED.id], today),
};

describeCompiledQueries(queries);
