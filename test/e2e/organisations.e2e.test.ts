/**
 * An organisation joins the network in a browser, as issue 3 tells it: a person creates it,
 * invites a colleague who accepts, applies with a PDF (after a file that is not one is refused),
 * an administrator reviews the application, approves it and verifies the new member; the public
 * profile shows the badge, and the directory finds it in Azerbaijani, English and Russian.
 * Every page on the way is checked by the harness (axe, weight, origins).
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAdministrator, createConfirmedPerson } from '../../src/modules/accounts/index.js';
import { useSite, Visitor } from './harness.js';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n',
  'latin1',
);
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('an organisation joins the network and is verified', () => {
  const site = useSite();
  let owner: Visitor;
  let colleague: Visitor;
  let admin: Visitor;
  let profilePath = '';
  let uploads = '';

  beforeAll(async () => {
    const { concord } = site();
    uploads = await fs.mkdtemp(path.join(os.tmpdir(), 'concord-e2e-uploads-'));
    // The site's uploads go to a throwaway folder, not ./data.
    (concord.deps.config as { uploadsDir: string }).uploadsDir = uploads;
    owner = await Visitor.open(site());
    colleague = await Visitor.open(site());
    admin = await Visitor.open(site());
  });
  afterAll(async () => {
    await owner?.close();
    await colleague?.close();
    await admin?.close();
    if (uploads) await fs.rm(uploads, { recursive: true, force: true });
  });

  async function signIn(visitor: Visitor, email: string, password: string) {
    const { page } = visitor;
    await visitor.visit('/sign-in', 'sign-in form');
    await page.getByLabel('Email address').fill(email);
    await page.getByLabel('Password').fill(password);
    await visitor.load('home (signed in)', () =>
      page.getByRole('button', { name: 'Sign in' }).click(),
    );
  }

  it('lets a person create an organisation and invite a colleague, who accepts', async () => {
    const { concord } = site();
    const email = `nigar.${Date.now()}@example.org`;
    const password = 'mountain river under the bridge';
    await createConfirmedPerson(concord.accounts, { name: 'Nigar Hüseynova', email, password });
    await signIn(owner, email, password);
    const { page } = owner;

    await owner.visit('/organizations/new', 'new organisation form');
    await page.getByLabel('Name', { exact: true }).fill('Şuşa Gənclər Birliyi');
    await page.getByLabel('Country').selectOption('AZ');
    await owner.load('profile (new organisation)', () =>
      page.getByRole('button', { name: 'Create an organisation' }).click(),
    );
    profilePath = new URL(page.url()).pathname;

    const colleagueEmail = `elvin.${Date.now()}@example.org`;
    await createConfirmedPerson(concord.accounts, {
      name: 'Elvin Quliyev',
      email: colleagueEmail,
      password,
    });
    await owner.load('people page', () =>
      page.getByRole('main').getByRole('link', { name: 'People', exact: true }).click(),
    );
    await page.getByLabel('Email address').fill(colleagueEmail);
    const sent = await owner.load('people page (invitation sent)', () =>
      page.getByRole('button', { name: 'Send the invitation' }).click(),
    );
    expect(sent.status).toBe(200);
    await expect(page.getByRole('status').textContent()).resolves.toContain(
      'The invitation is sent.',
    );

    const message = (await concord.deps.mailer.list(100)).find(
      (m) => m.to_address === colleagueEmail,
    );
    const link = new URL(/https?:\/\/\S+/.exec(message?.body_text ?? '')?.[0] ?? '');
    await colleague.visit(link.pathname, 'invitation (signed out)');
    await colleague.load('sign-in form (from the invitation)', () =>
      colleague.page.getByRole('link', { name: `Sign in as ${colleagueEmail} to accept` }).click(),
    );
    await colleague.page.getByLabel('Email address').fill(colleagueEmail);
    await colleague.page.getByLabel('Password').fill(password);
    await colleague.load('invitation (signed in)', () =>
      colleague.page.getByRole('button', { name: 'Sign in' }).click(),
    );
    await colleague.load('profile (joined)', () =>
      colleague.page.getByRole('button', { name: 'Accept and join' }).click(),
    );
    expect(new URL(colleague.page.url()).pathname).toBe(profilePath);

    await owner.visit(`${profilePath}/people`, 'people page (colleague joined)');
    await expect(page.getByRole('main').textContent()).resolves.toContain('Elvin Quliyev');
  });

  it('lets the owner apply with a PDF after refusing a picture', async () => {
    const { page } = owner;
    await owner.visit(profilePath, 'profile (before applying)');

    await owner.load('membership page', () =>
      page.getByRole('link', { name: 'Apply to join the network' }).click(),
    );
    await page.getByLabel('Motivation').fill('We bring young people back to Şuşa.');
    await page
      .getByLabel('Documents (PDF)')
      .setInputFiles({ name: 'photo.pdf', mimeType: 'application/pdf', buffer: PNG });
    const refused = await owner.load('membership form with errors', () =>
      page.getByRole('button', { name: 'Send the application' }).click(),
    );
    expect(refused.status).toBe(422);
    await expect(page.getByRole('alert').textContent()).resolves.toContain(
      'photo.pdf is not a PDF',
    );

    await page
      .getByLabel('Documents (PDF)')
      .setInputFiles({ name: 'Nizamnamə.pdf', mimeType: 'application/pdf', buffer: PDF });
    const sent = await owner.load('membership page (applied)', () =>
      page.getByRole('button', { name: 'Send the application' }).click(),
    );
    expect(sent.status).toBe(200);
    await expect(
      page.getByRole('heading', { name: 'Application under review' }).count(),
    ).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Nizamnamə.pdf' }).count()).resolves.toBe(1);
  });

  it('lets an administrator review, approve and verify it', async () => {
    const { concord } = site();
    const email = `review.${Date.now()}@example.org`;
    const created = await createAdministrator(concord.accounts, { name: 'Reviewer', email });
    await signIn(admin, email, created.password!);
    const { page } = admin;

    await admin.visit('/admin', 'administration');
    await admin.load('membership queue', () =>
      page.getByRole('link', { name: 'Membership applications' }).click(),
    );
    await admin.load('application review', () =>
      page.getByRole('link', { name: 'Şuşa Gənclər Birliyi' }).click(),
    );
    await expect(page.getByRole('main').textContent()).resolves.toContain(
      'We bring young people back to Şuşa.',
    );
    const refused = await admin.load('application review with errors', () =>
      page.getByRole('button', { name: 'Decline the application' }).click(),
    );
    expect(refused.status).toBe(422);
    await admin.load('organisation membership (approved)', () =>
      page.getByRole('button', { name: 'Approve: make it a member' }).click(),
    );
    await expect(page.getByRole('status').textContent()).resolves.toContain('approved');

    await admin.load('verification form', () =>
      page.getByRole('link', { name: 'Verify Şuşa Gənclər Birliyi' }).click(),
    );
    await page.getByLabel('Evidence').fill('State register entry 1400777, checked online.');
    await admin.load('verification index', () =>
      page.getByRole('button', { name: 'Verify' }).click(),
    );
    await expect(page.getByRole('status').textContent()).resolves.toContain('recorded');
  });

  it('lets the administrator read the audit log and the decided application, on a phone too', async () => {
    const { page } = admin;
    await admin.visit('/admin', 'administration (after the decision)');
    await admin.load('audit log', () => page.getByRole('link', { name: 'Audit log' }).click());
    const log = page.getByRole('group', { name: 'Audit log' });
    await expect(log.getByText('Membership application approved').count()).resolves.toBe(1);
    await expect(
      log.getByRole('link', { name: 'Şuşa Gənclər Birliyi' }).count(),
    ).resolves.toBeGreaterThan(1);
    await expect(log.getByRole('link', { name: 'Reviewer' }).count()).resolves.toBeGreaterThan(1);
    await expect(page.getByRole('main').textContent()).resolves.toContain('When, Asia/Baku');
    await page.getByLabel('Action').selectOption({ label: 'Organisation verified' });
    await admin.load('audit log (filtered)', () =>
      page.getByRole('button', { name: 'Show entries' }).click(),
    );
    expect(new URL(page.url()).search).toContain('action=organization.verify');
    await expect(log.locator('tbody tr').count()).resolves.toBe(1);

    // On a phone the tables scroll inside their regions, which a keyboard reaches (axe).
    await page.setViewportSize({ width: 320, height: 640 });
    await admin.visit('/admin/audit', 'audit log (320 px)');
    const slug = profilePath.split('/').pop()!;
    await admin.visit(`/admin/membership/organizations/${slug}`, 'decided application (320 px)');
    await owner.page.setViewportSize({ width: 320, height: 640 });
    await owner.visit(`${profilePath}/membership`, 'membership page (decided, 320 px)');
  });

  it('shows the verified badge on the public profile', async () => {
    const visitor = await Visitor.open(site());
    try {
      await visitor.visit(profilePath, 'profile (verified member)');
      await expect(visitor.page.getByRole('main').textContent()).resolves.toContain(
        'Verified by the network on',
      );
    } finally {
      await visitor.close();
    }
  });

  it('finds the new member in the directory in Azerbaijani, English and Russian', async () => {
    const visitor = await Visitor.open(site());
    const { page } = visitor;
    const searches = [
      // Without diacritics, as people type on a phone; in each language's own words.
      { language: 'Azərbaycanca', box: 'Ad, mövzu və ya yer üzrə axtarış', query: 'susa genc' },
      { language: 'English', box: 'Search by name, theme or place', query: 'Şuşa' },
      { language: 'Русский', box: 'Поиск по названию, теме или месту', query: 'gencler' },
    ];
    try {
      await visitor.visit('/organizations', 'directory');
      for (const search of searches) {
        await visitor.load(`directory (${search.language})`, () =>
          page.getByRole('link', { name: search.language }).click(),
        );
        await page.getByLabel(search.box).fill(search.query);
        await visitor.load(`directory search "${search.query}"`, () =>
          page.getByLabel(search.box).press('Enter'),
        );
        const result = page.getByRole('main').getByRole('link', { name: 'Şuşa Gənclər Birliyi' });
        await expect(result.count()).resolves.toBe(1);
        // The address is shareable: it holds the search, and a language switch keeps it.
        expect(new URL(page.url()).searchParams.get('q')).toBe(search.query);
      }
      await visitor.load('directory search (back in English)', () =>
        page.getByRole('link', { name: 'English' }).click(),
      );
      expect(new URL(page.url()).searchParams.get('q')).toBe('gencler');
      await expect(
        page.getByRole('main').getByRole('link', { name: 'Şuşa Gənclər Birliyi' }).count(),
      ).resolves.toBe(1);
    } finally {
      await visitor.close();
    }
  });
});
