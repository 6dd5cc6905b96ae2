/**
 * Row types of the delegations module's tables: external events and the delegations sent to
 * them, with partner organisations, members and tasks (see migrations/0012_events.ts and
 * 0015_delegation_partnerships.ts).
 */
declare module '../../platform/db/tables.js' {
  interface Database extends DelegationTables {}
}

export type DelegateRole = 'head' | 'member' | 'speaker' | 'support';
export type TravelStatus =
  | 'planning'
  | 'visa_requested'
  | 'visa_granted'
  | 'booked'
  | 'travelled'
  | 'cancelled';

type Timestamps = { created_at: string; updated_at: string };

export interface DelegationTables {
  external_events: Timestamps & {
    id: string;
    slug: string;
    name: string;
    city: string | null;
    country: string | null;
    /** Calendar dates, YYYY-MM-DD. */
    starts_on: string;
    ends_on: string;
    url: string | null;
  };
  delegations: Timestamps & {
    id: string;
    external_event_id: string;
    lead_organization_id: string;
    title: string;
    created_by: string | null;
  };
  /** A partner organisation once `accepted_at` is set; until then an invitation. */
  delegation_organizations: {
    delegation_id: string;
    organization_id: string;
    invited_at: string | null;
    accepted_at: string | null;
  };
  delegation_members: Timestamps & {
    id: string;
    delegation_id: string;
    person_id: string | null;
    guest_name: string | null;
    organization_id: string | null;
    role: DelegateRole;
    travel_status: TravelStatus;
  };
  delegation_tasks: Timestamps & {
    id: string;
    delegation_id: string;
    title: string;
    owner_id: string | null;
    due_on: string;
    done_at: string | null;
    reminded_at: string | null;
  };
}
