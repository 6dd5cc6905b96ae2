/**
 * The events module's public surface: what the server mounts and what the other parts of
 * events (registration, programme, figures), other modules and the demo data build on.
 */
import { Hono } from 'hono';
import type { AppEnv } from '../../platform/http/context.js';
import type { ModuleWeb } from '../../platform/http/module.js';
import { eventApi } from './api/routes.js';
import { checkinScript } from './checkin/script.js';
import type { Events } from './context.js';
import { type EventPageSection, eventRoutes } from './event/routes.js';
import { eventFiguresRoutes, eventFiguresSection } from './figures/routes.js';
import {
  type ProgrammeSessionLinks,
  programmeRoutes,
  programmeSection,
} from './programme/routes.js';
import {
  participationSection,
  registrationRoutes,
  registrationSection,
} from './registration/routes.js';

export {
  type EventAudience,
  type EventPartRef,
  eventAudience,
} from './audience/service.js';
export { checkIn } from './checkin/service.js';
export { createEvents, type Events } from './context.js';
export { eventAuditSubjects } from './event/audit.js';
export {
  addEventToCalendar,
  type CalendarOptions,
  eventIcs,
  eventsCalendar,
  locationText,
  newCalendar,
} from './event/calendar.js';
export { type EventView, presentEvent } from './event/presenters.js';
export type { EventPageSection } from './event/routes.js';
export { EventSaveSchema } from './event/schema.js';
export { EVENTS_COLLECTION, reindexEvents } from './event/search.js';
export {
  createEvent,
  eventDetails,
  loadEvent,
  transitionEvent,
  updateEvent,
} from './event/service.js';
export { formatEventTimes, isoWithOffset, utcToLocal, zoneLabel } from './event/times.js';
export { EVENT_PAGE_SLOTS, type EventPageSlot } from './event/views/page.js';
export { participationFigures } from './figures/service.js';
export { eventsHomeSections } from './front-door/sections.js';
export { eventsMessages } from './messages/index.js';
export { authorize as authorizeEvent, can as canOnEvent, type EventAction } from './policy.js';
export {
  acceptInvitation as acceptSpeakerInvitation,
  sessionInvitations as sessionSpeakerInvitations,
} from './programme/invitations/service.js';
export type { ProgrammeSessionLinks } from './programme/routes.js';
export { RoomSaveSchema, SessionSaveSchema } from './programme/schema.js';
export { createRoom, saveSession } from './programme/service.js';
export type { SessionLink } from './programme/views/page.js';
export { registrationAuditSubjects } from './registration/audit.js';
export { fillFreeSeats, myRegistration, registerForEvent } from './registration/service.js';
export type { EventRow, RegistrationStatus, VenueRow } from './tables.js';

/**
 * The events' part of the app, under /events. The event page shows the sections of
 * registration, programme, participation and figures; `offered.sections` are the sections
 * other modules add to it, rendered into their slots, and `offered.sessionLinks` the links
 * they add to each session of a programme (a session's discussion).
 * @example app.route('/', eventsWeb(events, { sections: discussionSections }).routes)
 */
export function eventsWeb(
  ctx: Events,
  offered: {
    sections?: readonly EventPageSection[];
    sessionLinks?: readonly ProgrammeSessionLinks[];
  } = {},
): ModuleWeb {
  const sections = [
    registrationSection(ctx),
    programmeSection(ctx),
    participationSection(ctx),
    eventFiguresSection(ctx),
    ...(offered.sections ?? []),
  ];
  const routes = new Hono<AppEnv>()
    // Before the event pages: /events/feed is not an event's slug.
    .route('/events', registrationRoutes(ctx))
    .route('/events', eventRoutes(ctx, { sections }))
    .route('/events', programmeRoutes(ctx, offered.sessionLinks))
    .route('/events', eventFiguresRoutes(ctx));
  return { routes, api: eventApi(ctx), assets: [checkinScript] };
}
