/**
 * The events module's public surface: what the server mounts and what the other parts of
 * events (registration, programme, figures), other modules and the demo data build on.
 */
export { eventApi } from './api/routes.js';
export {
  addEventToCalendar,
  type CalendarOptions,
  eventIcs,
  eventsCalendar,
  locationText,
  newCalendar,
} from './calendar.js';
export { checkinScript } from './checkin/script.js';
export { checkIn } from './checkin/service.js';
export { createEvents, type Events } from './context.js';
export { eventFiguresRoutes, eventFiguresSection } from './figures/routes.js';
export { participationFigures } from './figures/service.js';
export { authorize as authorizeEvent, can as canOnEvent, type EventAction } from './policy.js';
export { type EventView, presentEvent } from './presenters.js';
export {
  acceptInvitation as acceptSpeakerInvitation,
  sessionInvitations as sessionSpeakerInvitations,
} from './programme/invitations/service.js';
export { programmeRoutes, programmeSection } from './programme/routes.js';
export { RoomSaveSchema, SessionSaveSchema } from './programme/schema.js';
export { createRoom, saveSession } from './programme/service.js';
export type { EventRow, VenueRow } from './queries.js';
export { registrationRoutes, registrationSection } from './registration/routes.js';
export { fillFreeSeats, myRegistration, registerForEvent } from './registration/service.js';
export { type EventPageSection, eventRoutes } from './routes.js';
export { EventSaveSchema } from './schema.js';
export {
  createEvent,
  EVENTS_COLLECTION,
  eventDetails,
  loadEvent,
  transitionEvent,
  updateEvent,
} from './service.js';
export type { RegistrationStatus } from './tables.js';
export { formatEventTimes, isoWithOffset, utcToLocal, zoneLabel } from './times.js';
export { EVENT_PAGE_SLOTS, type EventPageSlot } from './views/event-page.js';
