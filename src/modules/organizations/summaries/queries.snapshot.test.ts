/** The SQL of the organisation summaries other modules read (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as summaries from './queries.js';

const { person, id } = FIXED;

const queries: Record<string, Query> = {
  findOrganizationSummaries: (db) => summaries.findOrganizationSummaries(db, [id]),
  listManagedOrganizations: (db) => summaries.listManagedOrganizations(db, person),
  listSoleOwnedOrganizations: (db) => summaries.listSoleOwnedOrganizations(db, person),
};

describeCompiledQueries(queries);
