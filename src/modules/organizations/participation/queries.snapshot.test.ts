/** The SQL of what other modules read about organisations they count or involve. */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const { person, id } = FIXED;

const queries: Record<string, Query> = {
  findOrganizationPlaces: (db) => q.findOrganizationPlaces(db, [id]),
  findNetworkMemberSummaries: (db) => q.findNetworkMemberSummaries(db, [id]),
  listPeopleOfOrganizations: (db) => q.listPeopleOfOrganizations(db, [id]),
  listRolesOfPerson: (db) => q.listRolesOfPerson(db, person),
  findOrganizationSummaryBySlug: (db) => q.findOrganizationSummaryBySlug(db, 'sahel-water'),
};

describeCompiledQueries(queries);
