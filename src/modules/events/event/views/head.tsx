/** What search engines and link previews read of an event: schema.org Event and Open Graph. */
import { raw } from 'hono/html';
import type { EventView } from '../presenters.js';

const EVENT_STATUS = {
  draft: 'https://schema.org/EventScheduled',
  published: 'https://schema.org/EventScheduled',
  finished: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

/** schema.org Event for one event; times carry the event zone's offset. */
export function eventJsonLd(event: EventView, url: string, baseUrl: string) {
  const place = event.venue && {
    '@type': 'Place',
    name: event.venue.name,
    address: {
      '@type': 'PostalAddress',
      streetAddress: event.venue.address ?? undefined,
      addressLocality: event.venue.city ?? undefined,
      addressCountry: event.venue.country ?? undefined,
    },
  };
  // Search engines and link previews get the event page, never the meeting link itself.
  const virtual = event.online && { '@type': 'VirtualLocation', url };
  const locations = [place, virtual].filter(Boolean);
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.description ? event.description.slice(0, 500) : undefined,
    url,
    startDate: event.startsAtLocal,
    endDate: event.endsAtLocal,
    eventStatus: EVENT_STATUS[event.status],
    eventAttendanceMode:
      place && virtual
        ? 'https://schema.org/MixedEventAttendanceMode'
        : virtual
          ? 'https://schema.org/OnlineEventAttendanceMode'
          : 'https://schema.org/OfflineEventAttendanceMode',
    location: locations.length === 1 ? locations[0] : locations,
    organizer: event.organizers.map((o) => ({
      '@type': 'Organization',
      name: o.name,
      url: `${baseUrl}/organizations/${o.slug}`,
    })),
    superEvent: event.parent
      ? {
          '@type': 'Event',
          name: event.parent.title,
          url: `${baseUrl}/events/${event.parent.slug}`,
        }
      : undefined,
    maximumAttendeeCapacity: event.capacity ?? undefined,
  };
}

export function EventHead(props: { event: EventView; url: string; baseUrl: string }) {
  const { event } = props;
  // JSON inside <script> must not be able to close the element: escape "<" everywhere.
  const json = JSON.stringify(eventJsonLd(event, props.url, props.baseUrl)).replace(
    /</g,
    '\\u003c',
  );
  const summary = (event.description || `${event.title}, ${event.when}`).slice(0, 200);
  return (
    <>
      <meta property="og:type" content="website" />
      <meta property="og:title" content={event.title} />
      <meta property="og:url" content={props.url} />
      <meta property="og:description" content={summary} />
      <meta name="description" content={summary} />
      <link rel="alternate" type="text/calendar" href={`${props.url}/event.ics`} />
      <script type="application/ld+json">{raw(json)}</script>
    </>
  );
}
