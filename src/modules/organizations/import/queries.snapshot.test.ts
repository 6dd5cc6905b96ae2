/** The SQL of the import queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as imports from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  insertImport: (db) =>
    imports.insertImport(db, {
      id,
      file_name: 'üzvlər.csv',
      content: 'name,country\r\nXankəndi,AZ\r\n',
      admit: 1,
      mode: null,
      status: 'validated',
      total_rows: 1,
      error_rows: 0,
      processed_rows: 0,
      created_count: 0,
      updated_count: 0,
      unchanged_count: 0,
      skipped_count: 0,
      problems: '[]',
      failure: null,
      created_by: person,
      created_at: at,
      updated_at: at,
      finished_at: null,
    }),
  findImport: (db) => imports.findImport(db, id),
  updateImport: (db) =>
    imports.updateImport(db, id, ['validated', 'failed'], { status: 'queued', updated_at: at }),
  listRecentImports: (db) => imports.listRecentImports(db, 10),
  findImportFiles: (db) => imports.findImportFiles(db, [id]),
  findOrganizationsByKeys: (db) =>
    imports.findOrganizationsByKeys(db, {
      iatiIdentifiers: ['AZ-MOJ-1400123456'],
      registrationNumbers: ['1400123456', 'R-2'],
    }),
  findImportMatches: (db) =>
    imports.findImportMatches(db, {
      iatiIdentifier: 'AZ-MOJ-1400123456',
      country: 'AZ',
      registrationNumber: '1400123456',
    }),
};

describeCompiledQueries(queries);
