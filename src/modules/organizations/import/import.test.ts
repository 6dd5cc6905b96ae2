/**
 * Importing organisations from CSV through the pages, on both engines: a valid file, a file
 * with bad rows (reported by row, column and reason, nothing imported), importing only the
 * valid rows, idempotent re-imports by registration number and by IATI identifier, Excel's
 * semicolons and byte-order mark, file-level refusals, who may import, two imports of one
 * file at once, and the progress page.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { adminClient, signedUpClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import {
  csv,
  importFile,
  runImportJob,
  uploadImport,
} from '../../../../test/organization-imports.js';
import { nowIso } from '../../../platform/db/ids.js';
import { translator } from '../../../platform/i18n/index.js';
import { IMPORT_COLUMNS } from './format.js';
import { updateImport } from './queries.js';

const t = translator('en');
const HEADER = [
  'name',
  'country',
  'registration_number',
  'iati_identifier',
  'city',
  'sdgs',
  'tags',
];

describeEachEngine('organisation import', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;
  let admin: TestClient;

  const organizationsNamed = (prefix: string) =>
    db()
      .selectFrom('organizations')
      .selectAll()
      .where('name', 'like', `${prefix}%`)
      .orderBy('name')
      .execute();

  const adminOnce = async () => {
    admin ??= (await adminClient(concord())).client;
    return admin;
  };

  it('imports a valid file as network members, searchable, and audits it', async () => {
    const client = await adminOnce();
    const file = csv([
      HEADER,
      ['Valid Xankəndi Birliyi', 'AZ', 'V-1', '', 'Bakı', '1;16', 'displacement|housing'],
      ['Valid Steppe Water', 'KZ', '', 'KZ-BIN-123456', 'Almaty', '6', 'water'],
      ['Valid Andes Women', 'PE', 'V-3', 'PE-RUC-20100', '', '', ''],
    ]);
    const uploaded = await uploadImport(client, file, { name: 'members.csv' });
    expect(uploaded.status).toBe(303);
    const report = await client.get(uploaded.location!);
    expect(report.html).toContain(t('import.report.counts', { total: 3, bad: 0 }));
    expect(await organizationsNamed('Valid ')).toHaveLength(0);

    const { started, page } = await runImportJob(client, uploaded.location!, 'all');
    expect(started.status).toBe(303);
    expect(page.html).toContain(t('import.done.counts', { created: 3, updated: 0, unchanged: 0 }));
    const rows = await organizationsNamed('Valid ');
    expect(rows.map((r) => [r.name, r.membership_status])).toEqual([
      ['Valid Andes Women', 'member'],
      ['Valid Steppe Water', 'member'],
      ['Valid Xankəndi Birliyi', 'member'],
    ]);
    const tags = await db()
      .selectFrom('organization_tags')
      .select('tag')
      .where('organization_id', '=', rows[2]!.id)
      .orderBy('tag')
      .execute();
    expect(tags.map((r) => r.tag)).toEqual(['displacement', 'housing']);

    const found = await concord().client().get('/organizations?q=xankendi');
    expect(found.html).toContain('Valid Xankəndi Birliyi');

    const audit = await db()
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'organization.import.finish')
      .execute();
    const details = audit.map((a) => JSON.parse(a.details));
    expect(details).toContainEqual(
      expect.objectContaining({ file: 'members.csv', mode: 'all', created: 3, updated: 0 }),
    );
  });

  it('reports each bad row by row, column and reason, and imports nothing', async () => {
    const client = await adminOnce();
    const file = csv([
      HEADER.concat('website'),
      ['Broken Good', 'AZ', 'B-1', '', '', '', '', ''],
      ['Broken Country', 'XX', 'B-2', '', '', '', '', ''],
      ['Broken Website', 'AZ', 'B-3', '', '', '', '', 'not a url'],
      ['Broken No Key', 'AZ', '', '', '', '', '', ''],
      ['Broken Twice', 'AZ', 'B-1', '', '', '', '', ''],
      ['', 'AZ', 'B-6', '', '', '99', '', ''],
    ]);
    const uploaded = await uploadImport(client, file);
    const report = await client.get(uploaded.location!);
    expect(report.html).toContain(t('import.report.counts', { total: 6, bad: 5 }));
    const cells = [
      ...report.html.matchAll(
        /<tr><td>(\d+)<\/td><td><code>([a-z_]+)<\/code><\/td><td>([^<]*)<\/td><\/tr>/g,
      ),
    ].map((m) => [Number(m[1]), m[2], m[3]]);
    const asHtml = (s: string) => s.replaceAll('"', '&quot;').replaceAll("'", '&#39;');
    expect(cells).toEqual([
      [3, 'country', asHtml(t('validation.org.country.required'))],
      [4, 'website', asHtml(t('validation.url.invalid'))],
      [5, 'registration_number', asHtml(t('import.row.keyRequired'))],
      [6, 'registration_number', asHtml(t('import.row.repeated', { first: 2 }))],
      [7, 'name', asHtml(t('validation.org.name.required'))],
      [7, 'sdgs', asHtml(t('validation.org.sdgs.invalid'))],
    ]);
    expect(report.html).toContain(t('import.report.nothing'));
    expect(report.html).not.toContain('name="mode" value="all"');

    // The whole file is refused even when asked for directly.
    const refused = await client.post(`${uploaded.location}/start`, { mode: 'all' });
    expect(refused.status).toBe(409);
    expect(await organizationsNamed('Broken ')).toHaveLength(0);

    const problems = await client.get(`${uploaded.location}/problems.csv`);
    expect(problems.headers.get('content-disposition')).toContain('attachment');
    const records = parse(problems.html, { bom: true }) as string[][];
    expect(records[0]).toEqual(['Row', 'Column', 'Problem']);
    expect(records.slice(1).map((r) => [r[0], r[1]])).toEqual(
      cells.map(([row, column]) => [String(row), column]),
    );
    expect(records[1]?.[2]).toBe(t('validation.org.country.required'));
  });

  it('imports only the valid rows when asked, and reports the rest', async () => {
    const client = await adminOnce();
    const file = csv([
      HEADER,
      ['Partial One', 'AZ', 'P-1', '', '', '', ''],
      ['Partial Bad', 'ZZ', 'P-2', '', '', '', ''],
      ['Partial Three', 'GE', 'P-3', '', '', '', ''],
    ]);
    const uploaded = await uploadImport(client, file);
    const { page } = await runImportJob(client, uploaded.location!, 'valid');
    expect(page.html).toContain(t('import.done.counts', { created: 2, updated: 0, unchanged: 0 }));
    expect(page.html).toContain(t('import.done.skipped', { count: 1 }));
    expect(page.html).toContain(t('validation.org.country.required'));
    expect((await organizationsNamed('Partial ')).map((r) => r.name)).toEqual([
      'Partial One',
      'Partial Three',
    ]);
  });

  it('re-imports idempotently by registration number and by IATI identifier', async () => {
    const client = await adminOnce();
    const rows = [
      HEADER,
      ['Again By Number', 'AZ', 'A-1', '', 'Gəncə', '4', 'schools'],
      ['Again By Iati', 'UZ', '', 'UZ-INN-778899', 'Tashkent', '', ''],
    ];
    const first = await importFile(client, csv(rows));
    expect(first.page.html).toContain(
      t('import.done.counts', { created: 2, updated: 0, unchanged: 0 }),
    );
    const before = await organizationsNamed('Again ');

    const second = await importFile(client, csv(rows));
    expect(second.page.html).toContain(
      t('import.done.counts', { created: 0, updated: 0, unchanged: 2 }),
    );
    const after = await organizationsNamed('Again ');
    expect(after).toEqual(before);

    // A changed cell updates the organisation it names; a column left out keeps its value.
    const changed = await importFile(
      client,
      csv([
        ['name', 'country', 'registration_number', 'iati_identifier'],
        ['Again By Number (renamed)', 'AZ', 'A-1', ''],
        ['Again By Iati', 'UZ', '', 'UZ-INN-778899'],
      ]),
    );
    expect(changed.page.html).toContain(
      t('import.done.counts', { created: 0, updated: 1, unchanged: 1 }),
    );
    const renamed = await organizationsNamed('Again ');
    expect(renamed.map((r) => [r.id, r.name, r.city])).toEqual([
      [before[0]!.id, 'Again By Iati', 'Tashkent'],
      [before[1]!.id, 'Again By Number (renamed)', 'Gəncə'],
    ]);
  });

  it('reads Excel files: semicolons, a byte-order mark, CRLF and Azerbaijani text', async () => {
    const client = await adminOnce();
    const text = `\uFEFF${csv(
      [
        ['Name', 'Country', 'Registration Number', 'SDGs', 'description_en'],
        ['Excel Şəki Qadınları', 'az', 'E-1', '5;10', 'Women, girls; and "families"'],
      ],
      ';',
    )}`;
    const { page } = await importFile(client, text);
    expect(page.html).toContain(t('import.done.counts', { created: 1, updated: 0, unchanged: 0 }));
    const [row] = await organizationsNamed('Excel ');
    expect(row?.name).toBe('Excel Şəki Qadınları');
    expect(row?.country).toBe('AZ');
    expect(JSON.parse(row!.description)).toEqual({ en: 'Women, girls; and "families"' });
    const sdgs = await db()
      .selectFrom('organization_sdgs')
      .select('sdg')
      .where('organization_id', '=', row!.id)
      .orderBy('sdg')
      .execute();
    expect(sdgs.map((s) => s.sdg)).toEqual([5, 10]);
  });

  it('refuses a file with an unknown column, naming it, and one that is not UTF-8', async () => {
    const client = await adminOnce();
    const unknown = await uploadImport(
      client,
      csv([
        ['name', 'country', 'budget'],
        ['X', 'AZ', '1'],
      ]),
    );
    expect(unknown.status).toBe(422);
    expect(unknown.html).toContain(t('import.file.unknownColumns', { columns: 'budget' }));
    const latin1 = await uploadImport(client, new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xe9]));
    expect(latin1.status).toBe(422);
    expect(latin1.html).toContain(t('import.file.notUtf8').replaceAll('"', '&quot;'));
  });

  it('offers a template whose header is the documented column list', async () => {
    const client = await adminOnce();
    const template = await client.get('/admin/organizations/import/template.csv');
    expect(template.status).toBe(200);
    const [header, example] = parse(template.html, { bom: true }) as string[][];
    expect(header).toEqual([...IMPORT_COLUMNS]);
    expect(example).toHaveLength(IMPORT_COLUMNS.length);
  });

  it('lets only platform administrators import', async () => {
    const visitor = concord().client();
    expect((await visitor.get('/admin/organizations/import')).status).toBe(401);
    const { client: member } = await signedUpClient(concord());
    expect((await member.get('/admin/organizations/import')).status).toBe(403);
    expect((await member.get('/admin/organizations/import/template.csv')).status).toBe(403);
    const posted = await uploadImport(
      member,
      csv([HEADER, ['Sneaky', 'AZ', 'S-1', '', '', '', '']]),
    );
    expect(posted.status).toBe(403);
    expect(await organizationsNamed('Sneaky')).toHaveLength(0);
  });

  it('runs two imports of one file at once without duplicating an organisation', async () => {
    const client = await adminOnce();
    const rows = [HEADER];
    for (let i = 0; i < 30; i++) {
      rows.push([
        `Race ${String(i).padStart(2, '0')}`,
        'KE',
        `R-${i}`,
        i % 2 ? `KE-NGO-${i}` : '',
        '',
        '',
        '',
      ]);
    }
    const file = csv(rows);
    const a = await uploadImport(client, file);
    const b = await uploadImport(client, file);
    const [ra, rb] = await Promise.all([
      runImportJob(client, a.location!, 'all'),
      runImportJob(client, b.location!, 'all'),
    ]);
    for (const { page } of [ra, rb]) expect(page.html).toContain(t('import.status.done'));
    const races = await organizationsNamed('Race ');
    expect(races).toHaveLength(30);
    expect(new Set(races.map((r) => r.registration_number)).size).toBe(30);
  });

  it('shows a running import with a progress bar that refreshes itself', async () => {
    const client = await adminOnce();
    const uploaded = await uploadImport(
      client,
      csv([
        HEADER,
        ['Progress A', 'AZ', 'G-1', '', '', '', ''],
        ['Progress B', 'AZ', 'G-2', '', '', '', ''],
      ]),
    );
    const id = uploaded.location!.split('/').pop()!;
    await updateImport(db(), id, ['validated'], {
      status: 'running',
      mode: 'all',
      processed_rows: 1,
      updated_at: nowIso(),
    });
    const page = await client.get(uploaded.location!);
    expect(page.html).toContain('<meta http-equiv="refresh" content="2"/>');
    expect(page.html).toMatch(/<progress id="import-progress" max="2" value="1">/);
    expect(page.html).toContain(t('import.progress', { done: 1, total: 2 }));
  });
});

describeEachEngine('organisation import, keys held by others', (engine) => {
  const concord = useConcord(engine);
  const db = () => concord().deps.db.kysely;

  /** A person's own organisation, created through the form with a registration number. */
  async function heldOrganization(client: TestClient, name: string, registrationNumber: string) {
    await client.get('/organizations/new');
    const created = await client.post('/organizations', {
      name,
      country: 'AZ',
      registrationNumber,
    });
    expect(created.status).toBe(303);
    const slug = created.location!.split('?')[0]!.replace('/organizations/', '');
    return db()
      .selectFrom('organizations')
      .selectAll()
      .where('slug', '=', slug)
      .executeTakeFirstOrThrow();
  }
  const ownersOf = async (organizationId: string) =>
    (
      await db()
        .selectFrom('organization_members')
        .select(['person_id', 'role'])
        .where('organization_id', '=', organizationId)
        .execute()
    ).map((m) => [m.person_id, m.role]);

  it('never hands an unadmitted organisation the identity of the NGO a row describes', async () => {
    const { client: squatter } = await signedUpClient(concord());
    const taken = await heldOrganization(squatter, 'Squatter Front', 'SQ-404');
    const owners = await ownersOf(taken.id);
    const { client } = await adminClient(concord());
    const file = csv([
      HEADER,
      ['Real Xankəndi Women', 'AZ', 'SQ-404', '', 'Xankəndi', '5', ''],
      ['Real Neighbour', 'AZ', 'SQ-405', '', '', '', ''],
    ]);
    const uploaded = await uploadImport(client, file);
    const report = await client.get(uploaded.location!);
    // The check step reports the conflict, names the holder and links to it.
    expect(report.html).toContain(t('import.report.counts', { total: 2, bad: 1 }));
    expect(report.html).toContain(
      t('import.row.heldByOthers', { name: 'Squatter Front' }).replaceAll('"', '&quot;'),
    );
    expect(report.html).toContain(`href="/organizations/${taken.slug}"`);
    expect((await client.post(`${uploaded.location}/start`, { mode: 'all' })).status).toBe(409);

    const { page } = await runImportJob(client, uploaded.location!, 'valid');
    expect(page.html).toContain(t('import.done.counts', { created: 1, updated: 0, unchanged: 0 }));
    const after = await db()
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', taken.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(taken);
    expect(after.membership_status).toBe('none');
    expect(await ownersOf(taken.id)).toEqual(owners);
    expect((await concord().client().get(`/organizations/${taken.slug}`)).status).toBe(404);
  });

  it('refuses, when it writes, a key that someone took after the check', async () => {
    const { client } = await adminClient(concord());
    const uploaded = await uploadImport(
      client,
      csv([HEADER, ['Late Real NGO', 'AZ', 'LT-1', '', '', '', '']]),
    );
    const { client: squatter } = await signedUpClient(concord());
    const taken = await heldOrganization(squatter, 'Late Squatter', 'LT-1');
    const { page } = await runImportJob(client, uploaded.location!, 'all');
    expect(page.html).toContain(t('import.status.failed'));
    expect(page.html).toContain(`href="/organizations/${taken.slug}"`);
    expect(
      await db().selectFrom('organizations').selectAll().where('id', '=', taken.id).execute(),
    ).toEqual([taken]);
  });

  it('still updates a network member that a row names by its registration number', async () => {
    const { client: owner } = await signedUpClient(concord());
    const member = await heldOrganization(owner, 'Member Before', 'MB-1');
    await db()
      .updateTable('organizations')
      .set({ membership_status: 'member' })
      .where('id', '=', member.id)
      .execute();
    const { client } = await adminClient(concord());
    const { page } = await importFile(
      client,
      csv([HEADER, ['Member After', 'AZ', 'MB-1', '', 'Gəncə', '', '']]),
    );
    expect(page.html).toContain(t('import.done.counts', { created: 0, updated: 1, unchanged: 0 }));
    const after = await db()
      .selectFrom('organizations')
      .selectAll()
      .where('id', '=', member.id)
      .executeTakeFirstOrThrow();
    expect([after.name, after.city, after.membership_status]).toEqual([
      'Member After',
      'Gəncə',
      'member',
    ]);
  });
});

describeEachEngine('organisation import, interrupted', (engine) => {
  const concord = useConcord(engine);

  it('marks a job its stopped process left running as failed, and starts it again safely', async () => {
    const { client } = await adminClient(concord());
    const uploaded = await uploadImport(
      client,
      csv([HEADER, ['Restart One', 'AM', 'RS-1', '', '', '', '']]),
    );
    const id = uploaded.location!.split('/').pop()!;
    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await updateImport(concord().deps.db.kysely, id, ['validated'], {
      status: 'running',
      mode: 'all',
      updated_at: anHourAgo,
    });
    const page = await client.get(uploaded.location!);
    expect(page.html).toContain(t('import.status.failed'));
    expect(page.html).toContain(t('import.failure.interrupted'));
    expect(page.html).not.toContain('http-equiv="refresh"');

    const again = await runImportJob(client, uploaded.location!, 'all');
    expect(again.page.html).toContain(
      t('import.done.counts', { created: 1, updated: 0, unchanged: 0 }),
    );
  });

  it('refuses a file over the size limit with its own message', async () => {
    const { client } = await adminClient(concord());
    const big = new Uint8Array(11 * 1024 * 1024).fill(0x61);
    const refused = await uploadImport(client, big);
    expect(refused.status).toBe(413);
    expect(refused.html).toContain(t('import.file.tooLarge'));
  });
});

describe('organisation import progress wording', () => {
  it('counts large numbers the way people read them', () => {
    expect(t('import.progress', { done: 1200, total: 10000 })).toBe('1,200 of 10,000 rows');
  });
});
