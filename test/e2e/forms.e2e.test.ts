/**
 * Forms on a 360 px phone (issue 12, item 3): every kind of input on the organisation, event,
 * session, room, network identity and audit forms is a touch target at least 40 px tall that
 * spans the form; the long
 * forms show the reader's language and fold the others, so the organisation form is well under
 * half of its old 4,800 px; and a new organisation's next step, applying to join the network,
 * is the page's primary button. Every page on the way is checked by the harness (axe, weight,
 * origins).
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdministrator, createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { createEvent, createRoom, EventSaveSchema } from '../../src/modules/events/index.js';
import { admitToNetwork, createOrganization } from '../../src/modules/organizations/index.js';
import type { Actor } from '../../src/platform/http/context.js';
import { useSite, Visitor } from './harness.js';

const PASSWORD = 'mountain river under the bridge';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
/**
 * The organisation form's height at 360 px before its languages and extras were folded (issue
 * 12 counted 4,800 px for the whole Russian page).
 */
const ORGANISATION_FORM_BEFORE = { en: 3_822, ru: 4_205 };

/** Every control a person types in or picks from, with its size and its form's width. */
async function controls(page: Page) {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main form input:not([type=hidden]):not([type=checkbox]):not([type=radio]), main form select, main form textarea',
      ),
    ].map((el) => {
      const box = el.getBoundingClientRect();
      const field = (el.closest('.field') ?? el.parentElement)!.getBoundingClientRect();
      return {
        name: `${el.tagName.toLowerCase()}[type=${el.getAttribute('type') ?? ''}] ${el.getAttribute('name')}`,
        type: el.getAttribute('type') ?? el.tagName.toLowerCase(),
        height: box.height,
        width: box.width,
        fieldWidth: field.width,
      };
    }),
  );
}

/** Opens every fold, so that the controls inside are measured too. */
const openFolds = (page: Page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('main details')) d.setAttribute('open', '');
  });

const formHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('main form')!.getBoundingClientRect().height);

describe('forms on a 360 px phone', () => {
  const site = useSite();
  let email = '';
  let eventSlug = '';
  let visitor: Visitor;
  const seen = new Set<string>();

  beforeAll(async () => {
    const { concord } = site();
    email = `sevinc.${Date.now()}@example.org`;
    const id = await createConfirmedPerson(concord.accounts, {
      name: 'Sevinc Əliyeva',
      email,
      password: PASSWORD,
    });
    const actor: Actor = {
      id,
      name: 'Sevinc Əliyeva',
      email,
      isAdmin: false,
      locale: null,
      sessionId: undefined,
    };
    const org = await createOrganization(concord.organizations, actor, {
      name: 'Lənkəran Ekoloji Birliyi',
      country: 'AZ',
      sdgs: [],
      tags: [],
      workingLanguages: [],
      socialLinks: [],
    });
    if (!org.ok) throw new Error(JSON.stringify(org.problems));
    await admitToNetwork(concord.organizations, { actor }, org.id, 'e2e organiser');
    const event = await createEvent(
      concord.events,
      actor,
      EventSaveSchema.parse({
        kind: 'forum',
        organizers: [org.id],
        titleEn: 'Caspian Coast Forum',
        startsAt: '2027-05-14T10:00',
        endsAt: '2027-05-14T18:00',
        venueName: 'Lənkəran Mədəniyyət Mərkəzi',
        venueCity: 'Lənkəran',
        venueCountry: 'AZ',
      }),
    );
    if (!event.ok) throw new Error(JSON.stringify(event.problems));
    eventSlug = event.slug;
    const row = await concord.events.deps.db.kysely
      .selectFrom('events')
      .selectAll()
      .where('id', '=', event.id)
      .executeTakeFirstOrThrow();
    const room = await createRoom(concord.events, actor, row, { name: 'Hall A', capacity: 40 });
    if (!room.ok) throw new Error('room');

    visitor = await Visitor.open(site(), PHONE);
    const { page } = visitor;
    await visitor.visit('/sign-in', 'sign-in form (360px)');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await visitor.load('home (signed in, 360px)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
  });

  /** Opens a page, unfolds it, and checks every control on it is a full-width touch target. */
  async function measure(who: Visitor, path: string, label: string) {
    await who.visit(path, label);
    await openFolds(who.page);
    const found = await controls(who.page);
    expect(found.length, `${label}: controls`).toBeGreaterThan(0);
    for (const control of found) {
      seen.add(control.type);
      expect(control.height, `${label}: ${control.name} is tall enough`).toBeGreaterThanOrEqual(40);
      expect(control.width, `${label}: ${control.name} spans its field`).toBeGreaterThanOrEqual(
        control.fieldWidth - 1,
      );
    }
  }

  it('makes every input on the organisation, event, session and room forms a full-width touch target', async () => {
    for (const [path, label] of [
      ['/organizations/new', 'new organisation form (360px)'],
      ['/events/new', 'new event form (360px)'],
      [`/events/${eventSlug}/edit`, 'event form (edit, 360px)'],
      [`/events/${eventSlug}/programme/sessions/new`, 'new session form (360px)'],
      [`/events/${eventSlug}/programme/rooms`, 'rooms page (360px)'],
    ] as const) {
      await measure(visitor, path, label);
    }
    for (const type of ['text', 'url', 'tel', 'email', 'number', 'datetime-local', 'select']) {
      expect([...seen], `an input of type ${type} was measured`).toContain(type);
    }
    expect([...seen]).toContain('textarea');
  });

  it("does the same on the administrators' forms: the network's identity and the audit log", async () => {
    const { concord } = site();
    const adminEmail = `review.${Date.now()}@example.org`;
    const created = await createAdministrator(concord.accounts, {
      name: 'Reviewer',
      email: adminEmail,
    });
    const admin = await Visitor.open(site(), PHONE);
    try {
      await admin.visit('/sign-in', 'sign-in form (admin, 360px)');
      await admin.page.getByLabel('Email address').fill(adminEmail);
      await admin.page.getByLabel('Password').fill(created.password!);
      await admin.load('home (admin, 360px)', () =>
        admin.page.getByRole('button', { name: 'Sign in' }).click(),
      );
      await measure(admin, '/admin/network', 'network identity (360px)');
      await measure(admin, '/admin/audit', 'audit log (360px)');
    } finally {
      await admin.close();
    }
    expect([...seen]).toEqual(expect.arrayContaining(['file', 'date']));
  });

  it("shows the reader's language and folds the others, so the organisation form is short", async () => {
    const { page } = visitor;
    for (const [locale, before] of Object.entries(ORGANISATION_FORM_BEFORE)) {
      await visitor.context.addCookies([{ name: 'lang', value: locale, url: site().baseUrl }]);
      await visitor.visit('/organizations/new', `new organisation form (360px, ${locale})`);
      const height = await formHeight(page);
      process.stdout.write(
        `\nThe organisation form at 360 px in ${locale}: ${Math.round(height)} px (was ${before})\n`,
      );
      expect(height, `the organisation form in ${locale}`).toBeLessThan(before * 0.42);
    }
    await visitor.context.addCookies([{ name: 'lang', value: 'en', url: site().baseUrl }]);
    await visitor.visit('/organizations/new', 'new organisation form (360px, folded)');
    const russian = page.getByLabel('Name in Russian (optional)');
    await expect(page.getByLabel('Name in English (optional)').isVisible()).resolves.toBe(true);
    await expect(russian.isVisible()).resolves.toBe(false);
    await page
      .locator('summary', { hasText: 'Other languages: Azerbaijani, Russian' })
      .first()
      .click();
    await expect(russian.isVisible()).resolves.toBe(true);

    // A focused field shows it.
    const name = page.getByLabel('Name', { exact: true });
    await name.focus();
    await expect(name.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.toBe('solid');
  });

  it('offers applying to join the network as the primary button after creating an organisation', async () => {
    const { page } = visitor;
    await visitor.visit('/organizations/new', 'new organisation form (360px, to create)');
    await page.getByLabel('Name', { exact: true }).fill('Astara Qadınlar Şurası');
    await page.getByLabel('Country').selectOption('AZ');
    await visitor.load('profile (created, 360px)', () =>
      page.getByRole('button', { name: 'Create an organisation' }).click(),
    );
    const apply = page.getByRole('link', { name: 'Apply to join the network' });
    await expect(apply.getAttribute('class')).resolves.toBe('button');
    const box = (await apply.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(44);
    // In the first screen, not below the fold.
    expect(box.y + box.height).toBeLessThanOrEqual(740);
    await visitor.load('membership page (360px)', () => apply.click());
    await openFolds(page);
    const file = (await controls(page)).find((c) => c.type === 'file');
    expect(file?.height, 'the documents input is tall enough').toBeGreaterThanOrEqual(40);
  });

  it('closes the visitor', async () => {
    await visitor.close();
  });
});
