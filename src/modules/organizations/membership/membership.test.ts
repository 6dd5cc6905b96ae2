/**
 * Network membership and verification through HTTP, on both engines: applying with PDF
 * documents, the review queue, decisions and their mails and audit entries, suspension,
 * uploads that must be refused without a trace, one pending application per organisation,
 * verification badges and their expiry, and who may download the documents.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { formatDateTime } from '../../../platform/i18n/index.js';
import { addDays, addYears, dayIn } from './verification.js';

/** A small but complete one-page PDF (catalogue, page tree, page, content, font, xref). */
function pdf(text = 'Certificate of registration') {
  const content = `BT /F1 18 Tf 72 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** A file of `size` bytes that starts like a PDF. */
const largePdf = (size: number) =>
  Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(size - 9, 0x20)]);

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const HTML = Buffer.from('<!doctype html><title>Charter</title><p>Our charter</p>');

type Upload = { name: string; bytes: Buffer; type?: string };

const MOTIVATION =
  'We support displaced families returning to Garabagh.\n\nJoining the network lets us work with others.';

const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

describeEachEngine('network membership', (engine) => {
  const uploadsDir = path.join(
    os.tmpdir(),
    `concord-membership-${engine}-${process.pid}-${Date.now()}`,
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

  const storedFiles = async () =>
    (await fs.readdir(path.join(uploadsDir, 'applications')).catch(() => [] as string[])).sort();

  const personId = async (email: string) =>
    (
      await db()
        .selectFrom('people')
        .select('id')
        .where('email', '=', email)
        .executeTakeFirstOrThrow()
    ).id;

  let counter = 0;
  /** A new organisation created through the form by a new person, its owner. */
  async function organizationWithOwner() {
    const owner = await signedUpClient(concord(), { name: 'Aysel Owner' });
    const name = `Qarabağ Dirçəliş Birliyi ${++counter}-${Math.random().toString(36).slice(2, 6)}`;
    await owner.client.get('/organizations/new');
    const created = await owner.client.post('/organizations', {
      name,
      country: 'AZ',
      city: 'Ağdam',
      legalForm: 'Public union',
      // Unique in its country (migration 0008).
      registrationNumber: `1400123-${counter}`,
    });
    expect(created.status).toBe(303);
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    const { id } = await db()
      .selectFrom('organizations')
      .select('id')
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
    return { owner, slug, id, name };
  }

  async function addPerson(organizationId: string, role: 'owner' | 'admin' | 'member') {
    const person = await signedUpClient(concord(), { name: `Person ${role}` });
    await db()
      .insertInto('organization_members')
      .values({
        organization_id: organizationId,
        person_id: await personId(person.email),
        role,
        listed: 1,
        created_at: new Date().toISOString(),
        updated_at: new Date().toISOString(),
      })
      .execute();
    return person;
  }

  /** Posts the application form as a browser does: multipart, with the page's CSRF token. */
  async function apply(
    client: TestClient,
    slug: string,
    files: Upload[],
    motivation = MOTIVATION,
    csrf?: string,
  ) {
    const token = csrf ?? csrfOf((await client.get(`/organizations/${slug}/membership`)).html);
    const form = new FormData();
    form.set('_csrf', token);
    form.set('motivation', motivation);
    for (const file of files) {
      form.append(
        'documents',
        new File([new Uint8Array(file.bytes)], file.name, {
          type: file.type ?? 'application/pdf',
        }),
      );
    }
    return client.request(`/organizations/${slug}/membership`, { method: 'POST', body: form });
  }

  const applications = (organizationId: string) =>
    db()
      .selectFrom('membership_applications')
      .selectAll()
      .where('organization_id', '=', organizationId)
      .orderBy('submitted_at')
      .execute();

  const documentsOf = (applicationId: string) =>
    db()
      .selectFrom('application_documents')
      .selectAll()
      .where('application_id', '=', applicationId)
      .execute();

  const statusOf = async (organizationId: string) =>
    (
      await db()
        .selectFrom('organizations')
        .select('membership_status')
        .where('id', '=', organizationId)
        .executeTakeFirstOrThrow()
    ).membership_status;

  const auditOf = (organizationId: string, action: string) =>
    db()
      .selectFrom('audit_log')
      .selectAll()
      .where('subject_id', '=', organizationId)
      .where('action', '=', action)
      .execute();

  const mailsTo = async (email: string) =>
    (await concord().deps.mailer.list(500)).filter((m) => m.to_address === email);

  async function decide(applicationId: string, decision: 'approve' | 'reject', reason?: string) {
    await admin.client.get(`/admin/membership/applications/${applicationId}`);
    return admin.client.post(
      `/admin/membership/applications/${applicationId}/${decision}`,
      decision === 'approve' ? { note: reason ?? '' } : { reason: reason ?? '' },
    );
  }

  /** An organisation that applied and was approved: a member of the network. */
  async function member() {
    const org = await organizationWithOwner();
    expect(
      (await apply(org.owner.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }])).status,
    ).toBe(303);
    const [application] = await applications(org.id);
    expect((await decide(application!.id, 'approve')).status).toBe(303);
    return org;
  }

  describe('applying and deciding', () => {
    it('offers applying as the primary button after creating an organisation, and only while it may apply', async () => {
      const org = await organizationWithOwner();
      const button = `<a class="button" href="/organizations/${org.slug}/membership">Apply to join the network</a>`;
      const link = `<a href="/organizations/${org.slug}/membership">Network membership</a>`;
      const created = await org.owner.client.get(`/organizations/${org.slug}?notice=org.created`);
      expect(created.html).toContain('The organisation is created.');
      expect(created.html).toContain(button);
      expect(created.html).not.toContain(link);
      // A plain member of it does not apply for it, and a visitor sees neither.
      const plain = await addPerson(org.id, 'member');
      const asMember = await plain.client.get(`/organizations/${org.slug}`);
      expect(asMember.html).not.toContain('Apply to join the network');
      expect(asMember.html).not.toContain(link);
      expect((await concord().client().get(`/organizations/${org.slug}`)).html).not.toContain(
        'Apply to join the network',
      );

      // Once it has applied, the page leads to the application as a plain link.
      const sent = await apply(org.owner.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }]);
      expect(sent.status).toBe(303);
      const pending = await org.owner.client.get(`/organizations/${org.slug}`);
      expect(pending.html).not.toContain(button);
      expect(pending.html).toContain(link);
    });

    it('takes a motivation and a PDF, queues it, and approval makes a member, mailed and audited', async () => {
      const org = await organizationWithOwner();
      const second = await addPerson(org.id, 'owner');
      await db()
        .updateTable('people')
        .set({ locale: 'az' })
        .where('email', '=', second.email)
        .execute();

      const page = await org.owner.client.get(`/organizations/${org.slug}/membership`);
      expect(page.status).toBe(200);
      expect(page.html).toContain('enctype="multipart/form-data"');
      const profile = await org.owner.client.get(`/organizations/${org.slug}`);
      expect(profile.html).toContain(`href="/organizations/${org.slug}/membership"`);

      const bytes = pdf();
      const sent = await apply(org.owner.client, org.slug, [
        { name: 'Qeydiyyat şəhadətnaməsi.pdf', bytes },
      ]);
      expect(sent.status).toBe(303);
      expect(sent.location).toBe(`/organizations/${org.slug}/membership?notice=membership.applied`);
      const state = await org.owner.client.get(sent.location!);
      expect(state.html).toContain('Application under review');
      expect(state.html).toContain('Qeydiyyat şəhadətnaməsi.pdf');

      const [application] = await applications(org.id);
      expect(application).toMatchObject({ status: 'pending', motivation: MOTIVATION });
      const [document] = await documentsOf(application!.id);
      expect(document).toMatchObject({
        original_name: 'Qeydiyyat şəhadətnaməsi.pdf',
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
      });
      expect(document!.stored_name).toMatch(/^[0-9a-f-]{36}\.pdf$/);
      expect(
        await fs.readFile(path.join(uploadsDir, 'applications', document!.stored_name)),
      ).toEqual(bytes);
      expect(await statusOf(org.id)).toBe('applied');
      expect(await auditOf(org.id, 'organization.membership.apply')).toHaveLength(1);

      const queue = await admin.client.get('/admin/membership');
      expect(queue.status).toBe(200);
      expect(queue.html).toContain(`href="/admin/membership/applications/${application!.id}"`);
      const review = await admin.client.get(`/admin/membership/applications/${application!.id}`);
      expect(review.html).toContain('We support displaced families returning to Garabagh.');
      expect(review.html).toContain('Ağdam');
      expect(review.html).toContain(
        `/organizations/${org.slug}/membership/documents/${document!.id}`,
      );

      const approved = await decide(application!.id, 'approve', 'Welcome to the network.');
      expect(approved.status).toBe(303);
      expect(await statusOf(org.id)).toBe('member');
      const decided = (await applications(org.id))[0]!;
      expect(decided).toMatchObject({ status: 'approved', decided_by: admin.id });
      expect(decided.decided_at).not.toBeNull();
      const [english] = await mailsTo(org.owner.email).then((m) =>
        m.filter((x) => x.subject.includes('is now a member')),
      );
      expect(english?.body_text).toContain('Welcome to the network.');
      const [azerbaijani] = await mailsTo(second.email);
      expect(azerbaijani?.subject).toContain('artıq');
      expect(azerbaijani?.subject).toContain('şəbəkəsinin üzvüdür');
      const [entry] = await auditOf(org.id, 'organization.membership.approve');
      expect(JSON.parse(entry!.details)).toMatchObject({
        application: application!.id,
        reason: 'Welcome to the network.',
      });

      expect((await concord().client().get(`/organizations/${org.slug}`)).status).toBe(200);
      expect((await admin.client.get('/admin/membership')).html).not.toContain(application!.id);
      expect((await decide(application!.id, 'reject', 'Too late')).status).toBe(409);
    });

    it('needs a reason to reject, mails it, and lets the organisation apply again', async () => {
      const org = await organizationWithOwner();
      await apply(org.owner.client, org.slug, [{ name: 'charter.pdf', bytes: pdf('Charter') }]);
      const [application] = await applications(org.id);

      const missing = await decide(application!.id, 'reject', '  ');
      expect(missing.status).toBe(422);
      expect(missing.html).toContain('Give the reason');
      expect((await applications(org.id))[0]!.status).toBe('pending');

      const reason = 'The registration certificate is missing.';
      expect((await decide(application!.id, 'reject', reason)).status).toBe(303);
      expect(await statusOf(org.id)).toBe('rejected');
      const [mail] = (await mailsTo(org.owner.email)).filter((m) => m.subject.includes('declined'));
      expect(mail?.body_text).toContain(reason);
      const [entry] = await auditOf(org.id, 'organization.membership.reject');
      expect(JSON.parse(entry!.details)).toMatchObject({ reason });

      const page = await org.owner.client.get(`/organizations/${org.slug}/membership`);
      expect(page.html).toContain(reason);
      expect(page.html).toContain('enctype="multipart/form-data"');
      expect(
        (await apply(org.owner.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }])).status,
      ).toBe(303);
      expect((await applications(org.id)).map((a) => a.status)).toEqual(['rejected', 'pending']);
    });

    it('lets the organisation withdraw a pending application', async () => {
      const org = await organizationWithOwner();
      await apply(org.owner.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }]);
      await org.owner.client.get(`/organizations/${org.slug}/membership`);
      const withdrawn = await org.owner.client.post(
        `/organizations/${org.slug}/membership/withdraw`,
        {},
      );
      expect(withdrawn.status).toBe(303);
      expect((await applications(org.id))[0]!.status).toBe('withdrawn');
      expect(await statusOf(org.id)).toBe('none');
      expect(await auditOf(org.id, 'organization.membership.withdraw')).toHaveLength(1);
    });

    it('suspends a member with a reason and reinstates it', async () => {
      const org = await member();
      const base = `/admin/membership/organizations/${org.slug}`;
      await admin.client.get(base);
      const missing = await admin.client.post(`${base}/suspend`, { reason: '' });
      expect(missing.status).toBe(422);
      expect(missing.html).toContain('Give the reason');

      const reason = 'Annual report not submitted for two years.';
      expect((await admin.client.post(`${base}/suspend`, { reason })).status).toBe(303);
      expect(await statusOf(org.id)).toBe('suspended');
      const [mail] = (await mailsTo(org.owner.email)).filter((m) =>
        m.subject.includes('suspended'),
      );
      expect(mail?.body_text).toContain(reason);
      expect(
        JSON.parse((await auditOf(org.id, 'organization.membership.suspend'))[0]!.details),
      ).toEqual({
        reason,
      });
      expect((await concord().client().get(`/organizations/${org.slug}`)).status).toBe(404);
      expect((await admin.client.get('/admin/membership')).html).toContain(base);
      expect((await admin.client.post(`${base}/suspend`, { reason })).status).toBe(409);

      await admin.client.get(base);
      expect((await admin.client.post(`${base}/reinstate`, { note: '' })).status).toBe(303);
      expect(await statusOf(org.id)).toBe('member');
      expect(await auditOf(org.id, 'organization.membership.reinstate')).toHaveLength(1);
      expect((await mailsTo(org.owner.email)).some((m) => m.subject.includes('reinstated'))).toBe(
        true,
      );
      expect((await concord().client().get(`/organizations/${org.slug}`)).status).toBe(200);
      expect((await admin.client.post(`${base}/reinstate`, {})).status).toBe(409);
    });
  });

  describe('uploads', () => {
    /** Posts, expects 422 with `message`, and checks that nothing at all was written. */
    async function refused(files: Upload[], message: string, motivation = MOTIVATION) {
      const org = await organizationWithOwner();
      const before = await storedFiles();
      const page = await apply(org.owner.client, org.slug, files, motivation);
      expect(page.status).toBe(422);
      expect(page.html).toContain(message);
      expect(await applications(org.id)).toEqual([]);
      expect(await storedFiles()).toEqual(before);
      expect(await statusOf(org.id)).toBe('none');
      expect(await auditOf(org.id, 'organization.membership.apply')).toEqual([]);
      return page;
    }

    it('refuses a PNG renamed .pdf, at the field, writing nothing', async () => {
      const page = await refused(
        [{ name: 'photo.pdf', bytes: PNG }],
        'photo.pdf is not a PDF. Upload PDF files only',
      );
      expect(page.html).toContain('id="field-documents-error"');
      expect(page.html).toContain('We support displaced families');
    });

    it('refuses an HTML file, even sent as application/pdf beside a real PDF', async () => {
      await refused(
        [
          { name: 'certificate.pdf', bytes: pdf() },
          { name: 'charter.pdf', bytes: HTML, type: 'application/pdf' },
        ],
        'charter.pdf is not a PDF. Upload PDF files only',
      );
    });

    it('refuses a PDF over 10 MB', async () => {
      await refused(
        [{ name: 'annual-report.pdf', bytes: largePdf(10 * 1024 * 1024 + 1) }],
        'annual-report.pdf is larger than 10 MB. Upload a smaller PDF',
      );
    });

    it('refuses more than five files, no file, and no motivation', async () => {
      const six = Array.from({ length: 6 }, (_, i) => ({ name: `d${i}.pdf`, bytes: pdf() }));
      await refused(six, 'Choose at most 5 files');
      const page = await refused([], 'Choose at least one PDF file', '');
      expect(page.html).toContain('Write why your organisation wants to join');
    });

    it('refuses a form over 25 MB before reading it, and keeps 1 MB everywhere else', async () => {
      const org = await organizationWithOwner();
      const before = await storedFiles();
      const nine = largePdf(9 * 1024 * 1024);
      const page = await apply(org.owner.client, org.slug, [
        { name: 'a.pdf', bytes: nine },
        { name: 'b.pdf', bytes: nine },
        { name: 'c.pdf', bytes: nine },
      ]);
      expect(page.status).toBe(413);
      expect(page.html).toContain('The files together are larger than 25 MB');
      expect(await applications(org.id)).toEqual([]);
      expect(await storedFiles()).toEqual(before);

      const elsewhere = await org.owner.client.post(`/organizations/${org.slug}`, {
        name: 'x'.repeat(2 * 1024 * 1024),
      });
      expect(elsewhere.status).toBe(413);
    });
  });

  describe('access', () => {
    it('keeps visitors (401) and everyone but platform administrators (403) out of /admin', async () => {
      const org = await organizationWithOwner();
      await apply(org.owner.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }]);
      const [application] = await applications(org.id);
      const visitor = concord().client();
      const pages = [
        '/admin/membership',
        `/admin/membership/applications/${application!.id}`,
        `/admin/membership/organizations/${org.slug}`,
        '/admin/verification',
        `/admin/verification/organizations/${org.slug}`,
      ];
      for (const page of pages) {
        expect((await visitor.get(page)).status, page).toBe(401);
        expect((await org.owner.client.get(page)).status, page).toBe(403);
      }
      await org.owner.client.get(`/organizations/${org.slug}`);
      const approve = await org.owner.client.post(
        `/admin/membership/applications/${application!.id}/approve`,
        {},
      );
      expect(approve.status).toBe(403);
      expect(await statusOf(org.id)).toBe('applied');
      const index = await admin.client.get('/admin');
      expect(index.html).toContain('href="/admin/membership"');
      expect(index.html).toContain('href="/admin/verification"');
    });

    it('lets only owners and admins apply', async () => {
      const org = await organizationWithOwner();
      const plain = await addPerson(org.id, 'member');
      const orgAdmin = await addPerson(org.id, 'admin');
      expect((await plain.client.get(`/organizations/${org.slug}/membership`)).status).toBe(403);
      expect((await admin.client.get(`/organizations/${org.slug}/membership`)).status).toBe(403);
      expect(
        (await apply(orgAdmin.client, org.slug, [{ name: 'c.pdf', bytes: pdf() }])).status,
      ).toBe(303);
    });

    it('serves documents as attachments to owners, admins and platform administrators only', async () => {
      const org = await organizationWithOwner();
      const orgAdmin = await addPerson(org.id, 'admin');
      const plain = await addPerson(org.id, 'member');
      const outsider = await signedUpClient(concord());
      const bytes = pdf('Charter of the union');
      await apply(org.owner.client, org.slug, [{ name: 'Nizamnamə "2024".pdf', bytes }]);
      const [application] = await applications(org.id);
      const [document] = await documentsOf(application!.id);
      const href = `/organizations/${org.slug}/membership/documents/${document!.id}`;

      for (const client of [org.owner.client, orgAdmin.client, admin.client]) {
        const file = await client.get(href);
        expect(file.status).toBe(200);
        expect(file.headers.get('content-type')).toBe('application/pdf');
        expect(file.headers.get('x-content-type-options')).toBe('nosniff');
        expect(file.headers.get('content-disposition')).toBe(
          `attachment; filename="Nizamnam_ _2024_.pdf"; filename*=UTF-8''Nizamnam%C9%99%20_2024_.pdf`,
        );
        expect(file.html).toBe(bytes.toString('latin1'));
      }
      expect((await plain.client.get(href)).status).toBe(403);
      // The organisation is not public yet: others cannot tell it exists.
      expect((await outsider.client.get(href)).status).toBe(404);
      expect((await concord().client().get(href)).status).toBe(404);

      await decide(application!.id, 'approve');
      expect((await outsider.client.get(href)).status).toBe(403);
      expect((await concord().client().get(href)).status).toBe(401);

      const other = await organizationWithOwner();
      const wrongPlace = `/organizations/${other.slug}/membership/documents/${document!.id}`;
      expect((await other.owner.client.get(wrongPlace)).status).toBe(404);
    });
  });

  describe('one pending application', () => {
    it('keeps one pending application when two are sent at once, and no stray files', async () => {
      for (let round = 0; round < 3; round++) {
        const org = await organizationWithOwner();
        const csrf = csrfOf(
          (await org.owner.client.get(`/organizations/${org.slug}/membership`)).html,
        );
        const before = await storedFiles();
        const results = await Promise.all([
          apply(org.owner.client, org.slug, [{ name: 'a.pdf', bytes: pdf('A') }], MOTIVATION, csrf),
          apply(org.owner.client, org.slug, [{ name: 'b.pdf', bytes: pdf('B') }], MOTIVATION, csrf),
        ]);
        expect(results.map((r) => r.status).sort()).toEqual([303, 422]);
        expect(results.find((r) => r.status === 422)?.html).toContain(
          'Your organisation already has an application under review.',
        );
        const rows = await applications(org.id);
        expect(rows.map((r) => r.status)).toEqual(['pending']);
        const [kept] = await documentsOf(rows[0]!.id);
        const after = await storedFiles();
        expect(after.filter((f) => !before.includes(f))).toEqual([kept!.stored_name]);
      }
    });

    it('is a database constraint, whatever the application does', async () => {
      const org = await organizationWithOwner();
      const row = (id: string) => ({
        id,
        organization_id: org.id,
        motivation: 'x',
        status: 'pending' as const,
        submitted_by: null,
        submitted_at: new Date().toISOString(),
        decided_by: null,
        decided_at: null,
        decision_reason: null,
        updated_at: new Date().toISOString(),
      });
      await db().insertInto('membership_applications').values(row(crypto.randomUUID())).execute();
      await expect(
        db().insertInto('membership_applications').values(row(crypto.randomUUID())).execute(),
      ).rejects.toThrow(/unique|duplicate/i);
      // Decided applications do not count: any number may sit beside the pending one.
      const decided = {
        ...row(crypto.randomUUID()),
        status: 'rejected' as const,
        decided_at: new Date().toISOString(),
      };
      await db().insertInto('membership_applications').values(decided).execute();
      await db()
        .insertInto('membership_applications')
        .values({ ...decided, id: crypto.randomUUID() })
        .execute();
    });
  });

  describe('verification', () => {
    const day = (value: string) => formatDateTime(`${value}T12:00:00Z`, 'en', 'UTC', 'date');
    const today = () => dayIn(new Date(), concord().deps.config.timeZone);

    async function verify(slug: string, fields: Record<string, string>) {
      await admin.client.get(`/admin/verification/organizations/${slug}`);
      return admin.client.post(`/admin/verification/organizations/${slug}`, fields);
    }

    it('records who verified, when, on what evidence and until when, and shows the badge', async () => {
      const org = await member();
      const form = await admin.client.get(`/admin/verification/organizations/${org.slug}`);
      const inAYear = addYears(today(), 1);
      expect(form.html).toContain(`value="${inAYear}"`);

      const noEvidence = await verify(org.slug, { evidence: '', validUntil: inAYear });
      expect(noEvidence.status).toBe(422);
      expect(noEvidence.html).toContain('Describe the evidence you checked');
      const past = await verify(org.slug, { evidence: 'Register entry', validUntil: '2020-01-01' });
      expect(past.status).toBe(422);
      expect(past.html).toContain('Choose a day after today');
      const notADay = await verify(org.slug, {
        evidence: 'Register entry',
        validUntil: '2027-02-30',
      });
      expect(notADay.html).toContain('Enter a date like 2027-05-12');

      const evidence =
        'State register of legal entities, entry 1400123 of 2009-03-12, checked online.';
      expect((await verify(org.slug, { evidence, validUntil: inAYear })).status).toBe(303);
      const [row] = await db()
        .selectFrom('organization_verifications')
        .selectAll()
        .where('organization_id', '=', org.id)
        .execute();
      expect(row).toMatchObject({
        verified_by: admin.id,
        evidence,
        valid_until: inAYear,
        revoked_at: null,
      });
      expect(row!.verified_by_label).toContain(admin.email);
      const [entry] = await auditOf(org.id, 'organization.verify');
      expect(JSON.parse(entry!.details)).toMatchObject({ evidence, valid_until: inAYear });

      const profile = await concord().client().get(`/organizations/${org.slug}`);
      expect(profile.html).toContain(
        `Verified by the network on ${day(today())}, until ${day(inAYear)}`,
      );
      expect((await admin.client.get('/admin/verification')).html).not.toContain(
        `/admin/verification/organizations/${org.slug}"`,
      );
    });

    it('shows an expired badge and lists members due for re-verification', async () => {
      const org = await member();
      await verify(org.slug, { evidence: 'Certificate seen', validUntil: addYears(today(), 1) });
      await db()
        .updateTable('organization_verifications')
        .set({ valid_until: '2020-01-01' })
        .where('organization_id', '=', org.id)
        .execute();

      const profile = await concord().client().get(`/organizations/${org.slug}`);
      expect(profile.html).toContain(`Verification expired on ${day('2020-01-01')}`);
      expect(profile.html).not.toContain('Verified by the network');
      const due = await admin.client.get('/admin/verification');
      expect(due.html).toContain(`/admin/verification/organizations/${org.slug}"`);
      expect(due.html).toContain(`Expired on ${day('2020-01-01')}`);

      const soon = addDays(today(), 10);
      await db()
        .updateTable('organization_verifications')
        .set({ valid_until: soon })
        .where('organization_id', '=', org.id)
        .execute();
      expect((await admin.client.get('/admin/verification')).html).toContain(
        `Ends on ${day(soon)}`,
      );

      expect(
        (
          await verify(org.slug, {
            evidence: 'Re-checked the register',
            validUntil: addYears(today(), 1),
          })
        ).status,
      ).toBe(303);
      expect((await admin.client.get('/admin/verification')).html).not.toContain(
        `/admin/verification/organizations/${org.slug}"`,
      );
      const history = await admin.client.get(`/admin/membership/organizations/${org.slug}`);
      expect(history.html).toContain('Re-checked the register');
      expect(history.html).toContain('Certificate seen');
    });

    it('verifies members only', async () => {
      const org = await organizationWithOwner();
      const refused = await verify(org.slug, {
        evidence: 'Register entry',
        validUntil: addYears(today(), 1),
      });
      expect(refused.status).toBe(409);
      expect(await auditOf(org.id, 'organization.verify')).toEqual([]);
    });
  });
});
