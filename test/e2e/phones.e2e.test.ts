/**
 * Phones first (issue 12): at 360 px the signed-in header is one short bar whose menu opens by
 * keyboard and without JavaScript, "Acting for" is still chosen without a script, and the
 * directory shows its results before its filters, with the filters in force as chips that
 * remove them. Every page visited is also checked by the harness (axe, weight, origins).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDENTITY } from '../../src/demo/index.js';
import { createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { updateIdentity } from '../../src/modules/network/index.js';
import { admitToNetwork, createOrganization } from '../../src/modules/organizations/index.js';
import type { Actor } from '../../src/platform/http/context.js';
import { useSite, Visitor } from './harness.js';

const PHONE = { viewport: { width: 360, height: 740 } };
const PASSWORD = 'a phone in one hand, tea in the other';

/** Chromium's own accessibility node for the element `selector` matches: role and state. */
async function accessibilityOf(visitor: Visitor, selector: string) {
  const cdp = await visitor.context.newCDPSession(visitor.page);
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
    nodeId,
    fetchRelatives: false,
  });
  await cdp.detach();
  const node = nodes[0]!;
  const property = (name: string) => node.properties?.find((p) => p.name === name)?.value.value;
  return {
    role: node.role?.value,
    name: node.name?.value,
    expanded: property('expanded'),
    focusable: property('focusable'),
  };
}

describe('phones first', () => {
  const site = useSite();
  const email = `aysel.${Date.now()}@example.org`;

  beforeAll(async () => {
    const { concord } = site();
    const id = await createConfirmedPerson(concord.accounts, {
      name: 'Aysel Quliyeva',
      email,
      password: PASSWORD,
      isAdmin: true,
    });
    const actor: Actor = {
      id,
      name: 'Aysel Quliyeva',
      email,
      isAdmin: true,
      locale: null,
      sessionId: 's',
    };
    // The demo's identity: a full name and a shorter one, as a real network has.
    await updateIdentity(concord.network, { actor }, DEMO_IDENTITY, undefined);
    for (const [name, country] of [
      ['Qarabağ Könüllüləri', 'AZ'],
      ['Bakı Gənclər Mərkəzi', 'AZ'],
      ['Kerala Water Trust', 'IN'],
      ['Sahel Women Water Alliance', 'ML'],
      ['Andean Mountain Farmers Union', 'PE'],
    ] as const) {
      const created = await createOrganization(concord.organizations, actor, {
        name,
        country,
        sdgs: country === 'AZ' ? [16] : [6],
        tags: [],
        workingLanguages: [],
        socialLinks: [],
      });
      if (!created.ok) throw new Error(JSON.stringify(created.problems));
      await admitToNetwork(concord.organizations, { actor }, created.id, 'phones test');
    }
  });

  async function signIn(visitor: Visitor) {
    const { page } = visitor;
    await visitor.visit('/sign-in', 'sign-in form (360px)');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await visitor.load('home (signed in, 360px)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
  }

  it('keeps the signed-in header under 100 px and opens its menu by keyboard', async () => {
    const visitor = await Visitor.open(site(), PHONE);
    try {
      const { page } = visitor;
      await signIn(visitor);
      await visitor.visit('/organizations/mine', 'my organisations (360px)');
      const header = await page.locator('header.site-header').boundingBox();
      expect(header!.height, 'header height at 360 px, signed in').toBeLessThanOrEqual(100);
      // The short name on a phone; the menu's links wait behind it.
      await expect(
        page.getByRole('link', { name: 'Global South NGOs', exact: true }).isVisible(),
      ).resolves.toBe(true);
      await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(false);
      expect(await accessibilityOf(visitor, 'header summary')).toEqual({
        role: 'DisclosureTriangle',
        name: 'Menu',
        expanded: false,
        focusable: true,
      });

      // Skip link, the network's name, then the menu; Enter opens it, Tab walks into it.
      for (let n = 0; n < 3; n++) await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.tagName.toLowerCase()),
      ).resolves.toBe('summary');
      await page.keyboard.press('Enter');
      expect((await accessibilityOf(visitor, 'header summary')).expanded).toBe(true);
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Home');
      const menu = page.getByRole('banner');
      for (const name of ['My organisations', 'Administration', 'Change', 'Account']) {
        await expect(menu.getByRole('link', { name, exact: true }).isVisible(), name).resolves.toBe(
          true,
        );
      }
      await expect(menu.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
      await expect(menu.textContent()).resolves.toContain('Acting for: only yourself');
      // Open, the menu is no wider than the screen.
      const { scrollWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
      }));
      expect(scrollWidth).toBeLessThanOrEqual(360);
      // axe on the open menu too.
      await visitor.checkAccessibility('my organisations, menu open (360px)');

      // In Russian the bar stays one line as well.
      await visitor.load('my organisations (Russian, 360px)', () =>
        page.getByRole('button', { name: 'Русский' }).click(),
      );
      const russian = await page.locator('header.site-header').boundingBox();
      expect(russian!.height, 'header height at 360 px in Russian').toBeLessThanOrEqual(100);
      await visitor.load('my organisations (English again, 360px)', () =>
        page.getByRole('button', { name: 'English' }).click(),
      );
    } finally {
      await visitor.close();
    }
  });

  it('chooses whom to act for from the menu without JavaScript', async () => {
    const visitor = await Visitor.open(site(), { ...PHONE, javaScriptEnabled: false });
    try {
      const { page } = visitor;
      await signIn(visitor);
      await visitor.visit('/events', 'events (no JavaScript, 360px)');
      await page.locator('header summary').click();
      await visitor.load('choose whom to act for (no JavaScript, 360px)', () =>
        page.getByRole('banner').getByRole('link', { name: 'Change' }).click(),
      );
      await page.getByLabel('Bakı Gənclər Mərkəzi').check();
      await visitor.load('events, acting for an organisation (no JavaScript, 360px)', () =>
        page.getByRole('main').getByRole('button', { name: 'Save' }).click(),
      );
      expect(new URL(page.url()).pathname).toBe('/events');
      // Back where they were, the menu folded again, and it names the choice.
      await expect(page.getByRole('link', { name: 'Change' }).isVisible()).resolves.toBe(false);
      await page.locator('header summary').click();
      await expect(page.getByRole('banner').textContent()).resolves.toContain(
        'Acting for: Bakı Gənclər Mərkəzi',
      );
    } finally {
      await visitor.close();
    }
  });

  it('shows the directory’s results before its filters, and removes a filter by its chip', async () => {
    const visitor = await Visitor.open(site(), { ...PHONE, javaScriptEnabled: false });
    try {
      const { page } = visitor;
      await visitor.visit('/organizations', 'directory (no JavaScript, 360px)');
      const filters = page.locator('details.facets');
      const firstResult = page.locator('.results .cards li').first();
      const countryLink = page.getByRole('link', { name: 'Azerbaijan', exact: true });
      // Folded: the first result is on the first screen, no filter link is.
      const result = await firstResult.boundingBox();
      expect(result!.y + result!.height).toBeLessThanOrEqual(740);
      await expect(countryLink.isVisible()).resolves.toBe(false);
      await expect(filters.locator('summary').textContent()).resolves.toBe('Filters');

      await filters.locator('summary').click();
      await expect(countryLink.isVisible()).resolves.toBe(true);
      await visitor.load('directory, one filter (no JavaScript, 360px)', () => countryLink.click());
      await expect(filters.locator('summary').textContent()).resolves.toBe('Filters (1 active)');
      await expect(page.locator('.results .cards li').count()).resolves.toBe(2);
      // Chosen, the filter is a chip above the results; the facets are folded again.
      const chip = page.getByRole('link', { name: 'Remove filter: Azerbaijan' });
      await expect(chip.isVisible()).resolves.toBe(true);
      const chipBox = await chip.boundingBox();
      expect(chipBox!.y).toBeLessThan((await firstResult.boundingBox())!.y);
      await expect(page.getByRole('link', { name: 'Asia', exact: true }).isVisible()).resolves.toBe(
        false,
      );

      await filters.locator('summary').click();
      await visitor.load('directory, two filters (no JavaScript, 360px)', () =>
        page.getByRole('link', { name: '16. Peace, justice and strong institutions' }).click(),
      );
      await expect(filters.locator('summary').textContent()).resolves.toBe('Filters (2 active)');
      await visitor.load('directory, goal removed (no JavaScript, 360px)', () =>
        page
          .getByRole('link', { name: 'Remove filter: 16. Peace, justice and strong institutions' })
          .click(),
      );
      expect(new URL(page.url()).search).toBe('?country=AZ');
      await visitor.load('directory, all cleared (no JavaScript, 360px)', () =>
        page.getByRole('link', { name: 'Clear all' }).click(),
      );
      expect(new URL(page.url()).search).toBe('');
      await expect(page.locator('.results .cards li').count()).resolves.toBe(5);
      await expect(page.locator('.chips').count()).resolves.toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('shows the menu and the filters unfolded on a wide screen', async () => {
    const visitor = await Visitor.open(site(), { viewport: { width: 1280, height: 900 } });
    try {
      const { page } = visitor;
      await visitor.visit('/organizations?country=AZ', 'directory (wide)');
      await expect(page.locator('header summary').isVisible()).resolves.toBe(false);
      await expect(
        page.getByRole('link', { name: 'Global South NGOs Platform', exact: true }).isVisible(),
      ).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'Sign in' }).isVisible()).resolves.toBe(true);
      await expect(page.locator('details.facets summary').isVisible()).resolves.toBe(false);
      await expect(
        page.getByRole('link', { name: 'Only the Global South' }).isVisible(),
      ).resolves.toBe(true);
      // The sidebar sits beside the results, as before.
      const sidebar = await page.locator('details.facets').boundingBox();
      const results = await page.locator('.results').boundingBox();
      expect(sidebar!.x + sidebar!.width).toBeLessThanOrEqual(results!.x);
    } finally {
      await visitor.close();
    }
  });
});
