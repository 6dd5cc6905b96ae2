/**
 * Exporting the directory as CSV and JSON, on both engines: only what the directory shows
 * (network members), the directory's search and facets, public fields only, CSV that Excel
 * and csv-parse read back (byte-order mark; commas, quotes and line breaks in cells), and
 * pages read one after another (more organisations than one page of the export).
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { adminClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { csv, importFile } from '../../../../test/organization-imports.js';
import { exportPath } from '../directory/views/export-links.js';
import { EXPORT_CSV_COLUMNS } from './service.js';

const HEADER = ['name', 'country', 'registration_number', 'sdgs', 'description_en', 'email'];
const TRICKY = 'Water, sanitation; and "clean" hands\nin schools';

describeEachEngine('directory export', (engine) => {
  const concord = useConcord(engine);

  beforeAll(async () => {
    const { client } = await adminClient(concord());
    await importFile(
      client,
      csv([
        HEADER,
        ['Xankəndi İctimai Birliyi', 'AZ', 'X-1', '16', TRICKY, 'office@xankendi.example'],
        ['Steppe Water, Almaty', 'KZ', 'X-2', '6', '', ''],
        ['Andes "Mujeres" Network', 'PE', 'X-3', '5', '', ''],
      ]),
    );
    // Known to the platform but not members of the network: never exported.
    await importFile(client, csv([HEADER, ['Hidden Applicant', 'AZ', 'X-9', '16', '', '']]), {
      admit: false,
    });
    // More than one page of the export (500 rows), so the keyset has to carry on.
    const many = [HEADER];
    for (let i = 0; i < 520; i++)
      many.push([`Zz Member ${String(i).padStart(3, '0')}`, 'GH', `Z-${i}`, '', '', '']);
    await importFile(client, csv(many));
  });

  it('exports every visible organisation as CSV with a BOM, read back intact', async () => {
    const response = await concord().client().get('/organizations/export.csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    // Excel needs the byte-order mark to read UTF-8 (text() would drop it, so look at the bytes).
    const raw = await concord().app.request('/organizations/export.csv');
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(response.html, { bom: true }) as string[][];
    expect(header).toEqual([...EXPORT_CSV_COLUMNS]);
    const at = (name: string) => header!.indexOf(name);
    const names = rows.map((r) => r[at('name')]);
    expect(names).toHaveLength(523);
    expect(new Set(names).size).toBe(523);
    expect(names).not.toContain('Hidden Applicant');
    const xankendi = rows.find((r) => r[at('registration_number')] === 'X-1')!;
    expect(xankendi[at('name')]).toBe('Xankəndi İctimai Birliyi');
    expect(xankendi[at('description_en')]).toBe(TRICKY);
    expect(xankendi[at('sdgs')]).toBe('16');
    expect(xankendi[at('profile_url')]).toMatch(/\/organizations\/[a-z0-9-]+$/);
    expect(names).toContain('Steppe Water, Almaty');
    expect(names).toContain('Andes "Mujeres" Network');
  });

  it('exports JSON with public fields only, and the directory filters apply', async () => {
    const response = await concord().client().get('/organizations/export.json?country=KZ');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    const body = JSON.parse(response.html) as { organizations: Record<string, unknown>[] };
    expect(body.organizations.map((o) => o.name)).toEqual(['Steppe Water, Almaty']);
    expect(Object.keys(body.organizations[0]!)).not.toEqual(
      expect.arrayContaining(['id', 'membershipStatus', 'createdBy', 'members']),
    );

    const bySdg = JSON.parse(
      (await concord().client().get('/organizations/export.json?sdg=16')).html,
    );
    expect(bySdg.organizations.map((o: { name: string }) => o.name)).toEqual([
      'Xankəndi İctimai Birliyi',
    ]);
  });

  it('links from a directory query to the same query as a file', () => {
    expect(exportPath({ q: 'su', country: 'KZ', after: 'abc', all: '1' }, 'csv')).toBe(
      '/organizations/export.csv?q=su&country=KZ',
    );
    expect(exportPath({}, 'json')).toBe('/organizations/export.json');
  });

  it('exports only verified members when the directory asks for them', async () => {
    const { client } = await adminClient(concord());
    const steppe = await concord()
      .deps.db.kysely.selectFrom('organizations')
      .select(['slug'])
      .where('registration_number', '=', 'X-2')
      .executeTakeFirstOrThrow();
    await client.get(`/admin/verification/organizations/${steppe.slug}`);
    const validUntil = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
    const verified = await client.post(`/admin/verification/organizations/${steppe.slug}`, {
      evidence: 'Registration certificate checked against the state register.',
      validUntil,
    });
    expect(verified.status).toBe(303);
    const body = JSON.parse(
      (await concord().client().get('/organizations/export.json?verified=1')).html,
    );
    expect(body.organizations.map((o: { name: string }) => o.name)).toEqual([
      'Steppe Water, Almaty',
    ]);
  });

  it('exports what a search finds, diacritics folded as in the directory', async () => {
    const response = await concord().client().get('/organizations/export.csv?q=xankendi');
    const [, ...rows] = parse(response.html, { bom: true }) as string[][];
    expect(rows.map((r) => r[0])).toEqual(['Xankəndi İctimai Birliyi']);
    const all = JSON.parse((await concord().client().get('/organizations/export.json')).html);
    expect(all.organizations).toHaveLength(523);
    const names = all.organizations.map((o: { name: string }) => o.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
