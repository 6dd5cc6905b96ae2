/**
 * The directory's CSV opened in a spreadsheet: text that would run as a formula (typed into a
 * profile or imported) is written as text, and an export still imports back unchanged.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { adminClient, type TestClient, useConcord } from '../../../../test/app.js';
import { describeEachEngine } from '../../../../test/engines.js';
import { csv, importFile } from '../../../../test/organization-imports.js';

const HEADER = ['name', 'country', 'registration_number', 'city', 'phone', 'description_en'];
const HOSTILE = [
  [
    '=HYPERLINK("https://evil.example","Open")',
    'AZ',
    'F-1',
    '+cmd|calc',
    '+994 12 555 01 01',
    '-2+3',
  ],
  ['@SUM(1+1) Union', 'KE', 'F-2', '=1+1', '', '\t=1+2'],
  ['Plain Union', 'GH', 'F-3', '-Accra', '', '\r=1+3 carried'],
];

describeEachEngine('directory export and spreadsheet formulas', (engine) => {
  const concord = useConcord(engine);
  let admin: TestClient;
  const stored = () =>
    concord()
      .deps.db.kysely.selectFrom('organizations')
      .select(['name', 'city', 'phone', 'description', 'updated_at'])
      .where('registration_number', 'like', 'F-%')
      .orderBy('registration_number')
      .execute();

  beforeAll(async () => {
    admin = (await adminClient(concord())).client;
    await importFile(admin, csv([HEADER, ...HOSTILE]));
  });

  it('writes no cell that begins with a formula character', async () => {
    const response = await concord().client().get('/organizations/export.csv');
    expect(response.status).toBe(200);
    const [header, ...rows] = parse(response.html, { bom: true }) as string[][];
    expect(rows).toHaveLength(3);
    for (const cell of [...header!, ...rows.flat()]) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const first = rows.find((r) => r[header!.indexOf('registration_number')] === 'F-1')!;
    expect(first[header!.indexOf('name')]).toBe(`'${HOSTILE[0]![0]}`);
    expect(first[header!.indexOf('phone')]).toBe("'+994 12 555 01 01");
  });

  it('imports its own export back unchanged', async () => {
    const before = await stored();
    expect(before.map((o) => o.city)).toEqual(['+cmd|calc', '=1+1', '-Accra']);
    const exported = (await concord().client().get('/organizations/export.csv')).html;
    const { page } = await importFile(admin, exported, { name: 'export.csv' });
    expect(page.status).toBe(200);
    expect(await stored()).toEqual(before);
  });
});
