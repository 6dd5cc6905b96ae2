/** The SQL of the export queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import { createSearchIndex } from '../../../platform/search/index.js';
import * as exports from './queries.js';

const { id } = FIXED;

const queries: Record<string, Query> = {
  'listExportPage (first)': (db) => exports.listExportPage(db, {}, undefined, undefined, 500),
  'listExportPage (filtered, search, after)': (db, engine) =>
    exports.listExportPage(
      db,
      { countries: ['AZ', 'GE'], sdg: 16, iatiType: 22, verifiedOn: '2025-05-28' },
      createSearchIndex(engine).matches(db, 'organizations', 'xank'),
      { name: 'Xankəndi', id },
      500,
    ),
  listSdgsOf: (db) => exports.listSdgsOf(db, [id]),
  listTagsOf: (db) => exports.listTagsOf(db, [id]),
};

describeCompiledQueries(queries);
