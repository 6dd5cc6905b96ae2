/** Row types of the events module's tables (see migrations/0012_events.ts). */
import type { Selectable } from 'kysely';

declare module '../../platform/db/tables.js' {
  interface Database extends EventTables {}
}

export type EventKind = 'forum' | 'conference' | 'side_event' | 'webinar' | 'general_assembly';
export type EventStatus = 'draft' | 'published' | 'cancelled' | 'finished';
export type RegistrationMode = 'open' | 'approval' | 'closed';
export type SessionKind = 'plenary' | 'panel' | 'workshop' | 'side_event';
export type SpeakerRole = 'speaker' | 'moderator';
export type RegistrationStatus = 'pending' | 'confirmed' | 'waitlisted' | 'cancelled' | 'rejected';
export type SessionRegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

type Timestamps = { created_at: string; updated_at: string };

export interface EventTables {
  event_series: Timestamps & {
    id: string;
    slug: string;
    /** JSON: { "az"?: string, "en"?: string, "ru"?: string } */
    title: string;
  };
  venues: Timestamps & {
    id: string;
    name: string;
    address: string | null;
    city: string | null;
    /** ISO 3166-1 alpha-2. */
    country: string | null;
  };
  rooms: Timestamps & {
    id: string;
    venue_id: string;
    /** The name the venue gives it; its rooms are unique by it. */
    name: string;
    /** JSON translations of the name (migrations/0019). */
    name_translations: string;
    capacity: number | null;
  };
  events: Timestamps & {
    id: string;
    slug: string;
    kind: EventKind;
    series_id: string | null;
    /** The host event a side event belongs to. */
    parent_event_id: string | null;
    /** JSON translations. */
    title: string;
    /** JSON: Markdown per language. */
    description: string;
    /** UTC ISO. */
    starts_at: string;
    ends_at: string;
    /** IANA time zone the event is shown in. */
    time_zone: string;
    venue_id: string | null;
    online_url: string | null;
    status: EventStatus;
    registration_mode: RegistrationMode;
    capacity: number | null;
    registration_deadline: string | null;
    /** Kept in the same transaction as the registrations they count. */
    confirmed_count: number;
    waitlisted_count: number;
    attended_count: number;
    published_at: string | null;
    created_by: string | null;
  };
  event_organizers: { event_id: string; organization_id: string };
  event_sdgs: { event_id: string; sdg: number };
  event_sessions: Timestamps & {
    id: string;
    event_id: string;
    kind: SessionKind;
    title: string;
    description: string;
    starts_at: string;
    ends_at: string;
    room_id: string | null;
    /** The track as the organisers named it; the programme's filter links to it. */
    track: string | null;
    /** JSON translations of the track (migrations/0019). */
    track_translations: string;
    capacity: number | null;
    confirmed_count: number;
    waitlisted_count: number;
  };
  session_sdgs: { session_id: string; sdg: number };
  /** A session's topic, lower case (the filter's value), and its translations as JSON. */
  session_tags: { session_id: string; tag: string; tag_translations: string };
  session_speakers: {
    id: string;
    session_id: string;
    person_id: string | null;
    guest_name: string | null;
    guest_organization: string | null;
    role: SpeakerRole;
    position: number;
    created_at: string;
  };
  /** A speaker invited by address (migrations/0017): listed in session_speakers once accepted. */
  speaker_invitations: {
    id: string;
    session_id: string;
    email: string;
    role: SpeakerRole;
    position: number;
    organization: string | null;
    token_hash: string;
    invited_by: string | null;
    sent_at: string;
    created_at: string;
    accepted_at: string | null;
    person_id: string | null;
  };
  event_registrations: Timestamps & {
    id: string;
    event_id: string;
    person_id: string;
    /** The organisation the person represents, or null for themselves. */
    organization_id: string | null;
    status: RegistrationStatus;
    code: string;
    queued_at: string;
    listed: number;
    attended_at: string | null;
    checked_in_by: string | null;
    decided_by: string | null;
  };
  session_registrations: Timestamps & {
    id: string;
    session_id: string;
    registration_id: string;
    status: SessionRegistrationStatus;
    queued_at: string;
  };
  calendar_feeds: {
    id: string;
    person_id: string;
    token_hash: string;
    created_at: string;
    revoked_at: string | null;
  };
}

/**
 * Each table's row as a query reads it. They live here, not beside one capability's queries,
 * because every part of events passes them around (an event row goes to registration,
 * programme, check-in, figures…).
 */
export type EventRow = Selectable<EventTables['events']>;
export type VenueRow = Selectable<EventTables['venues']>;
export type SeriesRow = Selectable<EventTables['event_series']>;
export type RoomRow = Selectable<EventTables['rooms']>;
export type SessionRow = Selectable<EventTables['event_sessions']>;
export type SpeakerRow = Selectable<EventTables['session_speakers']>;
export type SpeakerInvitationRow = Selectable<EventTables['speaker_invitations']>;
export type RegistrationRow = Selectable<EventTables['event_registrations']>;
export type SessionRegistrationRow = Selectable<EventTables['session_registrations']>;
export type CalendarFeedRow = Selectable<EventTables['calendar_feeds']>;
