/** The SQL of the directory's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as directory from './queries.js';

const queries: Record<string, Query> = {
  readDirectoryRevision: (db) => directory.readDirectoryRevision(db),
  listDirectoryFacetColumns: (db) => directory.listDirectoryFacetColumns(db),
  findDirectoryEntries: (db) => directory.findDirectoryEntries(db, [FIXED.id]),
};

describeCompiledQueries(queries);
