/**
 * How the pages work for people who do not use a mouse on a wide screen with JavaScript on:
 * keyboard users, browsers without JavaScript, and anyone who mistypes a form. Every page
 * visited is also checked by the harness (axe, weight, origins); small phones have their own
 * sweep of every page (sweep.e2e.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { useSite, Visitor } from './harness.js';

describe('pages for every way of browsing', () => {
  const site = useSite();

  it('lets a keyboard user skip to the content: Tab reaches the skip link first, Enter moves focus to main', async () => {
    const visitor = await Visitor.open(site());
    try {
      const { page } = visitor;
      await visitor.visit('/', 'home (keyboard)');
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: 'Skip to main content' });
      await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      // Shown on screen while focused, with a visible focus outline.
      const box = await skip.boundingBox();
      expect(box, 'the focused skip link has a box').not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.y).toBeGreaterThanOrEqual(0);
      await expect(skip.evaluate((el) => getComputedStyle(el).outlineStyle)).resolves.not.toBe(
        'none',
      );

      await page.keyboard.press('Enter');
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
      // The next Tab continues inside the content, not back in the header.
      await page.keyboard.press('Tab');
      await expect(
        page.evaluate(() => document.activeElement?.closest('main') !== null),
      ).resolves.toBe(true);
    } finally {
      await visitor.close();
    }
  });

  it('signs in and out with JavaScript switched off', async () => {
    const { concord } = site();
    const email = `nojs.${Date.now()}@example.org`;
    const password = 'plain forms work everywhere';
    await createConfirmedPerson(concord.accounts, { name: 'Kamran Əliyev', email, password });

    const visitor = await Visitor.open(site(), { javaScriptEnabled: false });
    try {
      const { page } = visitor;
      await visitor.visit('/sign-in', 'sign-in form (no JavaScript)');
      await page.getByLabel('Email address').fill(email);
      await page.getByLabel('Password').fill(password);
      const signedIn = await visitor.load('home (signed in, no JavaScript)', () =>
        page.getByRole('button', { name: 'Sign in' }).click(),
      );
      expect(signedIn.status).toBe(200);
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);

      await visitor.load('signed out (no JavaScript)', () =>
        page.getByRole('button', { name: 'Sign out' }).click(),
      );
      await expect(page.getByRole('status').textContent()).resolves.toBe('You are signed out.');
      await expect(page.getByRole('button', { name: 'Sign out' }).count()).resolves.toBe(0);
    } finally {
      await visitor.close();
    }
  });

  it('shows each bad field in the error summary, linked to the field that carries the message', async () => {
    const visitor = await Visitor.open(site());
    try {
      const { page } = visitor;
      await visitor.visit('/sign-up', 'sign-up form');
      await page.getByLabel('Full name').fill('Rəşad Quliyev');
      await page.getByLabel('Email address').fill('not-an-email');
      await page.getByLabel('Password', { exact: true }).fill('short');
      const refused = await visitor.load('sign-up form with errors', () =>
        page.getByRole('button', { name: 'Create account' }).click(),
      );
      expect(refused.status).toBe(422);

      const summary = page.getByRole('alert', { name: 'There is a problem' });
      await expect(summary.isVisible()).resolves.toBe(true);
      const problems = [
        { label: 'Email address', message: 'Enter an email address like name@example.org' },
        { label: 'Password', message: 'Your password must be at least 8 characters' },
      ];
      await expect(summary.getByRole('link').count()).resolves.toBe(problems.length);
      for (const { label, message } of problems) {
        const field = page.getByLabel(label, { exact: true });
        const id = await field.getAttribute('id');
        await expect(
          summary.getByRole('link', { name: message }).getAttribute('href'),
        ).resolves.toBe(`#${id}`);
        await expect(field.getAttribute('aria-invalid')).resolves.toBe('true');
        // The message is part of the field's description, so a screen reader reads it there too.
        const description = await field.evaluate((el) =>
          (el.getAttribute('aria-describedby') ?? '')
            .split(' ')
            .map((ref) => document.getElementById(ref)?.textContent ?? '')
            .join(' '),
        );
        expect(description).toContain(message);
      }
      // What was typed is kept (except the password), and the valid field has no error.
      await expect(page.getByLabel('Email address').inputValue()).resolves.toBe('not-an-email');
      await expect(page.getByLabel('Full name').inputValue()).resolves.toBe('Rəşad Quliyev');
      await expect(page.getByLabel('Full name').getAttribute('aria-invalid')).resolves.toBeNull();

      // Following the summary's link lands on the field.
      await summary.getByRole('link', { name: problems[0]!.message }).click();
      await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('field-email');
    } finally {
      await visitor.close();
    }
  });
});
