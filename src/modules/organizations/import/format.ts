/**
 * The CSV format of organisation imports: its columns, how a file is read (UTF-8 with or
 * without a byte-order mark; comma or semicolon, whichever the header uses, as Excel writes
 * in az and ru locales; CRLF or LF), and how a row becomes the profile form's values, so that
 * a row is checked by the same schema, with the same messages, as the profile form.
 */
import { parse } from 'csv-parse/sync';
import { csvCellValue, csvText } from '../../../platform/csv.js';
import type { MessageKey } from '../../../platform/i18n/index.js';
import { type Invalid, invalid, type Problem } from '../../../platform/outcome.js';
import { OrganizationProfileSchema } from '../profile/schema.js';

/** The columns a file may have, in template order; `name` and `country` are required. */
export const IMPORT_COLUMNS = [
  'name',
  'name_az',
  'name_en',
  'name_ru',
  'acronym',
  'legal_form',
  'registration_number',
  'registering_authority',
  'country',
  'city',
  'founded_year',
  'website',
  'email',
  'phone',
  'description_az',
  'description_en',
  'description_ru',
  'sdgs',
  'tags',
  'working_languages',
  'social_links',
  'iati_identifier',
  'iati_type',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
const REQUIRED_COLUMNS: readonly ImportColumn[] = ['name', 'country'];

/** The largest file accepted, in rows and bytes (the upload limit adds room for the form). */
export const IMPORT_MAX_ROWS = 20_000;
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

/**
 * One problem: a row (the header is row 1) and column, or the whole file (row 0). `holder` is
 * the organisation that already holds the row's key, for the administrator to open.
 */
export type ImportProblem = Problem & {
  row: number;
  column: string;
  holder?: { slug: string; name: string };
};

export type ImportRecord = { row: number; cells: Partial<Record<ImportColumn, string>> };

export type ParsedFile = { ok: true; columns: ImportColumn[]; records: ImportRecord[] } | Invalid;

const camel = (column: string) => column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
const isColumn = (name: string): name is ImportColumn =>
  (IMPORT_COLUMNS as readonly string[]).includes(name);

/** Several values in one cell: separated by `;` or `|` (social links also by spaces). */
const splitValues = (cell: string, spaces = false) =>
  cell
    .split(spaces ? /[;|\s]+/ : /[;|]/)
    .map((v) => v.trim())
    .filter(Boolean);

/**
 * The file as text, or undefined when it is not UTF-8. A NUL character is valid UTF-8 but no
 * spreadsheet writes one into CSV: it means UTF-16 or a binary file (and PostgreSQL could not
 * store it).
 */
export function decodeFile(bytes: Uint8Array): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes('\u0000') ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The delimiter the header line uses: a semicolon when it has more of them than commas. */
function delimiterOf(text: string) {
  const header = text.slice(0, text.search(/\r?\n|$/));
  const count = (c: string) => header.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** Reads a file's text into records keyed by column; any problem with the file as a whole ends it. */
export function parseImportFile(text: string): ParsedFile {
  const body = text.replace(/^\uFEFF/, '');
  let table: string[][];
  try {
    table = parse(body, {
      delimiter: delimiterOf(body),
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
  } catch (error) {
    return invalid('file', 'import.file.malformed', {
      line: (error as { lines?: number }).lines ?? 1,
    });
  }
  const [header, ...rows] = table;
  if (!header) return invalid('file', 'import.file.noRows');
  // An export's profile link is ignored, so that an export can be imported again.
  const names = header
    .map((h) =>
      h
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    )
    .map((n) => (n === 'profile_url' ? '' : n));
  const unknown = names.filter((n) => n !== '' && !isColumn(n));
  if (unknown.length > 0)
    return invalid('file', 'import.file.unknownColumns', { columns: unknown.join(', ') });
  const repeated = names.filter((n, i) => n !== '' && names.indexOf(n) !== i);
  if (repeated.length > 0) {
    return invalid('file', 'import.file.duplicateColumns', {
      columns: [...new Set(repeated)].join(', '),
    });
  }
  const missing = REQUIRED_COLUMNS.filter((c) => !names.includes(c));
  if (missing.length > 0)
    return invalid('file', 'import.file.missingColumns', { columns: missing.join(', ') });
  if (rows.length === 0) return invalid('file', 'import.file.noRows');
  if (rows.length > IMPORT_MAX_ROWS)
    return invalid('file', 'import.file.tooManyRows', { max: IMPORT_MAX_ROWS });
  // Columns with an empty header (Excel's trailing separators) are ignored too.
  const columns = names.filter(isColumn);
  const records = rows.map((cells, index) => {
    const record: ImportRecord = { row: index + 2, cells: {} };
    names.forEach((name, i) => {
      if (isColumn(name)) record.cells[name] = csvCellValue(cells[i] ?? '');
    });
    return record;
  });
  return { ok: true, columns, records };
}

/** A row as the profile form's values; columns the file does not have are left out. */
export function formValuesOf(cells: ImportRecord['cells']): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const [column, cell = ''] of Object.entries(cells) as [ImportColumn, string][]) {
    if (column === 'sdgs') values.sdgs = splitValues(cell);
    else if (column === 'tags') values.tags = splitValues(cell).join('\n');
    else if (column === 'working_languages') values.workingLanguages = splitValues(cell).join(' ');
    else if (column === 'social_links') values.socialLinks = splitValues(cell, true).join(' ');
    else values[camel(column)] = cell;
  }
  return values;
}

/** The column a profile field comes from. */
export const columnOf = (field: string) => IMPORT_COLUMNS.find((c) => camel(c) === field) ?? field;

/** Checks one row with the profile schema; each bad field is named by its column. */
export function checkRow(record: ImportRecord): ImportProblem[] {
  const result = OrganizationProfileSchema.safeParse(formValuesOf(record.cells));
  if (result.success) return [];
  const problems: ImportProblem[] = [];
  for (const issue of result.error.issues) {
    const column = columnOf(String(issue.path[0] ?? ''));
    if (problems.some((p) => p.column === column)) continue;
    problems.push({ row: record.row, column, key: issue.message as MessageKey });
  }
  return problems;
}

const EXAMPLE: Record<ImportColumn, string> = {
  name: '"Xankəndi" İctimai Birliyi',
  name_az: '"Xankəndi" Məcburi Köçkünlərə Dəstək İctimai Birliyi',
  name_en: '"Khankendi" Public Union for Support to Internally Displaced Persons',
  name_ru: 'Общественное объединение «Ханкенди»',
  acronym: 'XIB',
  legal_form: 'Public union',
  registration_number: '1400123456',
  registering_authority: 'Ministry of Justice',
  country: 'AZ',
  city: 'Bakı',
  founded_year: '2004',
  website: 'https://example.org',
  email: 'office@example.org',
  phone: '+994 12 555 01 01',
  description_az: 'Məcburi köçkün ailələrinə dəstək.',
  description_en: 'Support to internally displaced families.',
  description_ru: 'Поддержка вынужденных переселенцев.',
  sdgs: '1;5;16',
  tags: 'displacement;housing',
  working_languages: 'az;ru;en',
  social_links: 'https://www.facebook.com/example',
  iati_identifier: 'AZ-MOJ-1400123456',
  iati_type: '22',
};

/** A file to start from: the header and one example row, with a BOM for Excel. */
export const templateCsv = () =>
  csvText([[...IMPORT_COLUMNS], IMPORT_COLUMNS.map((c) => EXAMPLE[c])], { bom: true });

/** Every problem as a CSV file (row, column, reason), in the reader's language. */
export const problemsCsv = (
  problems: readonly ImportProblem[],
  heading: [string, string, string],
  translate: (p: ImportProblem) => string,
) =>
  csvText(
    [heading, ...problems.map((p) => [p.row === 0 ? '' : String(p.row), p.column, translate(p)])],
    { bom: true },
  );
