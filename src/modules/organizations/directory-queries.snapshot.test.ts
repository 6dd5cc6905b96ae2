/** The SQL of the directory's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../test/query-snapshots.js';
import { createSearchIndex } from '../../platform/search/index.js';
import * as directory from './directory-queries.js';

const filter: directory.DirectoryFilter = {
  statuses: ['member'],
  countries: ['AZ', 'KZ'],
  sdg: 6,
  iatiType: 22,
};
const members: directory.DirectoryFilter = { statuses: ['member'] };

const queries: Record<string, Query> = {
  'listDirectoryPage (by name)': (db) =>
    directory.listDirectoryPage(db, members, undefined, { name: 'K', id: FIXED.id }, 20),
  'listDirectoryPage (filtered)': (db) =>
    directory.listDirectoryPage(db, filter, undefined, undefined, 20),
  'listDirectoryPage (search)': (db, engine) =>
    directory.listDirectoryPage(
      db,
      members,
      createSearchIndex(engine).matches(db, 'organizations', 'xank water'),
      { rank: 1.5, id: FIXED.id },
      20,
    ),
  countDirectory: (db, engine) =>
    directory.countDirectory(
      db,
      filter,
      createSearchIndex(engine).matches(db, 'organizations', 'xank'),
    ),
  countByCountry: (db) => directory.countByCountry(db, members, undefined),
  countBySdg: (db) => directory.countBySdg(db, members, undefined),
  countByIatiType: (db) => directory.countByIatiType(db, members, undefined),
};

describeCompiledQueries(queries);
