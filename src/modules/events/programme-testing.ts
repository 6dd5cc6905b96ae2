/** Fixtures for tests that build a programme through its pages: rooms, sessions, their rows. */
import { expect } from 'vitest';
import type { TestClient, TestConcord } from '../../../test/app.js';

/** The session form as a browser sends it; `changes` replace fields. */
export function sessionForm(changes: Record<string, string | string[]> = {}) {
  const fields: Record<string, string | string[]> = {
    kind: 'panel',
    titleAz: '',
    titleEn: 'A session',
    titleRu: '',
    descriptionAz: '',
    descriptionEn: '',
    descriptionRu: '',
    startsAt: '2027-10-20T10:00',
    endsAt: '2027-10-20T11:00',
    room: '',
    track: '',
    tags: '',
    moderator: '',
    speakers: '',
    capacity: '',
    sdgs: [],
    ...changes,
  };
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return body;
}

/** Adds a room through the rooms page; returns its id. */
export async function addRoom(
  concord: TestConcord,
  client: TestClient,
  slug: string,
  name: string,
  capacity = '',
) {
  await client.get(`/events/${slug}/programme/rooms`);
  const page = await client.post(`/events/${slug}/programme/rooms`, { name, capacity });
  expect(page.status, page.html.slice(0, 2000)).toBe(303);
  const { id } = await concord.deps.db.kysely
    .selectFrom('rooms')
    .select('id')
    .where('name', '=', name)
    .orderBy('created_at', 'desc')
    .executeTakeFirstOrThrow();
  return id;
}

/** Adds a session through its form (asserting it saved); returns its id. */
export async function addSession(
  concord: TestConcord,
  client: TestClient,
  slug: string,
  changes: Record<string, string | string[]>,
) {
  await client.get(`/events/${slug}/programme/sessions/new`);
  const page = await client.post(`/events/${slug}/programme/sessions`, sessionForm(changes));
  expect(page.status, page.html.slice(0, 3000)).toBe(303);
  const { id } = await concord.deps.db.kysely
    .selectFrom('event_sessions as s')
    .innerJoin('events as e', 'e.id', 's.event_id')
    .select('s.id')
    .where('e.slug', '=', slug)
    .where('s.title', '=', JSON.stringify({ en: changes.titleEn ?? 'A session' }))
    .executeTakeFirstOrThrow();
  return id;
}

/** The event's sessions' times by English title. */
export async function sessionTimes(concord: TestConcord, eventId: string) {
  const rows = await concord.deps.db.kysely
    .selectFrom('event_sessions')
    .select(['title', 'starts_at', 'ends_at'])
    .where('event_id', '=', eventId)
    .orderBy('starts_at')
    .execute();
  return Object.fromEntries(
    rows.map((r) => [JSON.parse(r.title).en as string, [r.starts_at, r.ends_at]]),
  );
}

/** A session's counters next to the counts of the places they count. */
export async function sessionSeats(concord: TestConcord, sessionId: string) {
  const db = concord.deps.db.kysely;
  const session = await db
    .selectFrom('event_sessions')
    .select(['confirmed_count', 'waitlisted_count'])
    .where('id', '=', sessionId)
    .executeTakeFirstOrThrow();
  const places = await db
    .selectFrom('session_registrations')
    .select('status')
    .where('session_id', '=', sessionId)
    .execute();
  return {
    counters: { confirmed: session.confirmed_count, waitlisted: session.waitlisted_count },
    rows: {
      confirmed: places.filter((p) => p.status === 'confirmed').length,
      waitlisted: places.filter((p) => p.status === 'waitlisted').length,
    },
  };
}
