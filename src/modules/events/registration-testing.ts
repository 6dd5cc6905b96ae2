/** Fixtures for the registration tests: published events, registrants, and counting seats. */
import { expect } from 'vitest';
import { signedUpClient, type TestClient, type TestConcord } from '../../../test/app.js';
import { eventForm, type organiserWithOrganization, slugFrom } from './testing.js';

type Organiser = Awaited<ReturnType<typeof organiserWithOrganization>>;

/** An event created through the form and published; returns its slug and id. */
export async function publishedEvent(
  concord: TestConcord,
  organiser: Organiser,
  changes: Record<string, string | string[]> = {},
) {
  await organiser.client.get('/events/new');
  const created = await organiser.client.post(
    '/events',
    eventForm(organiser.organization.id, changes),
  );
  expect(created.status, created.html.slice(0, 1500)).toBe(303);
  const slug = slugFrom(created.location);
  await organiser.client.get(`/events/${slug}`);
  expect((await organiser.client.post(`/events/${slug}/publish`, {})).status).toBe(303);
  const { id } = await concord.deps.db.kysely
    .selectFrom('events')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirstOrThrow();
  return { slug, id };
}

/** A signed-in person with no organisation. */
export async function registrant(concord: TestConcord, name = 'Leyla Məmmədova') {
  const { client, email } = await signedUpClient(concord, { name });
  const { id } = await concord.deps.db.kysely
    .selectFrom('people')
    .select('id')
    .where('email', '=', email)
    .executeTakeFirstOrThrow();
  return { client, email, id, name };
}

/** Posts the register form as the event page offers it. */
export async function register(
  client: TestClient,
  slug: string,
  fields: Record<string, string> = {},
) {
  await client.get(`/events/${slug}`);
  return client.post(`/events/${slug}/register`, fields);
}

/** The event's counters next to the counts of the rows they count. */
export async function seats(concord: TestConcord, eventId: string) {
  const db = concord.deps.db.kysely;
  const event = await db
    .selectFrom('events')
    .select(['confirmed_count', 'waitlisted_count', 'attended_count', 'capacity'])
    .where('id', '=', eventId)
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom('event_registrations')
    .select(['status', 'attended_at'])
    .where('event_id', '=', eventId)
    .execute();
  return {
    counters: {
      confirmed: event.confirmed_count,
      waitlisted: event.waitlisted_count,
      attended: event.attended_count,
    },
    rows: {
      confirmed: rows.filter((r) => r.status === 'confirmed').length,
      waitlisted: rows.filter((r) => r.status === 'waitlisted').length,
      attended: rows.filter((r) => r.attended_at !== null).length,
    },
  };
}

/** A person's registration row for the event. */
export const registrationOf = (concord: TestConcord, eventId: string, personId: string) =>
  concord.deps.db.kysely
    .selectFrom('event_registrations')
    .selectAll()
    .where('event_id', '=', eventId)
    .where('person_id', '=', personId)
    .executeTakeFirst();

/** The newest mail to `to`, or undefined. */
export async function lastMailTo(concord: TestConcord, to: string) {
  return (await concord.deps.mailer.list(500)).find((m) => m.to_address === to);
}
