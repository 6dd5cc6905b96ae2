/** The SQL of the membership queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as membership from './queries.js';

const { at, person, id } = FIXED;
const application = '0196f0c2-0000-7000-8000-000000000003';
const document = '0196f0c2-0000-7000-8000-000000000004';

const queries: Record<string, Query> = {
  findOrganization: (db) => membership.findOrganization(db, id),
  insertApplication: (db) =>
    membership.insertApplication(db, {
      id: application,
      organization_id: id,
      motivation: 'Qarabağa qayıdan ailələrə dəstək verən birliklərlə birgə işləmək istəyirik.',
      status: 'pending',
      submitted_by: person,
      submitted_at: at,
      decided_by: null,
      decided_at: null,
      decision_reason: null,
      updated_at: at,
    }),
  insertDocuments: (db) =>
    membership.insertDocuments(db, [
      {
        id: document,
        application_id: application,
        original_name: 'Nizamnamə.pdf',
        stored_name: `${document}.pdf`,
        size_bytes: 48213,
        sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
        created_at: at,
      },
    ]),
  findApplication: (db) => membership.findApplication(db, application),
  listApplicationsOfOrganization: (db) => membership.listApplicationsOfOrganization(db, id),
  listDocuments: (db) => membership.listDocuments(db, [application]),
  findDocument: (db) => membership.findDocument(db, document),
  listPendingApplications: (db) => membership.listPendingApplications(db, 51, 0),
  decideApplication: (db) =>
    membership.decideApplication(db, application, {
      status: 'rejected',
      decided_by: person,
      decided_at: at,
      decision_reason: 'Qeydiyyat şəhadətnaməsi yoxdur.',
    }),
  changeMembershipStatus: (db) =>
    membership.changeMembershipStatus(db, id, ['none', 'rejected'], 'applied', at),
  listOwnerRecipients: (db) => membership.listOwnerRecipients(db, id),
  searchOrganizations: (db) =>
    membership.searchOrganizations(db, { search: 'Qarabağ 100%', limit: 50 }),
  searchMembers: (db) =>
    membership.searchOrganizations(db, { search: 'kpu', statuses: ['member'], limit: 50 }),
  listOrganizationsWithStatus: (db) => membership.listOrganizationsWithStatus(db, 'suspended', 100),
  insertVerification: (db) =>
    membership.insertVerification(db, {
      id: document,
      organization_id: id,
      verified_by: person,
      verified_by_label: 'Aysel <aysel@example.org>',
      verified_at: at,
      evidence: 'Dövlət reyestri, 1400123 nömrəli qeyd.',
      valid_until: '2026-05-28',
      revoked_at: null,
      revoked_by: null,
      revocation_reason: null,
      created_at: at,
      updated_at: at,
    }),
  listVerifications: (db) => membership.listVerifications(db, id),
  findCurrentVerification: (db) => membership.findCurrentVerification(db, id),
  listDueForReverification: (db) => membership.listDueForReverification(db, '2025-06-27', 200),
};

describeCompiledQueries(queries);
