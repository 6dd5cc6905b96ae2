/** Fixtures for tests that build a programme through its pages: rooms, sessions, their rows. */
import { expect } from 'vitest';
import { linkFromMail, type TestClient, type TestConcord } from '../../../test/app.js';

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

/**
 * The invitee answers the newest speaker invitation mailed to `email` from its link (signed
 * in as that address to accept); returns the link's page after the answer.
 */
export async function answerSpeakerInvitation(
  concord: TestConcord,
  client: TestClient,
  email: string,
  answer: 'accept' | 'decline' = 'accept',
) {
  const link = await linkFromMail(concord, email);
  expect(link).toMatch(/^\/events\/speaker-invitations\/[\w-]{43}$/);
  expect((await client.get(link)).status).toBe(200);
  const page = await client.post(`${link}/${answer}`, {});
  expect(page.status, page.html.slice(0, 3000)).toBe(200);
  return page;
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

/**
 * The text of an uncompressed PDF as pdfkit writes it: each `TJ` run of glyph codes turned
 * back into characters through its font's ToUnicode map, one run a line.
 */
export function pdfText(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const objects = new Map(
    [...text.matchAll(/\n(\d+) 0 obj\n([\s\S]*?)\nendobj/g)].map((m) => [m[1]!, m[2]!]),
  );
  const unicode = (fontRef: string) => {
    const map = new Map<string, string>();
    const cmapRef = /\/ToUnicode (\d+) 0 R/.exec(objects.get(fontRef) ?? '')?.[1];
    const cmap = objects.get(cmapRef ?? '') ?? '';
    for (const [, start, list] of cmap.matchAll(/<([0-9a-f]{4})> <[0-9a-f]{4}> \[([^\]]*)\]/g)) {
      [...list!.matchAll(/<([0-9a-f]+)>/g)].forEach((u, i) => {
        const code = (Number.parseInt(start!, 16) + i).toString(16).padStart(4, '0');
        map.set(code, Buffer.from(u[1]!, 'hex').swap16().toString('utf16le'));
      });
    }
    return map;
  };
  const fonts = new Map<string, Map<string, string>>();
  for (const [, name, ref] of text.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    if (!fonts.has(name!)) fonts.set(name!, unicode(ref!));
  }
  const lines: string[] = [];
  let font = new Map<string, string>();
  for (const line of text.split('\n')) {
    const tf = /^\/(F\d+) [\d.]+ Tf$/.exec(line);
    if (tf) font = fonts.get(tf[1]!) ?? new Map();
    if (!line.endsWith('TJ')) continue;
    const codes = [...line.matchAll(/<([0-9a-f]+)>/g)].flatMap((m) => m[1]!.match(/.{4}/g) ?? []);
    lines.push(codes.map((c) => font.get(c) ?? '?').join(''));
  }
  return lines.join('\n');
}
