/** The SQL of delegations to external events (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import * as q from './queries.js';

const { at, person, id } = FIXED;
const timestamps = { created_at: at, updated_at: at };

const queries: Record<string, Query> = {
  insertExternalEvent: (db) =>
    q.insertExternalEvent(db, {
      id,
      slug: 'wuf13-baku-2026',
      name: 'WUF13',
      city: 'Baku',
      country: 'AZ',
      starts_on: '2026-05-17',
      ends_on: '2026-05-22',
      url: null,
      ...timestamps,
    }),
  externalEventSlugTaken: (db) => q.externalEventSlugTaken(db, 'wuf13-baku-2026'),
  findExternalEvent: (db) => q.findExternalEvent(db, id),
  listExternalEvents: (db) => q.listExternalEvents(db),
  findExternalEventNames: (db) => q.findExternalEventNames(db, [id]),
  findDelegationTitles: (db) => q.findDelegationTitles(db, [id]),
  insertDelegation: (db) =>
    q.insertDelegation(db, {
      id,
      external_event_id: id,
      lead_organization_id: id,
      title: 'Delegation',
      created_by: person,
      ...timestamps,
    }),
  findDelegation: (db) => q.findDelegation(db, id),
  findDelegationOfLead: (db) => q.findDelegationOfLead(db, id, id),
  listDelegationOrganizations: (db) => q.listDelegationOrganizations(db),
  listDelegationsOfOrganizations: (db) => q.listDelegationsOfOrganizations(db, [id]),
  listAllDelegations: (db) => q.listDelegationsOfOrganizations(db, null),
  listInvitationsOfOrganizations: (db) => q.listInvitationsOfOrganizations(db, [id]),
  listPartnerships: (db) => q.listPartnerships(db, id),
  insertInvitation: (db) => q.insertInvitation(db, id, id, at),
  acceptInvitation: (db) => q.acceptInvitation(db, id, id, at),
  deleteInvitation: (db) => q.deleteInvitation(db, id, id),
  deletePartner: (db) => q.deletePartner(db, id, id),
  insertMember: (db) =>
    q.insertMember(db, {
      id,
      delegation_id: id,
      person_id: person,
      guest_name: null,
      organization_id: id,
      role: 'head',
      travel_status: 'planning',
      ...timestamps,
    }),
  listMembers: (db) => q.listMembers(db, id),
  updateMember: (db) =>
    q.updateMember(db, id, id, { role: 'member', travel_status: 'booked', updated_at: at }),
  deleteMember: (db) => q.deleteMember(db, id, id),
  insertTask: (db) =>
    q.insertTask(db, {
      id,
      delegation_id: id,
      title: 'Apply for visas',
      owner_id: person,
      due_on: '2026-04-01',
      done_at: null,
      reminded_at: null,
      ...timestamps,
    }),
  listTasks: (db) => q.listTasks(db, id),
  setTaskDone: (db) => q.setTaskDone(db, id, id, at, at),
  setTaskUndone: (db) => q.setTaskDone(db, id, id, null, at),
  clearTaskOwner: (db) => q.clearTaskOwner(db, id, person),
};

describeCompiledQueries(queries);
