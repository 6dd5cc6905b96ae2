/**
 * An event run end to end in a browser, as issue 4 tells it: an organiser creates a forum
 * through the form, gives its venue two rooms and the programme two parallel sessions, and
 * publishes it (the forum is on today, so that its door is open); the programme shows them side by side on a wide screen and one after the other
 * on a phone. A member of another organisation registers on behalf of it and gets the code by
 * mail; the organiser checks them in on a phone by typing the code; the figures then count one
 * participant from one organisation. Every page on the way is checked by the harness (axe,
 * weight, origins).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { utcToLocal } from '../../src/modules/events/index.js';
import {
  addMember,
  admitToNetwork,
  createOrganization,
} from '../../src/modules/organizations/index.js';
import type { Actor } from '../../src/platform/http/context.js';
import { useSite, Visitor } from './harness.js';

const PASSWORD = 'mountain river under the bridge';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const WIDE = { viewport: { width: 1280, height: 900 } };
const ORGANISER_ORG = 'Qarabağ Şəhərsalma Təşəbbüsü';
const MEMBER_ORG = 'Nairobi Urban Housing Forum';
const SESSIONS = ['Rebuilding towns after conflict', 'Housing for returning families'];
/** `hours` from now on a clock in Baku, as the forms take it. */
const baku = (hours: number) =>
  utcToLocal(new Date(Date.now() + hours * 3_600_000).toISOString(), 'Asia/Baku');
// Begun an hour ago: check-in is open, and the figures count who came.
const FORUM = { starts: baku(-1), ends: baku(7) };
const SESSION = { starts: baku(0), ends: baku(1.5) };

describe('an organiser runs an event and checks a participant in on a phone', () => {
  const site = useSite();
  const people = { organiser: '', member: '' };
  let eventPath = '';
  let code = '';

  /** A confirmed person who owns a new organisation, as an actor for the services. */
  async function owner(name: string, email: string, organization: string, country: string) {
    const { concord } = site();
    const id = await createConfirmedPerson(concord.accounts, { name, email, password: PASSWORD });
    const actor: Actor = { id, name, email, isAdmin: false, locale: null, sessionId: undefined };
    const created = await createOrganization(concord.organizations, actor, {
      name: organization,
      country,
      sdgs: [],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    if (!created.ok) throw new Error(JSON.stringify(created.problems));
    // Only network members' events may be published by their organisers.
    await admitToNetwork(concord.organizations, { actor }, created.id, 'e2e organiser');
    return created.id;
  }

  beforeAll(async () => {
    const { concord } = site();
    const stamp = Date.now();
    people.organiser = `leyla.${stamp}@example.org`;
    people.member = `wanjiru.${stamp}@example.org`;
    await owner('Leyla Məmmədova', people.organiser, ORGANISER_ORG, 'AZ');
    // The member's organisation is run by someone else: she represents it as a plain member.
    const other = await owner('Joseph Mwangi', `joseph.${stamp}@example.org`, MEMBER_ORG, 'KE');
    const member = await createConfirmedPerson(concord.accounts, {
      name: 'Wanjiru Kamau',
      email: people.member,
      password: PASSWORD,
    });
    await addMember(concord.organizations, other, member, 'member');
  });

  async function signedIn(email: string, options = {}) {
    const visitor = await Visitor.open(site(), options);
    const { page } = visitor;
    await visitor.visit('/sign-in', 'sign-in form');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await visitor.load('home (signed in)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
    return visitor;
  }

  it('lets the organiser create a forum with two parallel sessions in two rooms and publish it', async () => {
    const organiser = await signedIn(people.organiser, WIDE);
    const { page } = organiser;
    try {
      await organiser.visit('/events/new', 'new event form');
      await page.getByLabel(ORGANISER_ORG).check();
      await page.getByLabel('Title in English').fill('Cities after Return Forum');
      // The title in other languages is folded below the reader's.
      await page
        .getByRole('group', { name: 'Title', exact: true })
        .getByText('Other languages: Azerbaijani, Russian')
        .click();
      await page.getByLabel('Title in Azerbaijani').fill('Qayıdışdan sonra şəhərlər forumu');
      await page.getByLabel('Starts', { exact: true }).fill(FORUM.starts);
      await page.getByLabel('Ends', { exact: true }).fill(FORUM.ends);
      await page.getByLabel('Venue', { exact: true }).fill('Xankəndi Konqres Mərkəzi');
      await page.getByLabel('City', { exact: true }).fill('Xankəndi');
      await page.getByLabel('Country', { exact: true }).selectOption('AZ');
      const created = await organiser.load('event page (draft)', () =>
        page.getByRole('button', { name: 'Save as draft' }).click(),
      );
      expect(created.status).toBe(200);
      eventPath = new URL(page.url()).pathname;
      expect(eventPath).toMatch(/^\/events\/[a-z0-9-]+$/);

      await organiser.visit(`${eventPath}/programme/rooms`, 'rooms page');
      for (const [room, seats] of [
        ['Hall A', '150'],
        ['Hall B', '80'],
      ]) {
        await page.getByLabel('Room name').fill(room!);
        await page.getByLabel('Seats (optional)').fill(seats!);
        await organiser.load(`rooms page (${room} added)`, () =>
          page.getByRole('button', { name: 'Add a room' }).click(),
        );
      }
      await expect(page.getByRole('table').textContent()).resolves.toMatch(/Hall A.*Hall B/s);

      await organiser.visit(eventPath, 'event page (rooms ready)');
      await organiser.load('new session form', () =>
        page.getByRole('link', { name: 'Add a session' }).click(),
      );
      for (const [index, title] of SESSIONS.entries()) {
        if (index > 0) {
          await organiser.load('new session form (second)', () =>
            page.getByRole('link', { name: 'Add a session' }).click(),
          );
        }
        await page.getByLabel('Kind of session').selectOption(index === 0 ? 'panel' : 'workshop');
        await page.getByLabel('Title in English').fill(title);
        await page.getByLabel('Starts', { exact: true }).fill(SESSION.starts);
        await page.getByLabel('Ends', { exact: true }).fill(SESSION.ends);
        await page.getByLabel('Room (optional)').selectOption({ index: index + 1 });
        await page
          .getByLabel('Speakers (optional)')
          .fill(index === 0 ? 'Elvin Quliyev, Garabagh Revival Volunteers' : 'Amina Diallo');
        const saved = await organiser.load(`programme (session ${index + 1} added)`, () =>
          page.getByRole('button', { name: 'Add the session' }).click(),
        );
        expect(saved.status).toBe(200);
      }
      const main = page.getByRole('main');
      await expect(main.getByRole('heading', { name: SESSIONS[0] }).count()).resolves.toBe(1);
      await expect(main.getByRole('heading', { name: SESSIONS[1] }).count()).resolves.toBe(1);

      await organiser.visit(eventPath, 'event page (draft with programme)');
      await organiser.load('event page (published)', () =>
        page.getByRole('button', { name: 'Publish', exact: true }).click(),
      );
      await expect(page.getByRole('status').textContent()).resolves.toContain(
        'The event is published.',
      );
    } finally {
      await organiser.close();
    }
  });

  it('shows the parallel sessions side by side on a wide screen and one after the other on a phone', async () => {
    const boxes = async (options: object, label: string) => {
      const visitor = await Visitor.open(site(), options);
      try {
        await visitor.visit(`${eventPath}/programme`, label);
        return await Promise.all(
          SESSIONS.map(async (title) => {
            const box = await visitor.page
              .getByRole('article')
              .filter({ has: visitor.page.getByRole('heading', { name: title }) })
              .boundingBox();
            if (!box) throw new Error(`${title} is not shown on ${label}`);
            return box;
          }),
        );
      } finally {
        await visitor.close();
      }
    };
    const [wideFirst, wideSecond] = await boxes(WIDE, 'programme (wide screen)');
    expect(Math.abs(wideFirst!.y - wideSecond!.y)).toBeLessThan(2);
    expect(wideSecond!.x).toBeGreaterThanOrEqual(wideFirst!.x + wideFirst!.width);
    const [phoneFirst, phoneSecond] = await boxes(PHONE, 'programme (phone)');
    expect(phoneSecond!.y).toBeGreaterThanOrEqual(phoneFirst!.y + phoneFirst!.height);
    expect(phoneFirst!.width).toBeLessThanOrEqual(360);
  });

  it('lets a member register on behalf of their organisation and mails them the code', async () => {
    const member = await signedIn(people.member);
    const { page } = member;
    try {
      await member.visit(eventPath, 'event page (member)');
      const onBehalfOf = page.getByRole('group', { name: 'On behalf of' });
      await onBehalfOf.getByLabel(MEMBER_ORG).check();
      await page.getByLabel('List my organisation publicly among the participants').check();
      await member.load('event page (registered)', () =>
        page.getByRole('button', { name: 'Register', exact: true }).click(),
      );
      await expect(page.getByRole('main').textContent()).resolves.toMatch(
        /[0-9A-Z]{4}-[0-9A-Z]{4}/,
      );
    } finally {
      await member.close();
    }
    const mail = (await site().concord.deps.mailer.list(100)).find(
      (m) => m.to_address === people.member,
    );
    expect(mail?.subject).toBe('You are registered: Cities after Return Forum');
    code = /registration code: ([0-9A-Z]{4}-[0-9A-Z]{4})/.exec(mail?.body_text ?? '')?.[1] ?? '';
    expect(code).not.toBe('');
  });

  it('lets the organiser check the member in on a phone by typing the code, and counts them', async () => {
    const organiser = await signedIn(people.organiser, PHONE);
    const { page } = organiser;
    try {
      await organiser.visit(eventPath, 'event page (organiser, phone)');
      await organiser.load('check-in page (phone)', () =>
        page.getByRole('link', { name: 'Check-in', exact: true }).click(),
      );
      // Typed as people type on a phone: lower case, without the dash.
      await page.getByLabel('Registration code').fill(code.replace('-', '').toLowerCase());
      await organiser.load('check-in page (checked in)', () =>
        page.getByRole('button', { name: 'Check in' }).click(),
      );
      const main = page.getByRole('main');
      await expect(main.textContent()).resolves.toContain('Checked in.');
      await expect(main.textContent()).resolves.toContain('Wanjiru Kamau');
      await expect(main.textContent()).resolves.toContain(MEMBER_ORG);

      await page.getByLabel('Registration code').fill(code);
      await organiser.load('check-in page (again)', () =>
        page.getByRole('button', { name: 'Check in' }).click(),
      );
      await expect(main.textContent()).resolves.toContain('Already checked in at');

      await organiser.visit(eventPath, 'event page (after check-in)');
      await expect(main.textContent()).resolves.toContain(
        '1 participant from 1 organisation in 1 country',
      );
      await organiser.load('figures page', () =>
        page
          .getByRole('link', { name: 'All participation figures, with charts and tables' })
          .click(),
      );
      const figures = await main.textContent();
      expect(figures).toContain('Counted from attendance');
      expect(figures).toMatch(/1\s*attended/);
      expect(figures).toMatch(/1\s*organisation represented/);
      await expect(
        main.getByRole('table', { name: 'Participants by country' }).textContent(),
      ).resolves.toContain('Kenya');
    } finally {
      await organiser.close();
    }
  });
});
