/**
 * An organiser changes a published event on a 320px phone with JavaScript off: moves it a day
 * later with its programme, gives a room fewer seats (refused while a session offers more, then
 * accepted), and moves a participant's workshop seat to another workshop. Every page on the
 * way is checked by the harness (axe, weight, origins) and must not scroll sideways.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedPerson } from '../../src/modules/accounts/index.js';
import {
  createEvent,
  createRoom,
  EventSaveSchema,
  registerForEvent,
  SessionSaveSchema,
  saveSession,
  transitionEvent,
} from '../../src/modules/events/index.js';
import { admitToNetwork, createOrganization } from '../../src/modules/organizations/index.js';
import type { Actor } from '../../src/platform/http/context.js';
import { useSite, Visitor } from './harness.js';

const PASSWORD = 'mountain river under the bridge';
const NARROW = { viewport: { width: 320, height: 640 }, javaScriptEnabled: false };

describe('an organiser changes dates, rooms and seats on a narrow phone without JavaScript', () => {
  const site = useSite();
  const emails = { organiser: '', participant: '' };
  let slug = '';

  const actor = (id: string, name: string, email: string): Actor => ({
    id,
    name,
    email,
    isAdmin: false,
    locale: null,
    sessionId: undefined,
  });

  beforeAll(async () => {
    const { concord } = site();
    const { events } = concord;
    const stamp = Date.now();
    emails.organiser = `aysel.${stamp}@example.org`;
    emails.participant = `nigar.${stamp}@example.org`;
    const organiserId = await createConfirmedPerson(concord.accounts, {
      name: 'Aysel Həsənova',
      email: emails.organiser,
      password: PASSWORD,
    });
    const organiser = actor(organiserId, 'Aysel Həsənova', emails.organiser);
    const org = await createOrganization(concord.organizations, organiser, {
      name: 'Gəncə Gənclər Mərkəzi',
      country: 'AZ',
      sdgs: [],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    if (!org.ok) throw new Error(JSON.stringify(org.problems));
    // Only network members' events may be published by their organisers.
    await admitToNetwork(concord.organizations, { actor: organiser }, org.id, 'e2e organiser');
    const created = await createEvent(
      events,
      organiser,
      EventSaveSchema.parse({
        kind: 'forum',
        organizers: [org.id],
        titleEn: 'Youth Skills Forum',
        startsAt: '2027-09-14T10:00',
        endsAt: '2027-09-14T18:00',
        venueName: 'Gəncə Konqres Mərkəzi',
        venueCity: 'Gəncə',
        venueCountry: 'AZ',
      }),
    );
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    slug = created.slug;
    let event = (await events.deps.db.kysely
      .selectFrom('events')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow())!;
    const room = await createRoom(events, organiser, event, { name: 'Hall B', capacity: 40 });
    if (!room.ok) throw new Error('room');
    for (const [titleEn, startsAt, endsAt] of [
      ['Grant writing', '2027-09-14T11:00', '2027-09-14T12:00'],
      ['Data clinic', '2027-09-14T13:00', '2027-09-14T14:00'],
    ] as const) {
      const input = SessionSaveSchema(event.time_zone).parse({
        kind: 'workshop',
        titleEn,
        startsAt,
        endsAt,
        room: room.id,
        capacity: '30',
      });
      const saved = await saveSession(events, organiser, event, input, { locale: 'en' });
      if (!saved.ok) throw new Error(JSON.stringify(saved));
    }
    await transitionEvent(events, organiser, event, 'publish');
    event = await events.deps.db.kysely
      .selectFrom('events')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    const participantId = await createConfirmedPerson(concord.accounts, {
      name: 'Nigar Rzayeva',
      email: emails.participant,
      password: PASSWORD,
    });
    const participant = actor(participantId, 'Nigar Rzayeva', emails.participant);
    const registered = await registerForEvent(events, participant, event, { listed: false });
    if (!registered.ok) throw new Error(JSON.stringify(registered));
    // Her seat in Grant writing, as taking it on her registration page would leave it.
    const db = events.deps.db.kysely;
    const [registration, grants] = await Promise.all([
      db
        .selectFrom('event_registrations')
        .select('id')
        .where('person_id', '=', participantId)
        .executeTakeFirstOrThrow(),
      db
        .selectFrom('event_sessions')
        .select('id')
        .where('title', '=', JSON.stringify({ en: 'Grant writing' }))
        .executeTakeFirstOrThrow(),
    ]);
    const now = new Date().toISOString();
    await db
      .insertInto('session_registrations')
      .values({
        id: `seat-${stamp}`,
        session_id: grants.id,
        registration_id: registration.id,
        status: 'confirmed',
        queued_at: now,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .updateTable('event_sessions')
      .set({ confirmed_count: 1 })
      .where('id', '=', grants.id)
      .execute();
  });

  it('moves the event with its programme, edits a room and moves a seat', async () => {
    const organiser = await Visitor.open(site(), NARROW);
    const { page } = organiser;
    // Every page is loaded at 320 px, where the harness also checks it does not scroll sideways.
    try {
      await organiser.visit('/sign-in', 'sign-in form (320px)');
      await page.getByLabel('Email address').fill(emails.organiser);
      await page.getByLabel('Password').fill(PASSWORD);
      await organiser.load('home (signed in, 320px)', () =>
        page.getByRole('button', { name: 'Sign in' }).click(),
      );

      await organiser.visit(`/events/${slug}/edit`, 'event form (edit, 320px)');
      const box = page.getByLabel('Move the programme with the event (2 sessions)');
      await expect(box.isChecked()).resolves.toBe(true);
      await page.getByLabel('Starts', { exact: true }).fill('2027-09-15T10:00');
      await page.getByLabel('Ends', { exact: true }).fill('2027-09-15T18:00');
      await organiser.load('event page (moved, 320px)', () =>
        page.getByRole('button', { name: 'Save', exact: true }).click(),
      );
      await expect(page.getByRole('status').textContent()).resolves.toContain('Saved.');
      await organiser.visit(`/events/${slug}/programme`, 'programme (moved, 320px)');
      await expect(page.getByRole('main').textContent()).resolves.toMatch(/September 15, 2027/);

      await organiser.visit(`/events/${slug}/programme/rooms`, 'rooms page (320px)');
      await organiser.load('room edit form (320px)', () =>
        page.getByRole('link', { name: 'Edit room Hall B' }).click(),
      );
      await page.getByLabel('Seats (optional)').fill('25');
      const refused = await organiser.load('room edit form (refused, 320px)', () =>
        page.getByRole('button', { name: 'Save', exact: true }).click(),
      );
      expect(refused.status).toBe(422);
      await expect(page.getByRole('main').textContent()).resolves.toContain(
        '2 sessions offer more seats than that, “Grant writing” 30; lower their seats first',
      );
      await page.getByLabel('Seats (optional)').fill('35');
      await organiser.load('rooms page (room saved, 320px)', () =>
        page.getByRole('button', { name: 'Save', exact: true }).click(),
      );
      await expect(page.getByRole('table').textContent()).resolves.toContain('35');

      await organiser.visit(`/events/${slug}/participants`, 'participants (320px)');
      await organiser.load('participant session seats (320px)', () =>
        page.getByRole('link', { name: 'Session seats: Nigar Rzayeva' }).click(),
      );
      const target = page.getByLabel('Move from “Grant writing” to');
      await target.selectOption({ index: 0 });
      await expect(target.locator('option:checked').textContent()).resolves.toMatch(
        /^Data clinic, .*\(30 seats left\)$/,
      );
      await organiser.load('participant session seats (moved, 320px)', () =>
        page.getByRole('button', { name: 'Move' }).click(),
      );
      const main = await page.getByRole('main').textContent();
      expect(main).toContain('The person has been moved and told by mail.');
      expect(main).toMatch(/Data clinic.*Confirmed/s);
    } finally {
      await organiser.close();
    }
  });
});
