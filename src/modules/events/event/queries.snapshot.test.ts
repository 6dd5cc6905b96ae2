/** The SQL of the events module's queries on both engines (see test/query-snapshots.ts). */
import { describeCompiledQueries, FIXED, type Query } from '../../../../test/query-snapshots.js';
import { createSearchIndex } from '../../../platform/search/index.js';
import type { EventRow } from '../tables.js';
import * as events from './queries.js';

const { at, person, id } = FIXED;

const event: EventRow = {
  id,
  slug: 'azerbaijan-ngos-cooperation-forum-2025',
  kind: 'forum',
  series_id: null,
  parent_event_id: null,
  title: '{"az":"Azərbaycan QHT-lərinin Əməkdaşlıq Forumu"}',
  description: '{}',
  starts_at: '2025-10-20T06:00:00.000Z',
  ends_at: '2025-10-20T14:00:00.000Z',
  time_zone: 'Asia/Baku',
  venue_id: null,
  online_url: null,
  status: 'draft',
  registration_mode: 'open',
  capacity: 500,
  registration_deadline: null,
  confirmed_count: 0,
  waitlisted_count: 0,
  attended_count: 0,
  published_at: null,
  created_by: person,
  created_at: at,
  updated_at: at,
};
const filter: events.EventListFilter = {
  when: 'upcoming',
  now: at,
  kind: 'forum',
  country: 'AZ',
  organizationId: id,
  sdg: 16,
};

const queries: Record<string, Query> = {
  insertEvent: (db) => events.insertEvent(db, event),
  updateEvent: (db) => events.updateEvent(db, id, { capacity: 600, updated_at: at }),
  findEventBySlug: (db) => events.findEventBySlug(db, event.slug),
  findEventById: (db) => events.findEventById(db, id),
  findEventTitles: (db) => events.findEventTitles(db, [id]),
  eventSlugTaken: (db) => events.eventSlugTaken(db, event.slug),
  updateEventStatus: (db) =>
    events.updateEventStatus(db, id, 'draft', {
      status: 'published',
      updated_at: at,
      published_at: at,
    }),
  insertVenue: (db) =>
    events.insertVenue(db, {
      id,
      name: 'Xankəndi Konqres Mərkəzi',
      address: null,
      city: 'Xankəndi',
      country: 'AZ',
      created_at: at,
      updated_at: at,
    }),
  updateVenue: (db) => events.updateVenue(db, id, { city: 'Şuşa', updated_at: at }),
  findVenue: (db) => events.findVenue(db, id),
  findVenues: (db) => events.findVenues(db, [id]),
  findSeriesBySlug: (db) => events.findSeriesBySlug(db, 'cooperation-forum'),
  findSeries: (db) => events.findSeries(db, id),
  insertSeries: (db) =>
    events.insertSeries(db, {
      id,
      slug: 'cooperation-forum',
      title: '{}',
      created_at: at,
      updated_at: at,
    }),
  replaceEventOrganizers: (db) => events.replaceEventOrganizers(db, id, [person]),
  listEventOrganizerIds: (db) => events.listEventOrganizerIds(db, id),
  replaceEventSdgs: (db) => events.replaceEventSdgs(db, id, [16, 17]),
  listEventSdgs: (db) => events.listEventSdgs(db, id),
  listSideEvents: (db) => events.listSideEvents(db, id),
  listHostCandidates: (db) => events.listHostCandidates(db, at, 200),
  listEventsPage: (db) => events.listEventsPage(db, filter, { limit: 20 }),
  listSearchSources: (db) => events.listSearchSources(db),
  listEventsPagePastAfter: (db) =>
    events.listEventsPage(
      db,
      {
        ...filter,
        when: 'past',
        kind: undefined,
        country: undefined,
        organizationId: undefined,
        sdg: undefined,
      },
      { limit: 20, after: { startsAt: at, id } },
    ),
  listEventsPageSearching: (db, engine) =>
    events.listEventsPage(
      db,
      { ...filter, kind: undefined, country: undefined, organizationId: undefined, sdg: undefined },
      {
        limit: 20,
        matches: createSearchIndex(engine).matches(db, 'events', 'xankəndi'),
      },
    ),
  listPublicOrganizerIds: (db) => events.listPublicOrganizerIds(db),
  listPublicVenueCountries: (db) => events.listPublicVenueCountries(db),
};

describeCompiledQueries(queries);
