/**
 * The network's identity through HTTP, on both engines: only administrators reach its settings,
 * a bad field gets its message and nothing is saved, a good save is audited and shows at once
 * in the header, titles, descriptions, previews, icons and mail; logos are checked by their
 * bytes and never served as uploaded.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  adminClient,
  signedUpClient,
  type TestClient,
  uniqueEmail,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

const IDENTITY = {
  name: 'Global South NGOs Platform',
  shortName: 'Global South NGOs',
  purpose_en: 'Civil society of the Global South, working together from Baku.',
  purpose_az: 'Qlobal Cənubun vətəndaş cəmiyyəti Bakıdan birgə fəaliyyət göstərir.',
  purpose_ru: 'Гражданское общество Глобального Юга работает вместе из Баку.',
};

const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="green"/><script>alert(1)</script></svg>',
);
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const png = (width: number, height: number) =>
  sharp({
    create: { width, height, channels: 4, background: { r: 10, g: 80, b: 140, alpha: 1 } },
  })
    .png()
    .toBuffer();

type Upload = { name: string; bytes: Buffer; type?: string };

describeEachEngine('the network’s identity', (engine) => {
  const uploadsDir = path.join(
    os.tmpdir(),
    `concord-network-${engine}-${process.pid}-${Date.now()}`,
  );
  const concord = useConcord(engine, { UPLOADS_DIR: uploadsDir });
  const db = () => concord().deps.db.kysely;
  let admin: Awaited<ReturnType<typeof adminClient>>;

  beforeAll(async () => {
    admin = await adminClient(concord());
  });
  afterAll(async () => {
    await fs.rm(uploadsDir, { recursive: true, force: true });
  });

  const stored = async () =>
    (await fs.readdir(path.join(uploadsDir, 'network')).catch(() => [] as string[])).sort();
  const identityRow = () => db().selectFrom('network_identity').selectAll().executeTakeFirst();

  /** Posts the settings form as a browser does: multipart, with the page's CSRF token. */
  async function save(client: TestClient, fields: Record<string, string>, logo?: Upload) {
    const page = await client.get('/admin/network');
    const form = new FormData();
    form.set('_csrf', csrfOf(page.html) || csrfOf((await client.get('/sign-in')).html));
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    form.set(
      'logo',
      logo
        ? new File([new Uint8Array(logo.bytes)], logo.name, { type: logo.type ?? 'image/png' })
        : new File([], '', { type: 'application/octet-stream' }),
    );
    return client.request('/admin/network', { method: 'POST', body: form });
  }

  describe('before an administrator names the network', () => {
    it('names it with the default words and serves the default icons', async () => {
      const home = await concord().client().get('/');
      expect(home.html).toContain('— NGO network</title>');
      expect(home.html).toContain(
        '<meta name="description" content="The meeting place of a network of NGOs"/>',
      );
      expect(home.html).toContain('<link rel="icon" href="/favicon.ico"/>');
      expect(home.html).toContain('Powered by Concord');
      const icon = await concord().app.request('/favicon.ico');
      expect(icon.status).toBe(200);
      expect(icon.headers.get('content-type')).toBe('image/x-icon');
      const bytes = Buffer.from(await icon.arrayBuffer());
      // An icon directory of one image, a PNG.
      expect([...bytes.subarray(0, 6)]).toEqual([0, 0, 1, 0, 1, 0]);
      expect(bytes.subarray(22, 30).equals(PNG_SIGNATURE)).toBe(true);
      const touch = await concord().app.request('/apple-touch-icon.png');
      expect(touch.status).toBe(200);
      expect((await sharp(Buffer.from(await touch.arrayBuffer())).metadata()).width).toBe(180);
    });
  });

  describe('who may change it', () => {
    it('asks a visitor to sign in and refuses a member, saving nothing', async () => {
      const visitor = concord().client();
      expect((await visitor.get('/admin/network')).status).toBe(401);
      const member = await signedUpClient(concord());
      expect((await member.client.get('/admin/network')).status).toBe(403);
      const posted = await save(member.client, IDENTITY);
      expect(posted.status).toBe(403);
      expect(await identityRow()).toBeUndefined();
    });

    it('refuses a form without its CSRF token', async () => {
      const form = new FormData();
      for (const [name, value] of Object.entries(IDENTITY)) form.set(name, value);
      const posted = await admin.client.request('/admin/network', { method: 'POST', body: form });
      expect(posted.status).toBe(403);
      expect(await identityRow()).toBeUndefined();
    });
  });

  describe('the settings page', () => {
    it('shows every bad field’s message at the field and saves nothing', async () => {
      const posted = await save(
        admin.client,
        { ...IDENTITY, name: '  ', shortName: 'x'.repeat(31), purpose_ru: '' },
        { name: 'notes.png', bytes: Buffer.from('Our logo is a green circle.\n') },
      );
      expect(posted.status).toBe(422);
      expect(posted.html).toContain('Enter the network’s name');
      expect(posted.html).toContain('The short name must be 30 characters or fewer');
      expect(posted.html).toContain('Describe the network’s purpose in one line');
      expect(posted.html).toContain('The file “notes.png” is not an SVG, PNG or JPEG image');
      expect(posted.html).toContain('id="field-logo-error"');
      // What was typed stays in the form.
      expect(posted.html).toContain(`value="${IDENTITY.purpose_az}"`);
      expect(await identityRow()).toBeUndefined();
      expect(await stored()).toEqual([]);
    });

    it('refuses a damaged image and one too large, at the field, leaving no file', async () => {
      const damaged = await save(admin.client, IDENTITY, {
        name: 'broken.png',
        bytes: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(64, 7)]),
      });
      expect(damaged.status).toBe(422);
      expect(damaged.html).toContain('The file “broken.png” could not be read as an image');
      const large = await save(admin.client, IDENTITY, {
        name: 'huge.png',
        bytes: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(2 * 1024 * 1024 + 10)]),
      });
      expect(large.status).toBe(422);
      expect(large.html).toContain('The file “huge.png” is larger than 2 MB');
      expect(await identityRow()).toBeUndefined();
      expect(await stored()).toEqual([]);
    });

    it('saves the identity with its logo, audited, and every page shows it at once', async () => {
      const posted = await save(admin.client, IDENTITY, {
        name: 'logo.png',
        bytes: await png(1024, 512),
      });
      expect(posted.status).toBe(303);
      expect(posted.location).toBe('/admin/network?notice=network.settings.saved');
      const row = await identityRow();
      expect(row).toMatchObject({ name: IDENTITY.name, short_name: IDENTITY.shortName });
      expect(row).toMatchObject({ logo_width: 512, logo_height: 256 });
      expect(await stored()).toHaveLength(3);
      const audit = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'network.identity.update')
        .execute();
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({ actor_id: admin.id, subject_type: 'network' });
      expect(JSON.parse(audit[0]!.details)).toMatchObject({ logo: 'replaced' });

      const hash = row!.logo_hash!;
      const visitor = concord().client();
      // (The home page may be replayed by the page cache for two seconds: other pages here.)
      for (const path of ['/events', '/sign-in', '/organizations']) {
        const page = await visitor.get(path);
        const title = /<title>(.+) — Global South NGOs<\/title>/.exec(page.html)?.[1];
        expect(title, path).toBeTruthy();
        expect(page.html).toContain(`<meta name="description" content="${IDENTITY.purpose_en}"/>`);
        expect(page.html).toContain(`<meta property="og:site_name" content="${IDENTITY.name}"/>`);
        expect(page.html).toContain(`<meta property="og:title" content="${title}"/>`);
        expect(page.html).toContain(
          `<meta property="og:description" content="${IDENTITY.purpose_en}"/>`,
        );
        expect(page.html).toContain(`<link rel="icon" href="/network/icon.${hash}.png"/>`);
        expect(page.html).toContain(
          `<link rel="apple-touch-icon" href="/network/touch-icon.${hash}.png"/>`,
        );
        expect(page.html).toContain(
          `<a class="brand" href="/"><img src="/network/logo.${hash}.png" alt="" height="32" width="64"/><span class="brand-name">Global South NGOs Platform</span><span class="brand-short">Global South NGOs</span></a>`,
        );
      }
      // The purpose in the page's language.
      const az = await concord()
        .client()
        .request('/', { headers: { 'accept-language': 'az' } });
      expect(az.html).toContain(`<meta name="description" content="${IDENTITY.purpose_az}"/>`);
      const ru = await concord()
        .client()
        .request('/', { headers: { 'accept-language': 'ru' } });
      expect(ru.html).toContain(`<meta name="description" content="${IDENTITY.purpose_ru}"/>`);

      const logo = await concord().app.request(`/network/logo.${hash}.png`);
      expect(logo.status).toBe(200);
      expect(logo.headers.get('content-type')).toBe('image/png');
      expect(logo.headers.get('cache-control')).toContain('immutable');
      const icon = await concord().app.request('/favicon.ico');
      const iconBytes = Buffer.from(await icon.arrayBuffer());
      expect(iconBytes.readUInt8(6)).toBe(32);
      expect((await sharp(iconBytes.subarray(22)).metadata()).width).toBe(32);
      // An old or made-up hash names nothing.
      expect((await concord().app.request('/network/logo.000000000000.png')).status).toBe(404);
    });

    it('names the network in mail', async () => {
      const email = uniqueEmail('newcomer');
      const client = concord().client();
      await client.get('/sign-up');
      await client.post('/sign-up', { name: 'Newcomer', email, password: 'a long passphrase 1' });
      const mail = (await concord().deps.mailer.list(50)).find((m) => m.to_address === email);
      expect(mail?.subject).toBe('Confirm your email address for Global South NGOs Platform');
    });

    it('takes an SVG logo but keeps and serves only a PNG drawn from it', async () => {
      const before = (await identityRow())!;
      const posted = await save(admin.client, IDENTITY, {
        name: 'logo.svg',
        bytes: SVG,
        type: 'image/svg+xml',
      });
      expect(posted.status).toBe(303);
      const row = (await identityRow())!;
      expect(row.logo_hash).not.toBe(before.logo_hash);
      // The replaced files are gone; the new ones are PNGs, none holds the script.
      const files = await stored();
      expect(files).toHaveLength(3);
      expect(files.every((f) => f.endsWith('.png'))).toBe(true);
      for (const file of files) {
        const bytes = await fs.readFile(path.join(uploadsDir, 'network', file));
        expect(bytes.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
        expect(bytes.includes('alert(1)')).toBe(false);
      }
      expect((await concord().app.request(`/network/logo.${before.logo_hash}.png`)).status).toBe(
        404,
      );
    });

    it('removes the logo when asked, keeping the words', async () => {
      const posted = await save(admin.client, { ...IDENTITY, removeLogo: 'on' });
      expect(posted.status).toBe(303);
      expect(await identityRow()).toMatchObject({ name: IDENTITY.name, logo_file: null });
      expect(await stored()).toEqual([]);
      const page = await concord().client().get('/events');
      expect(page.html).toContain('<link rel="icon" href="/favicon.ico"/>');
      expect(page.html).toContain(
        '<a class="brand" href="/"><span class="brand-name">Global South NGOs Platform</span><span class="brand-short">Global South NGOs</span></a>',
      );
    });
  });
});
