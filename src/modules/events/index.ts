/**
 * The events module's public surface: what the server mounts and what the other parts of
 * events (registration, programme, figures), other modules and the demo data build on.
 */
export { eventApi } from './api/routes.js';
export { checkinScript } from './checkin/script.js';
export { checkIn } from './checkin/service.js';
export { createEvents, type Events } from './context.js';
export {
  addEventToCalendar,
  type CalendarOptions,
  eventIcs,
  eventsCalendar,
  locationText,
  newCalendar,
} from './event/calendar.js';
export { type EventView, presentEvent } from './event/presenters.js';
export type { EventRow, VenueRow } from './event/queries.js';
export { type EventPageSection, eventRoutes } from './event/routes.js';
export { EventSaveSchema } from './event/schema.js';
export {
  createEvent,
  EVENTS_COLLECTION,
  eventDetails,
  loadEvent,
  transitionEvent,
  updateEvent,
} from './event/service.js';
export { formatEventTimes, isoWithOffset, utcToLocal, zoneLabel } from './event/times.js';
export { EVENT_PAGE_SLOTS, type EventPageSlot } from './event/views/page.js';
export { eventFiguresRoutes, eventFiguresSection } from './figures/routes.js';
export { participationFigures } from './figures/service.js';
export { authorize as authorizeEvent, can as canOnEvent, type EventAction } from './policy.js';
export {
  acceptInvitation as acceptSpeakerInvitation,
  sessionInvitations as sessionSpeakerInvitations,
} from './programme/invitations/service.js';
export { programmeRoutes, programmeSection } from './programme/routes.js';
export { RoomSaveSchema, SessionSaveSchema } from './programme/schema.js';
export { createRoom, saveSession } from './programme/service.js';
export { registrationRoutes, registrationSection } from './registration/routes.js';
export { fillFreeSeats, myRegistration, registerForEvent } from './registration/service.js';
export type { RegistrationStatus } from './tables.js';
