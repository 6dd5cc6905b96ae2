/**
 * The audit log names what each entry is about, for every subject type any module records,
 * through HTTP on both engines: the thing's name in the reader's language, linked to the page
 * where an administrator finds it; once the thing is gone, a readable "(deleted)" form of its
 * kind, never its id. The types are read from src/, so a new one fails here until it is named.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordAudit } from '../src/platform/audit/index.js';
import { type MessageKey, translator } from '../src/platform/i18n/index.js';
import { enqueueJob } from '../src/platform/jobs/index.js';
import { adminClient, type TestClient, useConcord } from './app.js';
import { recordedAuditActions } from './audit-actions.js';
import { describeEachEngine } from './engines.js';
import { organiserWithOrganization } from './fixtures/events.js';
import { addSession } from './fixtures/programme.js';
import { publishedEvent, register, registrant, registrationOf } from './fixtures/registration.js';
import { csv, importFile } from './organization-imports.js';

/** The cells of each row of the audit table, as HTML. */
const rowsOf = (html: string) =>
  [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(html)?.[1] ?? '').matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(
    (row) => [...row[1]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!),
  );
/** The subject cell of each row the page shows for one action. */
const subjectsOf = async (client: TestClient, action: string, locale = 'en') => {
  const page = await client.request(`/admin/audit?action=${action}`, {
    headers: { 'accept-language': locale },
  });
  expect(page.status).toBe(200);
  return rowsOf(page.html).map((cells) => cells[3] ?? '');
};
const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

/** Read once for both engines, while the file is collected: the type checker takes seconds. */
const recorded = recordedAuditActions();

/** Each subject type: an action recorded about it here, its name and where the name links. */
type Named = { action: string; name: string; href: string; shows: string };

describeEachEngine('the audit log names every kind of subject', (engine) => {
  const uploadsDir = path.join(os.tmpdir(), `concord-audit-${engine}-${process.pid}-${Date.now()}`);
  const concord = useConcord(engine, { UPLOADS_DIR: uploadsDir });
  const db = () => concord().deps.db.kysely;
  let admin: Awaited<ReturnType<typeof adminClient>>;
  let leyla: Awaited<ReturnType<typeof registrant>>;
  const named: Record<string, Named> = {};

  beforeAll(async () => {
    admin = await adminClient(concord(), { name: 'Aynur Məmmədova' });
    named.person = {
      action: 'people.admin.grant',
      name: 'Aynur Məmmədova',
      href: `/admin/people?q=${encodeURIComponent(admin.email)}`,
      shows: admin.email,
    };

    const organiser = await organiserWithOrganization(concord(), 'Qarabağ Dirçəliş Birliyi');
    named.organization = {
      action: 'organization.create',
      name: 'Qarabağ Dirçəliş Birliyi',
      href: `/organizations/${organiser.organization.slug}`,
      shows: 'Qarabağ Dirçəliş Birliyi',
    };

    const imported = await importFile(
      admin.client,
      csv([
        ['name', 'country', 'registration_number'],
        ['Steppe Water', 'KZ', 'SW-1'],
      ]),
      { name: 'members.csv' },
    );
    const importPath = /\/admin\/organizations\/import\/[\w-]+/.exec(imported.page.html)?.[0];
    const { id: importId } = await db()
      .selectFrom('organization_imports')
      .select('id')
      .executeTakeFirstOrThrow();
    expect(importPath ?? `/admin/organizations/import/${importId}`).toContain(importId);
    named.organization_import = {
      action: 'organization.import.start',
      name: 'Import of members.csv',
      href: `/admin/organizations/import/${importId}`,
      shows: 'members.csv',
    };

    const event = await publishedEvent(concord(), organiser, {
      titleAz: '',
      titleEn: 'Khankendi Forum',
    });
    named.event = {
      action: 'event.create',
      name: 'Khankendi Forum',
      href: `/events/${event.slug}`,
      shows: 'Khankendi Forum',
    };
    const sessionId = await addSession(concord(), organiser.client, event.slug, {
      titleEn: 'Writing grant proposals',
      capacity: '20',
    });

    leyla = await registrant(concord(), 'Leyla Məmmədova');
    expect((await register(leyla.client, event.slug)).status).toBe(303);
    const registration = await registrationOf(concord(), event.id, leyla.id);
    const participant = `/events/${event.slug}/participants/${registration!.id}`;
    named.event_registration = {
      action: 'event.registration.create',
      name: 'Registration: Leyla Məmmədova, “Khankendi Forum”',
      href: participant,
      shows: 'Leyla Məmmədova',
    };
    await leyla.client.get(`/events/${event.slug}/registration`);
    const seated = await leyla.client.post(
      `/events/${event.slug}/registration/sessions/${sessionId}`,
      {},
    );
    expect(seated.status).toBe(303);
    named.session_registration = {
      action: 'event.session_registration.create',
      name: 'Place in a session: Leyla Məmmədova, “Writing grant proposals”',
      href: participant,
      shows: 'Writing grant proposals',
    };

    await organiser.client.get('/delegations/external/new');
    const external = await organiser.client.post('/delegations/external', {
      name: 'WUF13, Baku 2026',
      city: 'Baku',
      country: 'AZ',
      startsOn: '2026-05-17',
      endsOn: '2026-05-22',
      url: '',
    });
    expect(external.status).toBe(303);
    const { id: externalId } = await db()
      .selectFrom('external_events')
      .select('id')
      .executeTakeFirstOrThrow();
    named.external_event = {
      action: 'delegation.externalEvent.create',
      name: 'WUF13, Baku 2026',
      href: `/delegations#external-${externalId}`,
      shows: `id="external-${externalId}"`,
    };
    await organiser.client.get('/delegations/new');
    const delegation = await organiser.client.post('/delegations', {
      externalEvent: externalId,
      lead: organiser.organization.id,
      title: 'Azerbaijani civil society at WUF13',
    });
    expect(delegation.status).toBe(303);
    named.delegation = {
      action: 'delegation.create',
      name: 'Azerbaijani civil society at WUF13',
      href: delegation.location!.replace(/\?.*$/, ''),
      shows: 'Azerbaijani civil society at WUF13',
    };

    // A job that used up its tries, run again by an administrator.
    await enqueueJob(db(), { kind: 'test.audited' });
    const job = await db()
      .updateTable('jobs')
      .set({ state: 'dead', last_error: 'the relay refused' })
      .where('kind', '=', 'test.audited')
      .returning('id')
      .executeTakeFirstOrThrow();
    await admin.client.get('/admin/jobs');
    expect((await admin.client.post(`/admin/jobs/${job.id}/retry`, {})).status).toBe(303);
    named.job = {
      action: 'jobs.retry',
      name: 'Job test.audited',
      href: '/admin/jobs',
      shows: '<code>test.audited</code>',
    };

    await admin.client.get('/discussions');
    const discussion = await admin.client.post('/discussions', {
      parent: 'network',
      title: 'Preparing for WUF13',
      visibility: 'members',
      body: 'Who goes to Baku, and what do we say there? Let us agree before May.',
      language: '',
    });
    expect(discussion.status).toBe(303);
    const discussionPath = /^\/discussions\/[\w-]+/.exec(discussion.location ?? '')?.[0];
    named.discussion = {
      action: 'discussion.open',
      name: 'Preparing for WUF13',
      href: discussionPath!,
      shows: 'Preparing for WUF13',
    };

    const settings = await admin.client.get('/admin/network');
    const form = new FormData();
    form.set('_csrf', csrfOf(settings.html));
    for (const [field, value] of Object.entries({
      name: 'Global South NGOs Platform',
      shortName: 'Global South NGOs',
      purpose_en: 'Civil society of the Global South, working together from Baku.',
      purpose_az: 'Qlobal Cənubun vətəndaş cəmiyyəti Bakıdan birgə fəaliyyət göstərir.',
      purpose_ru: 'Гражданское общество Глобального Юга работает вместе из Баку.',
    }))
      form.set(field, value);
    form.set('logo', new File([], '', { type: 'application/octet-stream' }));
    const saved = await admin.client.request('/admin/network', { method: 'POST', body: form });
    expect(saved.status).toBe(303);
    named.network = {
      action: 'network.identity.update',
      name: 'The network’s identity',
      href: '/admin/network',
      shows: 'Global South NGOs Platform',
    };
  });
  afterAll(async () => {
    await fs.rm(uploadsDir, { recursive: true, force: true });
  });

  it('covers every subject type that src/ records', () => {
    expect(recorded.unknownSubjects).toEqual([]);
    expect(Object.keys(named).sort()).toEqual([...recorded.subjects.keys()].sort());
  });

  it('shows each by its name, linked to its page, and never by its id', async () => {
    for (const [type, thing] of Object.entries(named)) {
      const cells = await subjectsOf(admin.client, thing.action);
      const link = `<a href="${thing.href.replaceAll('&', '&amp;')}">${thing.name}</a>`;
      expect({ type, cells }).toEqual({ type, cells: expect.arrayContaining([link]) });
      expect(cells.join(''), type).not.toContain('<code>');
      const page = await admin.client.get(thing.href.replace(/#.*$/, ''));
      expect({ type, status: page.status }).toEqual({ type, status: 200 });
      expect(page.html, type).toContain(thing.shows);
    }
  });

  it('names them in the reader’s language', async () => {
    const inRussian = await subjectsOf(admin.client, 'event.session_registration.create', 'ru');
    expect(inRussian.join('')).toContain(
      'Место на сессии: Leyla Məmmədova, «Writing grant proposals»',
    );
    const inAzerbaijani = await subjectsOf(admin.client, 'network.identity.update', 'az');
    expect(inAzerbaijani.join('')).toContain('>Şəbəkənin kimliyi</a>');
  });

  describe('once they are gone', () => {
    it('shows a person’s deleted account and registrations as deleted, without a link', async () => {
      await leyla.client.get('/account');
      const deleted = await leyla.client.post('/account/delete', {
        confirm: 'DELETE',
        password: 'correct horse battery staple',
      });
      expect(deleted.status).toBe(303);
      expect(await subjectsOf(admin.client, 'account.delete')).toEqual([
        'Person (account deleted)',
      ]);
      expect(await subjectsOf(admin.client, 'event.registration.create')).toEqual([
        'Registration (deleted)',
      ]);
      expect(await subjectsOf(admin.client, 'event.session_registration.create')).toEqual([
        'Place in a session (deleted)',
      ]);
      expect(await subjectsOf(admin.client, 'event.registration.create', 'ru')).toEqual([
        'Регистрация (удалена)',
      ]);
    });

    it('shows every other kind as deleted in every language, never its id', async () => {
      const gone = Object.keys(named).filter((type) => type !== 'network');
      for (const type of gone) {
        await recordAudit(db(), {
          action: 'test.gone',
          subject: { type, id: '0196f0c2-0000-7000-8000-00000000dead' },
        });
      }
      for (const locale of ['en', 'az', 'ru'] as const) {
        const t = translator(locale);
        const cells = await subjectsOf(admin.client, 'test.gone', locale);
        expect(cells).toHaveLength(gone.length);
        const expected = gone.map((type) => t(`audit.subject.${type}.deleted` as MessageKey));
        expect(cells.sort()).toEqual(expected.sort());
        expect(cells.join('')).not.toMatch(/0196f0c2|<a |<code>/);
      }
      expect((await subjectsOf(admin.client, 'test.gone')).sort()).toEqual([
        'Delegation (deleted)',
        'Discussion (deleted)',
        'Event (deleted)',
        'Import of organisations (deleted)',
        'International event (deleted)',
        'Job (deleted)',
        'Organisation (deleted)',
        'Person (account deleted)',
        'Place in a session (deleted)',
        'Registration (deleted)',
      ]);
    });
  });
});
