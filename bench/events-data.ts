/**
 * A large event for the events benchmark: an organiser, ~800 member organisations in many
 * countries (bench/directory-data.ts), 5,000 people registered for a three-day forum with 200
 * sessions in 10 rooms, most of them attended. The event, its rooms and sessions go through the
 * services (as organisers make them); people and registrations, too many for that, go in by
 * multi-row inserts shaped as the registration service leaves them, counters kept.
 */
import type { Concord } from '../src/boot.js';
import { createConfirmedPerson } from '../src/modules/accounts/index.js';
import { findEventById } from '../src/modules/events/event/queries.js';
import { EventSaveSchema } from '../src/modules/events/event/schema.js';
import { createEvent, transitionEvent } from '../src/modules/events/event/service.js';
import { SessionSaveSchema } from '../src/modules/events/programme/schema.js';
import { createRoom, saveSession } from '../src/modules/events/programme/service.js';
import type { EventRow } from '../src/modules/events/tables.js';
import { admitToNetwork, createOrganization } from '../src/modules/organizations/index.js';
import { today as todayIn } from '../src/modules/organizations/membership/verification.js';
import type { Actor } from '../src/platform/http/context.js';
import { random, seedOrganizations } from './directory-data.js';

export const ORGANIZATIONS = 800;
export const PEOPLE = 5_000;
export const SESSIONS = 200;
const ROOMS = 10;
const SEED = 20251128;
const CHUNK = 500;

const pad = (n: number) => String(n).padStart(6, '0');
/** The id of the bench's n-th person (0-based). */
export const personId = (n: number) => `bench-person-${pad(n)}`;

/** A person who owns an organisation, and may therefore organise events. */
export async function createOrganiser(concord: Concord): Promise<{ actor: Actor; orgId: string }> {
  const email = 'bench.organiser@example.org';
  const id = await createConfirmedPerson(concord.accounts, {
    name: 'Bench Organiser',
    email,
    password: 'correct horse battery staple',
  });
  const actor: Actor = {
    id: String(id),
    name: 'Bench Organiser',
    email,
    isAdmin: false,
    locale: null,
    sessionId: 'bench',
  };
  const created = await createOrganization(concord.organizations, actor, {
    name: 'Azərbaycan QHT Platforması',
    country: 'AZ',
    sdgs: [],
    tags: [],
    workingLanguages: [],
    socialLinks: [],
  });
  if (!created.ok) throw new Error(`organiser's organisation: ${JSON.stringify(created.problems)}`);
  // Only network members' events may be published by their organisers.
  await admitToNetwork(concord.organizations, { actor }, created.id, 'bench organiser');
  return { actor, orgId: created.id };
}

/** An event created through the form's schema and the service, then published. */
export async function publishedEvent(
  concord: Concord,
  organiser: { actor: Actor; orgId: string },
  fields: { title: string; capacity: number; startsAt: string; endsAt: string },
): Promise<EventRow> {
  const input = EventSaveSchema.parse({
    kind: 'forum',
    organizers: [organiser.orgId],
    titleEn: fields.title,
    titleAz: `${fields.title} (az)`,
    descriptionEn: 'Civil society organisations from every region on **one** platform.',
    timeZone: 'Asia/Baku',
    startsAt: fields.startsAt,
    endsAt: fields.endsAt,
    venueName: 'Bakı Konqres Mərkəzi',
    venueAddress: 'Heydər Əliyev prospekti 1',
    venueCity: 'Bakı',
    venueCountry: 'AZ',
    sdgs: ['16', '17'],
    capacity: String(fields.capacity),
    registrationMode: 'open',
  });
  const created = await createEvent(concord.events, organiser.actor, input);
  if (!created.ok) throw new Error(`createEvent: ${JSON.stringify(created.problems)}`);
  const draft = await findEventById(concord.deps.db.kysely, created.id);
  const published = await transitionEvent(concord.events, organiser.actor, draft!, 'publish');
  if (!published.ok) throw new Error(`publish: ${published.problem.key}`);
  return (await findEventById(concord.deps.db.kysely, created.id))!;
}

const TRACKS = ['Climate', 'Gender equality', 'Youth', 'Digital rights', 'Peacebuilding'];
const TOPICS = ['water', 'education', 'health', 'funding', 'networks', 'data', 'cities', 'land'];

/** 10 rooms and 200 sessions over three days (hourly slots 09:00–16:00), each with speakers. */
export async function seedProgramme(concord: Concord, actor: Actor, event: EventRow) {
  const rooms: string[] = [];
  for (let r = 0; r < ROOMS; r++) {
    const room = await createRoom(concord.events, actor, event, {
      name: `Hall ${r + 1}`,
      capacity: 100 + r * 50,
    });
    if (!room.ok) throw new Error(`createRoom: ${JSON.stringify(room.problems)}`);
    rooms.push(room.id);
  }
  const schema = SessionSaveSchema(event.time_zone);
  const next = random(SEED);
  const titles: string[] = [];
  for (let s = 0; s < SESSIONS; s++) {
    const room = s % ROOMS;
    const slot = Math.floor(s / ROOMS); // 0…19: 7 per day
    const day = 20 + Math.floor(slot / 7);
    const hour = 9 + (slot % 7);
    const at = (h: number) => `2027-10-${day}T${String(h).padStart(2, '0')}:00`;
    const title = `Session ${s + 1}: ${TOPICS[s % TOPICS.length]} and civic space`;
    titles.push(title);
    const speakers = Array.from(
      { length: 2 + Math.floor(next() * 3) },
      (_, i) => `Speaker ${s}-${i}, Organisation ${Math.floor(next() * ORGANIZATIONS)}`,
    ).join('\n');
    const input = schema.parse({
      kind: s % 20 === 0 ? 'plenary' : s % 3 === 0 ? 'workshop' : 'panel',
      titleEn: title,
      titleRu: `Сессия ${s + 1}`,
      descriptionEn: `What ${TOPICS[(s + 3) % TOPICS.length]} means for civil society, with examples from the region.`,
      startsAt: at(hour),
      endsAt: at(hour + 1),
      room: rooms[room],
      track: TRACKS[s % TRACKS.length],
      tags: `${TOPICS[s % TOPICS.length]}, ${TOPICS[(s + 1) % TOPICS.length]}`,
      sdgs: [String(1 + (s % 17))],
      capacity: String(80),
      speakers,
      moderator: `Moderator ${s}`,
      confirmOverlap: '1',
    });
    const saved = await saveSession(concord.events, actor, event, input, { locale: 'en' });
    if (!saved.ok) throw new Error(`saveSession: ${JSON.stringify(saved)}`);
  }
  return { rooms: rooms.length, titles };
}

/** The organisations people register on behalf of (`bench-0000000`…), as the directory has them. */
export async function seedMemberOrganizations(concord: Concord) {
  const orgs = concord.organizations;
  await seedOrganizations(concord.deps.db.kysely, orgs.search, {
    from: 0,
    to: ORGANIZATIONS,
    seed: SEED,
    today: todayIn(orgs),
    parallel: 1,
  });
  return Array.from({ length: ORGANIZATIONS }, (_, i) => `bench-${String(i).padStart(7, '0')}`);
}

/** `count` confirmed people without passwords (nobody signs in as them). */
export async function seedPeople(concord: Concord, count: number) {
  const db = concord.deps.db.kysely;
  const at = new Date().toISOString();
  for (let from = 0; from < count; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, i) => ({
      id: personId(from + i),
      name: `Participant ${from + i}`,
      email: `bench.participant.${from + i}@example.org`,
      email_verified: 1,
      image: null,
      locale: null,
      is_admin: 0,
      created_at: at,
      updated_at: at,
    }));
    await db.insertInto('people').values(rows).execute();
  }
}

/**
 * Registers people 0…count-1 for the event: 96 % confirmed (the rest cancelled), 90 % on behalf
 * of one of `orgIds` (skewed, so that some organisations send many people), 85 % of the confirmed
 * checked in. The event's counters are set to match.
 */
export async function seedRegistrations(
  concord: Concord,
  event: EventRow,
  count: number,
  orgIds: string[],
) {
  const db = concord.deps.db.kysely;
  const next = random(SEED + 1);
  const at = new Date(Date.UTC(2027, 8, 1)).toISOString();
  let confirmed = 0;
  let attended = 0;
  for (let from = 0; from < count; from += CHUNK) {
    const rows = Array.from({ length: Math.min(CHUNK, count - from) }, (_, i) => {
      const n = from + i;
      const status = next() < 0.96 ? ('confirmed' as const) : ('cancelled' as const);
      const came = status === 'confirmed' && next() < 0.85;
      if (status === 'confirmed') confirmed++;
      if (came) attended++;
      const org = next() < 0.9 ? orgIds[Math.floor(next() ** 2 * orgIds.length)]! : null;
      return {
        id: `bench-reg-${pad(n)}`,
        event_id: event.id,
        person_id: personId(n),
        organization_id: org,
        status,
        code: `BENCH${pad(n)}`,
        queued_at: at,
        listed: next() < 0.5 ? 1 : 0,
        attended_at: came ? at : null,
        checked_in_by: null,
        decided_by: null,
        created_at: at,
        updated_at: at,
      };
    });
    await db.insertInto('event_registrations').values(rows).execute();
  }
  await db
    .updateTable('events')
    .set({ confirmed_count: confirmed, attended_count: attended, waitlisted_count: 0 })
    .where('id', '=', event.id)
    .execute();
  return { confirmed, attended };
}
