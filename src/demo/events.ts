/**
 * The demo's events, made through the events module's own rules: the Azerbaijan NGOs
 * Cooperation Forum in Khankendi (20 October 2025) with its programme and its participants
 * checked in at the door, the NGO hall at COP29 with its side events, a general assembly some
 * weeks after the day the demo loads, open for registration, with its side events, and the
 * network's delegation to WUF13.
 */
import type { ConcordModules } from '../boot.js';
import { createConfirmedPerson } from '../modules/accounts/index.js';
import {
  acceptSpeakerInvitation as acceptInvitation,
  checkIn,
  createEvent,
  createRoom,
  type EventRow,
  EventSaveSchema,
  type Events,
  loadEvent,
  myRegistration,
  RoomSaveSchema,
  registerForEvent,
  SessionSaveSchema,
  saveSession,
  sessionSpeakerInvitations as sessionInvitations,
  transitionEvent,
  updateEvent,
} from '../modules/events/index.js';
import { addMember } from '../modules/organizations/index.js';
import type { Actor } from '../platform/http/context.js';
import { loadDelegation as loadWuf13Delegation } from './delegation.js';
import {
  ASSEMBLY,
  ASSEMBLY_SIDE_EVENTS,
  COP29,
  COP29_SIDE_EVENTS,
  FORUM,
  FORUM_ROOMS,
  FORUM_SESSIONS,
} from './event-texts.js';
import {
  FORUM_DELEGATES_BY_NAME,
  FORUM_DELEGATES_PER_MEMBER,
  participantNamer,
  registeredAt,
} from './participants.js';
import { type DemoOrg, quiet } from './quiet.js';

const actor = (id: string, person: { name: string; email: string; locale: Actor['locale'] }) => ({
  id,
  ...person,
  isAdmin: false,
  sessionId: undefined,
});

function must<T extends { ok: boolean }>(what: string, result: T): Extract<T, { ok: true }> {
  if (!result.ok) throw new Error(`demo ${what}: ${JSON.stringify(result)}`);
  return result as Extract<T, { ok: true }>;
}

type EventForm = {
  kind: string;
  organizer: DemoOrg;
  title: { az: string; en: string; ru: string };
  description: { az: string; en: string; ru: string };
  startsAt: string;
  endsAt: string;
  venue?: { name: string; address?: string; city: string; country: string };
  onlineUrl?: string;
  sdgs: number[];
  parent?: string;
  capacity?: number;
};

/** Creates the event as its form would, publishes it, and returns its row. */
async function publishedEvent(ctx: Events, form: EventForm) {
  const input = EventSaveSchema.parse({
    kind: form.kind,
    organizers: [form.organizer.id],
    titleAz: form.title.az,
    titleEn: form.title.en,
    titleRu: form.title.ru,
    descriptionAz: form.description.az,
    descriptionEn: form.description.en,
    descriptionRu: form.description.ru,
    timeZone: 'Asia/Baku',
    startsAt: form.startsAt,
    endsAt: form.endsAt,
    venueName: form.venue?.name,
    venueAddress: form.venue?.address,
    venueCity: form.venue?.city,
    venueCountry: form.venue?.country,
    onlineUrl: form.onlineUrl,
    sdgs: form.sdgs.map(String),
    parent: form.parent,
    capacity: form.capacity ? String(form.capacity) : undefined,
    registrationMode: 'open',
  });
  const created = must('event', await createEvent(ctx, form.organizer.owner, input));
  const { event } = (await loadEvent(ctx, created.slug, form.organizer.owner))!;
  must('publish', await transitionEvent(ctx, form.organizer.owner, event, 'publish'));
  return { event: (await loadEvent(ctx, created.slug, null))!.event, input };
}

const finish = async (ctx: Events, by: Actor, event: EventRow) =>
  must('finish', await transitionEvent(ctx, by, event, 'finish'));

/** Loads every demo event; `orgs` by their name as stored. */
export async function loadEvents(
  concord: ConcordModules,
  orgs: Map<string, DemoOrg>,
  passwordHash: string,
) {
  const ctx = quiet(concord.events);
  const org = (name: string) => orgs.get(name) ?? failOrg(name);
  const forumOrg = org('Azərbaycan Milli QHT Forumu');
  const khankendi = org('“Xankəndi” Məcburi Köçkünlərə Dəstək İctimai Birliyi');

  const owners = new Map([...orgs.values()].map((o) => [o.owner.email, o.owner]));
  const { event: forum, sessions } = await loadForum(ctx, forumOrg, khankendi, owners);
  await registerParticipants(concord, ctx, forum, forumOrg.owner, orgs, passwordHash);
  await finish(ctx, forumOrg.owner, (await loadEvent(ctx, forum.slug, null))!.event);

  await loadCop29(ctx, forumOrg, orgs);

  await loadAssembly(ctx, org, assemblyDay(new Date()));

  await loadWuf13Delegation(concord, orgs);
  return { forum, sessions };
}

const failOrg = (name: string): never => {
  throw new Error(`demo organisation missing: ${name}`);
};

/** The forum, organised by the National NGO Forum with the "Khankendi" union, and its programme. */
async function loadForum(
  ctx: Events,
  forumOrg: DemoOrg,
  khankendi: DemoOrg,
  people: Map<string, Actor>,
) {
  const { event, input } = await publishedEvent(ctx, {
    kind: 'forum',
    organizer: forumOrg,
    ...FORUM,
    startsAt: '2025-10-20T10:00',
    endsAt: '2025-10-20T18:00',
    // The seed report names the city only; the demo invents no street address.
    venue: { name: 'Xankəndi', city: 'Xankəndi', country: 'AZ' },
    sdgs: [11, 16, 17],
  });
  // The union joins as co-organiser the way it would: its owner saves the form with it ticked.
  must(
    'co-organiser',
    await updateEvent(ctx, khankendi.owner, event, { ...input, organizers: [khankendi.id] }),
  );
  const rooms = new Map<string, string>();
  for (const room of FORUM_ROOMS) {
    const created = must(
      `room ${room.name}`,
      await createRoom(ctx, forumOrg.owner, event, RoomSaveSchema.parse(room)),
    );
    rooms.set(room.key, created.id);
  }
  const schema = SessionSaveSchema(event.time_zone);
  /** The sessions' ids by English title, for what later parts of the demo say about them. */
  const sessions = new Map<string, string>();
  for (const session of FORUM_SESSIONS) {
    const form = schema.parse({
      kind: session.kind,
      titleAz: session.title.az,
      titleEn: session.title.en,
      titleRu: session.title.ru,
      descriptionAz: session.description.az,
      descriptionEn: session.description.en,
      descriptionRu: session.description.ru,
      startsAt: `2025-10-20T${session.from}`,
      endsAt: `2025-10-20T${session.to}`,
      room: rooms.get(session.room),
      track: session.track?.en,
      trackAz: session.track?.az,
      trackEn: session.track?.en,
      trackRu: session.track?.ru,
      tags: session.tags.en,
      tagsAz: session.tags.az,
      tagsEn: session.tags.en,
      tagsRu: session.tags.ru,
      sdgs: session.sdgs.map(String),
      moderator: session.moderator,
      speakers: session.speakers.join('\n'),
      // The opening's hosts speak again at the close: that is no double booking.
      confirmOverlap: '1',
    });
    const saved = must(
      `session ${session.title.en}`,
      await saveSession(ctx, forumOrg.owner, event, form, { locale: 'en' }),
    );
    sessions.set(session.title.en, saved.id);
    // Speakers by address are invited; the demo's speakers said yes.
    for (const invitation of await sessionInvitations(ctx, saved.id)) {
      const speaker = people.get(invitation.email);
      if (!speaker) throw new Error(`demo speaker missing: ${invitation.email}`);
      must('speaker', await acceptInvitation(ctx, speaker, event.id, invitation));
    }
  }
  return { event, sessions };
}

/**
 * The forum's participants: people of the story's organisations and of every member, each
 * registered on behalf of their organisation in the weeks before it; nine in ten came and were
 * checked in on its morning.
 */
async function registerParticipants(
  concord: ConcordModules,
  ctx: Events,
  forum: EventRow,
  door: Actor,
  orgs: Map<string, DemoOrg>,
  passwordHash: string,
) {
  const participant = participantNamer();
  let position = 0;
  let registered = 0;
  for (const org of orgs.values()) {
    position++;
    const count =
      FORUM_DELEGATES_BY_NAME[org.name] ??
      FORUM_DELEGATES_PER_MEMBER[position % FORUM_DELEGATES_PER_MEMBER.length]!;
    for (let n = 0; n < count; n++) {
      const person = participant(org.country, org.domain, n);
      const id = await createConfirmedPerson(concord.accounts, { ...person, passwordHash });
      await addMember(concord.organizations, org.id, id, 'member');
      must(
        'registration',
        await registerForEvent(
          ctx,
          actor(id, person),
          forum,
          { onBehalfOf: org.id, listed: n % 4 !== 3 },
          registeredAt(registered++),
        ),
      );
      if ((position + n) % 10 === 9) continue; // registered, did not come
      const registration = await myRegistration(ctx, forum.id, id);
      // Checked in as they arrived on the forum's first two hours, when the door was open.
      const minutes = (position * 7 + n * 3) % 120;
      const arrived = new Date(Date.parse(forum.starts_at) + minutes * 60_000).toISOString();
      const result = await checkIn(ctx, door, forum, registration!.code, arrived);
      if (result.outcome !== 'checkedIn') throw new Error(`demo check-in: ${result.outcome}`);
    }
  }
}

/** The general assembly is held this many weeks (and up to six days) after the demo loads. */
export const ASSEMBLY_WEEKS_AHEAD = 6;

const DAY = 86_400_000;
/** A day in Baku's calendar as YYYY-MM-DD (the format of Canadian English). */
const BAKU_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Baku',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The assembly's day, as midnight UTC of that date: the first Thursday at least
 * ASSEMBLY_WEEKS_AHEAD weeks after `now`'s day in Baku, so that the demo has an assembly ahead
 * of it on whatever day it is started.
 */
function assemblyDay(now: Date) {
  const day = new Date(Date.parse(BAKU_DAY.format(now)) + ASSEMBLY_WEEKS_AHEAD * 7 * DAY);
  day.setUTCDate(day.getUTCDate() + ((4 - day.getUTCDay() + 7) % 7));
  return day;
}

/** The date `days` after `day` (midnight UTC), as YYYY-MM-DD. */
const dateAfter = (day: Date, days: number) =>
  new Date(day.getTime() + days * DAY).toISOString().slice(0, 10);

const HEADQUARTERS = {
  name: 'Global South NGO Platform headquarters',
  city: 'Bakı',
  country: 'AZ',
};

/** The network's general assembly, open for registration, and its members' side events. */
async function loadAssembly(ctx: Events, org: (name: string) => DemoOrg, day: Date) {
  const date = dateAfter(day, 0);
  const { event: assembly } = await publishedEvent(ctx, {
    kind: 'general_assembly',
    organizer: org('Global South NGO Platform'),
    ...ASSEMBLY,
    startsAt: `${date}T10:00`,
    endsAt: `${date}T17:00`,
    venue: HEADQUARTERS,
    onlineUrl: `https://meet.gsngo-platform.example/general-assembly-${date.slice(0, 4)}`,
    sdgs: [16, 17],
    capacity: 300,
  });
  for (const side of ASSEMBLY_SIDE_EVENTS) {
    const on = dateAfter(day, side.day);
    await publishedEvent(ctx, {
      kind: 'side_event',
      organizer: org(side.organizer),
      title: side.title,
      description: side.description,
      startsAt: `${on}T${side.from}`,
      endsAt: `${on}T${side.to}`,
      ...(side.onlineUrl ? { onlineUrl: side.onlineUrl } : { venue: HEADQUARTERS }),
      sdgs: side.sdgs,
      parent: assembly.slug,
      capacity: side.capacity,
    });
  }
}

/** The NGO hall at COP29 (Baku, November 2024) and member organisations' side events in it. */
async function loadCop29(ctx: Events, host: DemoOrg, orgs: Map<string, DemoOrg>) {
  const venue = { name: 'Baku Olympic Stadium', city: 'Bakı', country: 'AZ' };
  const { event: hall } = await publishedEvent(ctx, {
    kind: 'conference',
    organizer: host,
    ...COP29,
    startsAt: '2024-11-11T09:00',
    endsAt: '2024-11-22T19:00',
    venue,
    sdgs: [13, 17],
  });
  for (const [name, day, from, to, en, az, ru] of COP29_SIDE_EVENTS) {
    const organizer = orgs.get(name) ?? failOrg(name);
    const { event } = await publishedEvent(ctx, {
      kind: 'side_event',
      organizer,
      title: { az, en, ru },
      description: {
        az: `${organizer.name} tərəfindən COP29-da QHT zalında təşkil olunan yan tədbir.`,
        en: `A side event of ${organizer.name} in the NGO Hall at COP29.`,
        ru: `Сопутствующее мероприятие организации ${organizer.name} в зале НПО на COP29.`,
      },
      startsAt: `2024-11-${day}T${from}`,
      endsAt: `2024-11-${day}T${to}`,
      venue,
      sdgs: [13],
      parent: hall.slug,
      capacity: 120,
    });
    await finish(ctx, organizer.owner, event);
  }
  await finish(ctx, host.owner, hall);
}
