/**
 * The first journey a person walks: sign up, confirm the address with the link an administrator
 * reads from the outbox, sign in, switch to Azerbaijani, change the password there, sign out,
 * and sign in again with the new password. The stages run in order and share one browser
 * context per person; every page on the way is checked by the harness (axe, weight, origins).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministrator } from '../../src/modules/accounts/index.js';
import { useSite, Visitor } from './harness.js';

describe('a person joins Concord and looks after their account', () => {
  const site = useSite();
  const email = `leyla.${Date.now()}@example.org`;
  const firstPassword = 'river stones under a quiet bridge';
  const newPassword = 'dağlar üzərində səhər küləyi';
  let person: Visitor;
  let admin: Visitor;
  let confirmationLink: string;

  beforeAll(async () => {
    person = await Visitor.open(site());
    admin = await Visitor.open(site());
  });
  afterAll(async () => {
    await person?.close();
    await admin?.close();
  });

  const heading = () => person.page.getByRole('heading', { level: 1 }).textContent();

  it('signs up from the home page', async () => {
    const { page } = person;
    await person.visit('/', 'home (visitor)');
    await person.load('sign-up form', () =>
      page.getByRole('link', { name: 'Create an account', exact: true }).click(),
    );
    await expect(heading()).resolves.toBe('Create an account');
    await page.getByLabel('Full name').fill('Leyla Məmmədova');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(firstPassword);
    await person.load('check your email', () =>
      page.getByRole('button', { name: 'Create account' }).click(),
    );
    await expect(heading()).resolves.toBe('Check your email');
    await expect(page.getByRole('main').textContent()).resolves.toContain(email);
  });

  it('gets the confirmation link from an administrator reading the outbox', async () => {
    const { concord, baseUrl } = site();
    const adminEmail = `admin.${Date.now()}@example.org`;
    const created = await createAdministrator(concord.accounts, {
      name: 'Outbox Reader',
      email: adminEmail,
    });
    expect(created.password, 'a generated password').toBeTruthy();

    const { page } = admin;
    await admin.visit('/sign-in', 'sign-in form');
    await page.getByLabel('Email address').fill(adminEmail);
    await page.getByLabel('Password').fill(created.password!);
    await admin.load('home (administrator)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
    await admin.load('administration', () =>
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Administration' })
        .click(),
    );
    await admin.load('mail outbox', () => page.getByRole('link', { name: 'Mail outbox' }).click());
    const message = page.getByRole('article').filter({ hasText: `To: ${email}` });
    await expect(message.getByRole('heading').textContent()).resolves.toMatch(
      /^Confirm your email address/,
    );
    const link = /https?:\/\/\S+/.exec((await message.locator('pre').textContent()) ?? '')?.[0];
    expect(link, 'a link in the confirmation message').toBeDefined();
    expect(new URL(link!).origin, 'the link points at BASE_URL').toBe(baseUrl);
    confirmationLink = link!;
  });

  it('confirms the address and signs in', async () => {
    const { page } = person;
    await person.visit(confirmationLink, 'email confirmed');
    await expect(
      page.getByText('Your email address is confirmed. You can sign in now.').isVisible(),
    ).resolves.toBe(true);
    await person.load('sign-in form (after confirming)', () =>
      page.getByRole('main').getByRole('link', { name: 'Sign in' }).click(),
    );
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(firstPassword);
    await person.load('home (signed in)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByRole('button', { name: 'Sign out' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('link', { name: 'Account' }).isVisible()).resolves.toBe(true);
  });

  it('switches the site to Azerbaijani', async () => {
    const { page } = person;
    await person.load('home (Azerbaijani)', () =>
      page.getByRole('button', { name: 'Azərbaycanca' }).click(),
    );
    expect(new URL(page.url()).pathname, 'back on the page it was switched from').toBe('/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('az');
    await expect(page.getByRole('link', { name: 'Ana səhifə' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Çıxış' }).isVisible()).resolves.toBe(true);
    await expect(
      page
        .getByText('Concord ilə işləyir: QHT şəbəkələri üçün açıq mənbəli proqram təminatı.')
        .isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole('button', { name: 'Azərbaycanca' }).getAttribute('aria-pressed'),
    ).resolves.toBe('true');
  });

  it('changes the password through the Azerbaijani form', async () => {
    const { page } = person;
    await person.load('account (Azerbaijani)', () =>
      page.getByRole('link', { name: 'Hesab' }).click(),
    );
    await expect(heading()).resolves.toBe('Hesabınız');
    await page.getByLabel('Cari şifrə').fill(firstPassword);
    await page.getByLabel('Yeni şifrə').fill(newPassword);
    await person.load('password changed (Azerbaijani)', () =>
      page.getByRole('button', { name: 'Şifrənin dəyişdirilməsi' }).click(),
    );
    await expect(page.getByRole('status').textContent()).resolves.toBe(
      'Şifrəniz dəyişdirildi. Digər seanslar bağlandı, API tokenləriniz ləğv edildi.',
    );
  });

  it('signs out, and afterwards only the new password lets them in', async () => {
    const { page } = person;
    await person.load('signed out (Azerbaijani)', () =>
      page.getByRole('button', { name: 'Çıxış' }).click(),
    );
    await expect(page.getByRole('status').textContent()).resolves.toBe('Hesabdan çıxdınız.');
    await expect(page.getByRole('button', { name: 'Çıxış' }).count()).resolves.toBe(0);
    await expect(
      page.getByRole('banner').getByRole('link', { name: 'Daxil ol' }).isVisible(),
    ).resolves.toBe(true);
    const cookies = await person.context.cookies();
    expect(cookies.filter((c) => c.name.includes('session_token'))).toEqual([]);

    // The account page is closed to them now.
    const closed = await person.visit('/account', 'account while signed out');
    expect(closed.status).toBe(401);
    await expect(page.getByText('Davam etmək üçün daxil olun.').isVisible()).resolves.toBe(true);
    await expect(page.getByLabel('Cari şifrə').count()).resolves.toBe(0);

    // The old password is refused, the new one works.
    await person.visit('/sign-in', 'sign-in form (Azerbaijani)');
    await page.getByLabel('E-poçt ünvanı').fill(email);
    await page.getByLabel('Şifrə').fill(firstPassword);
    await person.load('sign-in refused (Azerbaijani)', () =>
      page.getByRole('button', { name: 'Daxil ol' }).click(),
    );
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'E-poçt ünvanı və ya şifrə yanlışdır',
    );
    await expect(page.getByRole('button', { name: 'Çıxış' }).count()).resolves.toBe(0);
    await page.getByLabel('Şifrə').fill(newPassword);
    await person.load('home (signed in again)', () =>
      page.getByRole('button', { name: 'Daxil ol' }).click(),
    );
    expect(new URL(page.url()).pathname).toBe('/');
    await expect(page.getByRole('button', { name: 'Çıxış' }).isVisible()).resolves.toBe(true);
  });
});
