/** The SQL of the organisations module's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as organizations from './queries.js';

const { at, person, id } = FIXED;

const queries: Record<string, Query> = {
  insertOrganization: (db) =>
    organizations.insertOrganization(db, {
      id,
      slug: 'kpu-az',
      name: 'Xankəndi İctimai Birliyi',
      name_translations: '{}',
      acronym: 'KPU',
      legal_form: null,
      registration_number: null,
      registering_authority: null,
      country: 'AZ',
      city: 'Xankəndi',
      founded_year: 2009,
      website: null,
      email: null,
      phone: null,
      description: '{}',
      working_languages: '[]',
      social_links: '[]',
      iati_identifier: null,
      iati_type: 22,
      membership_status: 'none',
      created_by: person,
      created_at: at,
      updated_at: at,
    }),
  updateOrganization: (db) =>
    organizations.updateOrganization(db, id, { city: 'Şuşa', updated_at: at }),
  findOrganizationBySlug: (db) => organizations.findOrganizationBySlug(db, 'kpu-az'),
  slugTaken: (db) => organizations.slugTaken(db, 'kpu-az'),
  listSearchSources: (db) => organizations.listSearchSources(db),
  listAllTags: (db) => organizations.listAllTags(db),
  findOrganizationByIatiIdentifier: (db) =>
    organizations.findOrganizationByIatiIdentifier(db, 'AZ-MOJ-1'),
  findOrganizationByRegistrationNumber: (db) =>
    organizations.findOrganizationByRegistrationNumber(db, 'AZ', '1400123'),
  replaceSdgs: (db) => organizations.replaceSdgs(db, id, [1, 11]),
  replaceTags: (db) => organizations.replaceTags(db, id, ['housing']),
  listSdgs: (db) => organizations.listSdgs(db, id),
  listTags: (db) => organizations.listTags(db, id),
  insertMember: (db) =>
    organizations.insertMember(db, {
      organization_id: id,
      person_id: person,
      role: 'owner',
      listed: 1,
      created_at: at,
      updated_at: at,
    }),
  findMembership: (db) => organizations.findMembership(db, id, person),
  listMembers: (db) => organizations.listMembers(db, id),
  updateMemberRole: (db) => organizations.updateMemberRole(db, id, person, 'admin', at),
  deleteMember: (db) => organizations.deleteMember(db, id, person),
  lockOwnerIds: (db, engine) => organizations.lockOwnerIds(db, id, engine),
  listOrganizationsOfPerson: (db) => organizations.listOrganizationsOfPerson(db, person),
};

describeCompiledQueries(queries);
