/**
 * Organisation logos through HTTP, on both engines: images accepted and re-encoded without
 * their metadata, everything else refused at the field without a trace, the body limit, who
 * may upload, who may see the logo, and replacing and removing the file.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';

type Format = 'png' | 'jpeg' | 'webp' | 'gif';

/** A flat picture with a mark in one corner, so that re-encoding has something to keep. */
async function picture(format: Format, width: number, height: number) {
  const mark = await sharp({
    create: { width: 8, height: 8, channels: 4, background: { r: 250, g: 200, b: 0, alpha: 1 } },
  })
    .png()
    .toBuffer();
  return sharp({
    create: { width, height, channels: 4, background: { r: 20, g: 110, b: 80, alpha: 1 } },
  })
    .composite([{ input: mark, top: 0, left: 0 }])
    .toFormat(format)
    .toBuffer();
}

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><rect width="64" height="64" fill="green"/><script>alert(1)</script></svg>',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const TEXT = Buffer.from('Our logo is a green circle with the letters KPU.\n');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

type Upload = { name: string; bytes: Buffer; type?: string };

describeEachEngine('organisation logos', (engine) => {
  const uploadsDir = path.join(os.tmpdir(), `concord-logos-${engine}-${process.pid}-${Date.now()}`);
  const concord = useConcord(engine, { UPLOADS_DIR: uploadsDir });
  const db = () => concord().deps.db.kysely;
  let admin: Awaited<ReturnType<typeof adminClient>>;

  beforeAll(async () => {
    admin = await adminClient(concord());
  });
  afterAll(async () => {
    await fs.rm(uploadsDir, { recursive: true, force: true });
  });

  const storedLogos = async () =>
    (await fs.readdir(path.join(uploadsDir, 'logos')).catch(() => [] as string[])).sort();

  const logoOf = (id: string) =>
    db()
      .selectFrom('organizations')
      .select(['logo_file', 'logo_width', 'logo_height', 'logo_updated_at'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();

  const auditOf = (id: string, action: string) =>
    db()
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', id)
      .where('action', '=', action)
      .execute();

  let counter = 0;
  /** A new organisation, created through the form by its owner; public when `member`. */
  async function organization(options: { member?: boolean } = {}) {
    const owner = await signedUpClient(concord(), { name: 'Aysel Owner' });
    const name = `Xankəndi Könüllüləri ${++counter}-${Math.random().toString(36).slice(2, 6)}`;
    await owner.client.get('/organizations/new');
    const created = await owner.client.post('/organizations', { name, country: 'AZ' });
    expect(created.status).toBe(303);
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    const { id } = await db()
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    if (options.member) {
      await db()
        .updateTable('organizations')
        .set({ membership_status: 'member' })
        .where('id', '=', id)
        .execute();
    }
    return { owner, slug, id, name };
  }

  async function addPerson(organizationId: string, role: 'admin' | 'member') {
    const person = await signedUpClient(concord(), { name: `Person ${role}` });
    const { id } = await db()
      .selectFrom('people')
      .select('id')
      .where('email', '=', person.email)
      .executeTakeFirstOrThrow();
    const now = new Date().toISOString();
    await db()
      .insertInto('organization_members')
      .values({
        organization_id: organizationId,
        person_id: id,
        role,
        listed: 1,
        created_at: now,
        updated_at: now,
      })
      .execute();
    return person;
  }

  /** Posts the logo form as a browser does: multipart, with a CSRF token from a page. */
  async function upload(client: TestClient, slug: string, file: Upload | null, from?: string) {
    const page = await client.get(from ?? `/organizations/${slug}/edit`);
    const token = csrfOf(page.html) || csrfOf((await client.get('/sign-in')).html);
    const form = new FormData();
    form.set('_csrf', token);
    form.set(
      'logo',
      file
        ? new File([new Uint8Array(file.bytes)], file.name, { type: file.type ?? 'image/png' })
        : new File([], '', { type: 'application/octet-stream' }),
    );
    return client.request(`/organizations/${slug}/logo`, { method: 'POST', body: form });
  }

  /** The logo as a visitor's browser fetches it: raw bytes and headers. */
  async function fetchLogo(url: string, headers: Record<string, string> = {}) {
    const response = await concord().app.request(url, { headers });
    return {
      status: response.status,
      headers: response.headers,
      bytes: Buffer.from(await response.arrayBuffer()),
    };
  }

  const logoUrlIn = (html: string) =>
    /<img class="logo" src="([^"]+)"/.exec(html)?.[1]?.replace(/&amp;/g, '&');

  describe('accepted images', () => {
    it.each([
      ['png', 1200, 800, 400, 267],
      ['jpeg', 600, 900, 267, 400],
      ['webp', 800, 800, 400, 400],
      ['jpeg', 120, 80, 120, 80],
    ] as const)('takes a %s of %i×%i and serves a WebP of %i×%i', async (format, w, h, sw, sh) => {
      const org = await organization({ member: true });
      const bytes = await picture(format, w, h);
      const sent = await upload(org.owner.client, org.slug, {
        name: `logo.${format}`,
        bytes,
        type: `image/${format}`,
      });
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`/organizations/${org.slug}?notice=org.saved`);

      const row = await logoOf(org.id);
      expect(row).toMatchObject({ logo_width: sw, logo_height: sh });
      expect(row.logo_file).toMatch(/^[0-9a-f-]{36}\.webp$/);
      expect(await storedLogos()).toContain(row.logo_file);

      const profile = await concord().client().get(`/organizations/${org.slug}`);
      const url = logoUrlIn(profile.html);
      expect(url).toMatch(new RegExp(`^/organizations/${org.slug}/logo\\?v=[0-9a-f]{12}$`));
      expect(profile.html).toContain(`alt="Logo of ${org.name}"`);
      expect(profile.html).toMatch(
        /<img class="logo" src="[^"]+" alt="[^"]+" width="\d+" height="\d+"/,
      );

      const served = await fetchLogo(url!);
      expect(served.status).toBe(200);
      expect(served.headers.get('content-type')).toBe('image/webp');
      expect(served.headers.get('x-content-type-options')).toBe('nosniff');
      expect(served.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const metadata = await sharp(served.bytes).metadata();
      expect(metadata).toMatchObject({ format: 'webp', width: sw, height: sh });
      expect(Math.max(metadata.width, metadata.height)).toBeLessThanOrEqual(400);
      expect(served.bytes.equals(bytes)).toBe(false);

      const [entry] = await auditOf(org.id, 'organization.logo.update');
      expect(JSON.parse(entry!.details)).toMatchObject({ width: sw, height: sh });
    });

    it('drops EXIF, XMP and colour profiles, after turning the picture upright', async () => {
      const org = await organization();
      // A 300×150 photo taken with the camera turned: EXIF says "rotate 90°" (orientation 6).
      const photo = await sharp(await picture('jpeg', 300, 150))
        .withMetadata({ orientation: 6 })
        .withIccProfile('p3')
        .withExif({
          IFD0: { Artist: 'Aysel Məmmədova', Copyright: 'Private', Software: 'SecretCam 2.1' },
        })
        .withXmp(
          '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Aysel</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>',
        )
        .toBuffer();
      const before = await sharp(photo).metadata();
      expect(before.exif).toBeDefined();
      expect(before.xmp).toBeDefined();
      expect(before.orientation).toBe(6);
      expect(before.icc).toBeDefined();

      expect(
        (await upload(org.owner.client, org.slug, { name: 'photo.jpg', bytes: photo })).status,
      ).toBe(303);
      const row = await logoOf(org.id);
      const stored = await fs.readFile(path.join(uploadsDir, 'logos', row.logo_file!));
      const after = await sharp(stored).metadata();
      expect(after.exif).toBeUndefined();
      expect(after.xmp).toBeUndefined();
      expect(after.icc).toBeUndefined();
      expect(after.orientation).toBeUndefined();
      expect(stored.includes('SecretCam')).toBe(false);
      expect(stored.includes('Aysel')).toBe(false);
      expect({ width: after.width, height: after.height }).toEqual({ width: 150, height: 300 });
    });
  });

  describe('refused files', () => {
    /** Uploads `file` over an existing logo; expects the message at the field and no change. */
    async function refused(file: Upload | null, message: string) {
      const org = await organization();
      expect(
        (
          await upload(org.owner.client, org.slug, {
            name: 'a.png',
            bytes: await picture('png', 50, 50),
          })
        ).status,
      ).toBe(303);
      const before = { row: await logoOf(org.id), files: await storedLogos() };
      const page = await upload(org.owner.client, org.slug, file);
      expect(page.status).toBe(422);
      expect(page.html).toContain('id="field-logo-error"');
      expect(page.html).toContain(message);
      expect(page.html).toMatch(/<a href="#field-logo">/);
      expect(page.html).toContain('aria-invalid="true"');
      expect(await logoOf(org.id)).toEqual(before.row);
      expect(await storedLogos()).toEqual(before.files);
      expect(await auditOf(org.id, 'organization.logo.update')).toHaveLength(1);
      return page;
    }

    it('refuses text renamed to .png, whatever type the browser claims', async () => {
      await refused(
        { name: 'logo.png', bytes: TEXT, type: 'image/png' },
        'logo.png is not a PNG, JPEG or WebP image. Choose an image in one of these formats',
      );
    });

    it('refuses an SVG, a GIF and a PDF', async () => {
      await refused(
        { name: 'logo.svg', bytes: SVG, type: 'image/svg+xml' },
        'logo.svg is not a PNG, JPEG or WebP image',
      );
      await refused(
        { name: 'logo.gif', bytes: await picture('gif', 40, 40), type: 'image/gif' },
        'logo.gif is not a PNG, JPEG or WebP image',
      );
      await refused(
        { name: 'logo.png', bytes: PDF, type: 'image/png' },
        'logo.png is not a PNG, JPEG or WebP image',
      );
    });

    it('refuses a file over 2 MB with its own message at the field', async () => {
      const big = Buffer.concat([await picture('png', 64, 64), Buffer.alloc(2.5 * 1024 * 1024)]);
      await refused(
        { name: 'huge.png', bytes: big },
        'huge.png is larger than 2 MB. Choose a smaller image',
      );
    });

    it('refuses a PNG signature followed by garbage, and a truncated JPEG', async () => {
      const garbage = Buffer.concat([PNG_SIGNATURE, Buffer.from('IHDR'), Buffer.alloc(900, 0xab)]);
      await refused(
        { name: 'broken.png', bytes: garbage },
        'broken.png could not be read as an image: it may be damaged or incomplete',
      );
      const jpeg = await picture('jpeg', 400, 300);
      await refused(
        {
          name: 'cut.jpg',
          bytes: jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
          type: 'image/jpeg',
        },
        'cut.jpg could not be read as an image',
      );
    });

    it('refuses a small file that would unpack into a huge bitmap', async () => {
      const bomb = await sharp({
        create: { width: 10000, height: 10000, channels: 3, background: 'white' },
      })
        .png({ compressionLevel: 9 })
        .toBuffer();
      expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
      await refused(
        { name: 'bomb.png', bytes: bomb },
        'bomb.png has more than 40 million pixels. Scale it down and upload it again',
      );
    });

    it('asks for a file when none was chosen', async () => {
      const page = await refused(null, 'Choose an image file for the logo');
      // The page shown again is the edit page, with the profile form and the logo section.
      expect(page.html).toContain('name="registrationNumber"');
      expect(page.html).toContain('accept="image/png,image/jpeg,image/webp"');
    });

    it('cuts off a body over the route limit with the logo message (413)', async () => {
      const org = await organization();
      const page = await upload(org.owner.client, org.slug, {
        name: 'poster.png',
        bytes: Buffer.concat([PNG_SIGNATURE, Buffer.alloc(3.5 * 1024 * 1024)]),
      });
      expect(page.status).toBe(413);
      expect(page.html).toContain('The file is larger than 2 MB, the most a logo may have.');
      expect(await logoOf(org.id)).toMatchObject({ logo_file: null });
    });
  });

  describe('who may upload', () => {
    it('lets owners, admins and platform administrators upload; not members, outsiders or visitors', async () => {
      const org = await organization({ member: true });
      const image = async () => ({ name: 'l.png', bytes: await picture('png', 30, 30) });
      const orgAdmin = await addPerson(org.id, 'admin');
      const member = await addPerson(org.id, 'member');
      const outsider = await signedUpClient(concord());
      const visitor = concord().client();
      const from = `/organizations/${org.slug}`;

      expect((await upload(member.client, org.slug, await image(), from)).status).toBe(403);
      expect((await upload(outsider.client, org.slug, await image(), from)).status).toBe(403);
      expect((await upload(visitor, org.slug, await image(), from)).status).toBe(401);
      const removal = await member.client.post(`/organizations/${org.slug}/logo/remove`, {});
      expect(removal.status).toBe(403);
      expect(await logoOf(org.id)).toMatchObject({ logo_file: null });
      expect(await auditOf(org.id, 'organization.logo.update')).toEqual([]);

      expect((await upload(orgAdmin.client, org.slug, await image())).status).toBe(303);
      expect((await upload(admin.client, org.slug, await image())).status).toBe(303);
      expect(await auditOf(org.id, 'organization.logo.update')).toHaveLength(2);
    });

    it('answers 404 to an outsider uploading to a profile they cannot see', async () => {
      const hidden = await organization();
      const outsider = await signedUpClient(concord());
      const page = await upload(
        outsider.client,
        hidden.slug,
        {
          name: 'l.png',
          bytes: await picture('png', 30, 30),
        },
        '/sign-in',
      );
      expect(page.status).toBe(404);
      expect(await logoOf(hidden.id)).toMatchObject({ logo_file: null });
    });
  });

  describe('who may see it', () => {
    it('serves the logo of a public profile to visitors, and of a hidden one only to its people', async () => {
      const org = await organization();
      await upload(org.owner.client, org.slug, {
        name: 'l.png',
        bytes: await picture('png', 60, 40),
      });
      const url = logoUrlIn((await org.owner.client.get(`/organizations/${org.slug}`)).html)!;

      expect((await fetchLogo(url)).status).toBe(404);
      expect((await fetchLogo(`/organizations/${org.slug}/logo`)).status).toBe(404);
      const own = await org.owner.client.get(url);
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('image/webp');
      expect(own.headers.get('cache-control')).toBe('private, max-age=31536000, immutable');

      await db()
        .updateTable('organizations')
        .set({ membership_status: 'member' })
        .where('id', '=', org.id)
        .execute();
      const served = await fetchLogo(url);
      expect(served.status).toBe(200);
      expect((await sharp(served.bytes).metadata()).format).toBe('webp');
      // Without the current version the logo is revalidated, by its ETag.
      const unversioned = await fetchLogo(`/organizations/${org.slug}/logo`);
      expect(unversioned.headers.get('cache-control')).toBe('public, no-cache');
      const etag = unversioned.headers.get('etag')!;
      const again = await fetchLogo(`/organizations/${org.slug}/logo`, { 'if-none-match': etag });
      expect(again.status).toBe(304);
      expect(again.bytes.length).toBe(0);
    });

    it('answers 404 when there is no logo, and links none', async () => {
      const org = await organization({ member: true });
      expect((await fetchLogo(`/organizations/${org.slug}/logo`)).status).toBe(404);
      const profile = await concord().client().get(`/organizations/${org.slug}`);
      expect(profile.html).not.toContain('class="logo"');
      expect(profile.html).not.toContain('og:image');
      expect(profile.html).not.toContain('"logo":');
    });

    it('names the logo by its absolute URL in Open Graph and in the JSON-LD', async () => {
      const org = await organization({ member: true });
      await upload(org.owner.client, org.slug, {
        name: 'l.png',
        bytes: await picture('png', 60, 40),
      });
      const profile = await concord().client().get(`/organizations/${org.slug}`);
      const url = logoUrlIn(profile.html)!;
      const absolute = `${concord().deps.config.baseUrl}${url}`;
      expect(profile.html).toContain(
        `<meta property="og:image" content="${absolute.replace(/&/g, '&amp;')}"/>`,
      );
      const json = /<script type="application\/ld\+json">(.+?)<\/script>/.exec(profile.html)![1]!;
      expect(JSON.parse(json).logo).toBe(absolute);
    });
  });

  describe('replacing and removing', () => {
    it('deletes the replaced file, and the last one on removal', async () => {
      const org = await organization({ member: true });
      const first = { name: 'a.png', bytes: await picture('png', 100, 100) };
      const second = { name: 'b.webp', bytes: await picture('webp', 50, 80), type: 'image/webp' };
      expect((await upload(org.owner.client, org.slug, first)).status).toBe(303);
      const one = (await logoOf(org.id)).logo_file!;
      const oldUrl = logoUrlIn((await concord().client().get(`/organizations/${org.slug}`)).html)!;
      expect((await upload(org.owner.client, org.slug, second)).status).toBe(303);
      const two = (await logoOf(org.id)).logo_file!;
      expect(two).not.toBe(one);
      const files = await storedLogos();
      expect(files).toContain(two);
      expect(files).not.toContain(one);
      // An old link still gets a picture, the current one, but no longer as "immutable".
      const old = await fetchLogo(oldUrl);
      expect((await sharp(old.bytes).metadata()).width).toBe(50);
      expect(old.headers.get('cache-control')).toBe('public, no-cache');

      const edit = await org.owner.client.get(`/organizations/${org.slug}/edit`);
      expect(edit.html).toContain(`action="/organizations/${org.slug}/logo/remove"`);
      expect(edit.html).toContain('enctype="multipart/form-data"');
      // The profile form shown again with its errors keeps the logo section below it.
      const invalid = await org.owner.client.post(`/organizations/${org.slug}`, {
        name: '',
        country: 'AZ',
      });
      expect(invalid.status).toBe(422);
      expect(invalid.html).toContain(`action="/organizations/${org.slug}/logo/remove"`);
      const removed = await org.owner.client.post(`/organizations/${org.slug}/logo/remove`, {});
      expect(removed.status).toBe(303);
      expect(await logoOf(org.id)).toEqual({
        logo_file: null,
        logo_width: null,
        logo_height: null,
        logo_updated_at: null,
      });
      expect(await storedLogos()).not.toContain(two);
      expect((await fetchLogo(`/organizations/${org.slug}/logo`)).status).toBe(404);
      expect(await auditOf(org.id, 'organization.logo.update')).toHaveLength(2);
      expect(await auditOf(org.id, 'organization.logo.remove')).toHaveLength(1);

      // Removing again changes nothing and records nothing.
      expect(
        (await org.owner.client.post(`/organizations/${org.slug}/logo/remove`, {})).status,
      ).toBe(303);
      expect(await auditOf(org.id, 'organization.logo.remove')).toHaveLength(1);
      const bare = await org.owner.client.get(`/organizations/${org.slug}/edit`);
      expect(bare.html).toContain('No logo yet.');
      expect(bare.html).not.toContain('/logo/remove');
    });
  });
});
