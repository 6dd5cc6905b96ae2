/**
 * NUL characters, which PostgreSQL refuses in text, never reach the database: forms and JSON
 * bodies arrive without them on both engines, and an address holding one is refused cleanly.
 * Through the whole app, every module's forms and the API; stripNul alone is tested beside it
 * (src/platform/http/nul-bytes-middleware.test.ts).
 */
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../src/modules/accounts/index.js';
import { adminClient, type TestClient, useConcord } from './app.js';
import { describeEachEngine } from './engines.js';
import { eventForm, organiserWithOrganization, slugFrom } from './fixtures/events.js';
import { uploadImport } from './organization-imports.js';

/** The smallest PDF the membership form accepts as a document. */
function pdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describeEachEngine('NUL characters in input', (engine) => {
  const concord = useConcord(engine, {
    UPLOADS_DIR: path.join(os.tmpdir(), `concord-nul-${engine}-${process.pid}-${Date.now()}`),
  });
  const db = () => concord().deps.db.kysely;
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let eventSlug: string;

  beforeAll(async () => {
    organiser = await organiserWithOrganization(concord(), 'Nul Test Union', {
      member: false,
    });
    await organiser.client.get('/events/new');
    eventSlug = slugFrom(
      (await organiser.client.post('/events', eventForm(organiser.organization.id))).location,
    );
  });

  describe('forms', () => {
    it('saves an organisation without the NUL in its name and city', async () => {
      await organiser.client.get('/organizations/new');
      const page = await organiser.client.post('/organizations', {
        name: 'Gəncə\u0000 Birliyi',
        country: 'AZ',
        city: 'Gən\u0000cə',
      });
      expect(page.status).toBe(303);
      const row = await db()
        .selectFrom('organizations')
        .select(['name', 'city'])
        .where('slug', '=', page.location!.split('?')[0]!.replace('/organizations/', ''))
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ name: 'Gəncə Birliyi', city: 'Gəncə' });
    });

    it('saves a person’s name without the NUL', async () => {
      await organiser.client.get('/account');
      const page = await organiser.client.post('/account/profile', {
        name: 'Aynur\u0000 Quliyeva',
        locale: 'en',
      });
      expect(page.status).toBe(303);
      const person = await db()
        .selectFrom('people')
        .select('name')
        .where('id', '=', organiser.actor.id)
        .executeTakeFirstOrThrow();
      expect(person.name).toBe('Aynur Quliyeva');
    });

    it('saves a room without the NUL in its name', async () => {
      await organiser.client.get(`/events/${eventSlug}/programme/rooms`);
      const page = await organiser.client.post(`/events/${eventSlug}/programme/rooms`, {
        name: 'Zal\u0000 A',
        capacity: '40',
      });
      expect(page.status).toBe(303);
      const rooms = await db().selectFrom('rooms').select('name').execute();
      expect(rooms.map((r) => r.name)).toContain('Zal A');
    });

    it('saves a membership application without the NUL in its motivation', async () => {
      const slug = organiser.organization.slug;
      const form = new FormData();
      form.set(
        '_csrf',
        csrfOf((await organiser.client.get(`/organizations/${slug}/membership`)).html),
      );
      form.set('motivation', 'We work\u0000 with displaced families.');
      form.append('documents', new File([pdf()], 'charter\u0000.pdf', { type: 'application/pdf' }));
      const page = await organiser.client.request(`/organizations/${slug}/membership`, {
        method: 'POST',
        body: form,
      });
      expect(page.status).toBe(303);
      const application = await db()
        .selectFrom('membership_applications')
        .select('motivation')
        .where('organization_id', '=', organiser.organization.id)
        .executeTakeFirstOrThrow();
      expect(application.motivation).toBe('We work with displaced families.');
    });
  });

  it('saves an organisation created through the API without the NUL in its name', async () => {
    const token = await createApiToken(concord().accounts, organiser.actor, 'nul');
    const response = await concord().app.request('/api/v1/organizations', {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Sumqayıt\u0000 Ekologiya', country: 'AZ', city: '\u0000' }),
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { name: string; city: string | null };
    expect(body.name).toBe('Sumqayıt Ekologiya');
    expect(body.city).toBeNull();
  });

  it('refuses an import file holding NUL as not UTF-8 text, at the upload form', async () => {
    const { client } = await adminClient(concord());
    const page = await uploadImport(
      client as TestClient,
      'name,country,registration_number\r\nNul\u0000 Union,AZ,NUL-1\r\n',
      { name: 'nul.csv' },
    );
    expect(page.status).toBe(422);
    expect(page.html).toContain('The file is not UTF-8 text');
  });

  it('answers an address holding NUL with 404, and a query holding one with 400', async () => {
    expect((await concord().client().get('/organizations/%00')).status).toBe(404);
    expect((await concord().client().get('/events/%00/programme')).status).toBe(404);
    expect((await concord().app.request('/api/v1/organizations/a%00b')).status).toBe(404);
    expect((await concord().client().get('/organizations?q=%00')).status).toBe(400);
    expect((await concord().client().get('/events?q=x%00')).status).toBe(400);
  });
});
