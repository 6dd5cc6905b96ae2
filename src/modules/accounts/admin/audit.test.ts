/**
 * The audit log as administrators read it, through HTTP on both engines: labels in the reader's
 * language, people and things named and linked, the time zone named, filters by person, action
 * and days (kept on older pages), the CSV of what the filters show, and only for administrators.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import {
  adminClient,
  signedUpClient,
  type TestClient,
  uniqueEmail,
  useConcord,
} from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  eventForm,
  organiserWithOrganization,
  slugFrom,
} from '../../../../test/fixtures/events.js';
import { recordAudit } from '../../../platform/audit/index.js';
import { createConfirmedPerson } from '../auth/service.js';
import { AUDIT_PERSON_MATCHES } from './audit.js';

/** The rows of the audit table, each as the text of its cells. */
const rowsOf = (html: string) =>
  [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (row) => [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!),
  );
const text = (html: string) => html.replace(/<[^>]+>/g, '').trim();
const labels = (html: string) => rowsOf(html).map((cells) => text(cells[2] ?? ''));
const csvOf = (body: string) =>
  parse(body.replace(/^\uFEFF/, ''), { columns: true }) as Record<string, string>[];

describeEachEngine('audit log', (engine) => {
  const concord = useConcord(engine);
  let admin: Awaited<ReturnType<typeof adminClient>>;
  let organiser: Awaited<ReturnType<typeof organiserWithOrganization>>;
  let member: Awaited<ReturnType<typeof signedUpClient>>;
  let eventSlug: string;

  beforeAll(async () => {
    admin = await adminClient(concord(), { name: 'Aynur Məmmədova' });
    member = await signedUpClient(concord(), { name: 'Plain Member' });
    organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    await organiser.client.get('/events/new');
    const created = await organiser.client.post(
      '/events',
      eventForm(organiser.organization.id, { titleEn: 'Khankendi Forum' }),
    );
    eventSlug = slugFrom(created.location);
  });

  it('answers visitors 401, members 403 and administrators 200, page and CSV alike', async () => {
    for (const path of ['/admin/audit', '/admin/audit.csv']) {
      const statuses = [];
      for (const client of [concord().client(), member.client, admin.client] as TestClient[])
        statuses.push((await client.get(path)).status);
      expect({ path, statuses }).toEqual({ path, statuses: [401, 403, 200] });
    }
    const csv = await member.client.get('/admin/audit.csv');
    expect(csv.html).not.toContain('Khankendi Forum');
  });

  it('labels actions, names and links people and things, and names the time zone', async () => {
    const page = await admin.client.get('/admin/audit');
    expect(page.status).toBe(200);
    expect(labels(page.html)).toEqual(
      expect.arrayContaining([
        'Sign-in',
        'Organisation created',
        'Organisation admitted to the network',
        'Event created',
      ]),
    );
    expect(page.html).toContain('When, Asia/Baku (GMT+4)');
    const organisationLink = `<a href="/organizations/${organiser.organization.slug}">Qarabağ Dirçəliş Birliyi</a>`;
    expect(page.html).toContain(organisationLink);
    expect(page.html).toContain(`<a href="/events/${eventSlug}">Khankendi Forum</a>`);
    const organiserHref = `/admin/people?q=${encodeURIComponent(organiser.actor.email)}`;
    expect(page.html).toContain(
      `<a href="${organiserHref}">Organiser of Qarabağ Dirçəliş Birliyi</a>`,
    );
    // No raw subject ids where a name is known.
    expect(page.html).not.toContain(`organization ${organiser.organization.id}`);

    const inAzerbaijani = await admin.client.request('/admin/audit', {
      headers: { 'accept-language': 'az' },
    });
    expect(labels(inAzerbaijani.html)).toContain('Təşkilat yaradıldı');
    const inRussian = await admin.client.request('/admin/audit', {
      headers: { 'accept-language': 'ru' },
    });
    expect(labels(inRussian.html)).toContain('Организация создана');
  });

  it('filters by person, action and days, and keeps the filters on older pages', async () => {
    // A person is found by part of their name or of their address, in any case.
    const byOrganiser = await admin.client.get(
      `/admin/audit?person=${encodeURIComponent('ORGANISER of Qarabağ')}`,
    );
    const actors = rowsOf(byOrganiser.html).map((cells) => text(cells[1] ?? ''));
    expect(actors.length).toBeGreaterThan(0);
    expect(new Set(actors)).toEqual(new Set(['Organiser of Qarabağ Dirçəliş Birliyi']));
    expect(byOrganiser.html).toContain('value="ORGANISER of Qarabağ"');
    const byAddress = await admin.client.get(
      `/admin/audit?person=${encodeURIComponent(organiser.actor.email)}`,
    );
    expect(rowsOf(byAddress.html).map((cells) => text(cells[1] ?? ''))).toEqual(actors);
    const nobody = await admin.client.get('/admin/audit?person=nobody-by-this-name');
    expect(nobody.html).toContain('No entries.');

    const created = await admin.client.get('/admin/audit?action=organization.create');
    expect(new Set(labels(created.html))).toEqual(new Set(['Organisation created']));
    expect(created.html).toContain('<option value="organization.create" selected="">');

    // Days count in the network's zone: 23:30 UTC on 19 October is 03:30 on the 20th in Baku.
    const db = concord().deps.db.kysely;
    await recordAudit(db, { action: 'jobs.retry', subject: { type: 'job', id: 'j1' } });
    await db
      .updateTable('audit_log')
      .set({ at: '2025-10-19T23:30:00.000Z' })
      .where('subject_id', '=', 'j1')
      .execute();
    const day = await admin.client.get('/admin/audit?from=2025-10-20&to=2025-10-20');
    expect(labels(day.html)).toEqual(['Failed job run again']);
    const dayBefore = await admin.client.get('/admin/audit?from=2025-10-19&to=2025-10-19');
    expect(labels(dayBefore.html)).toEqual([]);
    expect(dayBefore.html).toContain('No entries.');

    // More than a page of sign-ins: the link to older ones keeps the filter.
    for (let i = 0; i < 51; i++)
      await recordAudit(db, { action: 'auth.signIn.failed', ip: `198.51.100.${i}` });
    const first = await admin.client.get('/admin/audit?action=auth.signIn.failed&from=2025-01-01');
    expect(labels(first.html)).toHaveLength(50);
    const older = /<a href="(\/admin\/audit\?[^"]*before=[^"]+)">/.exec(first.html)?.[1];
    expect(older).toContain('action=auth.signIn.failed');
    expect(older).toContain('from=2025-01-01');
    const second = await admin.client.get(older!.replaceAll('&amp;', '&'));
    expect(labels(second.html)).toEqual(['Failed sign-in']);
  });

  it('refuses a bad date at its field, keeping what was typed', async () => {
    const page = await admin.client.get('/admin/audit?from=20.10.2025&action=auth.signIn');
    expect(page.status).toBe(422);
    expect(page.html).toContain('Enter a date such as 2025-10-20');
    expect(page.html).toContain('value="20.10.2025"');
    expect(page.html).toContain('<option value="auth.signIn" selected="">');
    const reversed = await admin.client.get('/admin/audit?from=2025-10-21&to=2025-10-20');
    expect(reversed.status).toBe(422);
    expect(reversed.html).toContain('The end date must not be before the start date');
    expect((await admin.client.get('/admin/audit.csv?to=yesterday')).status).toBe(400);
  });

  it('downloads the filtered log as CSV, with labels, names and the offset of each time', async () => {
    const response = await admin.client.get('/admin/audit.csv?action=organization.create');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain('audit-log.csv');
    const rows = csvOf(response.html);
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.action))).toEqual(new Set(['organization.create']));
    const row = rows.find((r) => r.subject_id === organiser.organization.id)!;
    expect(row).toMatchObject({
      action_label: 'Organisation created',
      actor_name: 'Organiser of Qarabağ Dirçəliş Birliyi',
      actor_email: organiser.actor.email,
      subject_type: 'organization',
      subject_name: 'Qarabağ Dirçəliş Birliyi',
    });
    expect(row.at).toMatch(/\+04:00$/);

    // Every entry, not one page: the failed sign-ins of the test above number 51.
    const all = csvOf((await admin.client.get('/admin/audit.csv?action=auth.signIn.failed')).html);
    expect(all.length).toBeGreaterThanOrEqual(51);
    const inRussian = csvOf(
      (
        await admin.client.request('/admin/audit.csv?action=organization.create', {
          headers: { 'accept-language': 'ru' },
        })
      ).html,
    );
    expect(inRussian[0]?.action_label).toBe('Организация создана');
  });

  it('refuses a person filter that fits too many people, at its field', async () => {
    // Everyone's address holds "@": more than one filter's worth once the network is large.
    const many = await Promise.all(
      Array.from({ length: AUDIT_PERSON_MATCHES }, (_, i) =>
        createConfirmedPerson(concord().accounts, {
          name: `Filler ${i}`,
          email: uniqueEmail('filler'),
          passwordHash: 'not-a-hash',
        }),
      ),
    );
    expect(many).toHaveLength(AUDIT_PERSON_MATCHES);
    const page = await admin.client.get('/admin/audit?person=%40');
    expect(page.status).toBe(422);
    expect(page.html).toContain('Too many people match; type more of the name or address');
    expect(page.html).toContain('value="@"');
    expect((await admin.client.get('/admin/audit.csv?person=%40')).status).toBe(400);
  });
});
