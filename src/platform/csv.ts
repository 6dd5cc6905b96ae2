/**
 * CSV files that people open in spreadsheets: one writer for every CSV download. A cell that
 * begins with = + - @ (or a tab or carriage return, which some spreadsheets skip before
 * reading one of those) is run as a formula when the file is opened, so text typed by anyone
 * (a city, a description, a name) could compute or fetch things on the reader's machine.
 * As OWASP advises, such a cell is written with a leading apostrophe, which makes it text;
 * Concord's own CSV import takes the apostrophe off again, so an export imports back unchanged.
 */
import { stringify } from 'csv-stringify/sync';

export type CsvValue = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it, never as a formula. */
export const csvCell = (value: CsvValue) => {
  const text = value === null || value === undefined ? '' : String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
};

/** A cell as Concord wrote it, read back: the apostrophe before a formula character goes. */
export const csvCellValue = (text: string) =>
  text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;

/**
 * Records as CSV text with CRLF line ends (RFC 4180, as Excel writes them). With `bom`, the
 * text starts with a byte-order mark, which Excel needs to read UTF-8 (Azerbaijani, Cyrillic);
 * a file streamed in parts has it on the first part only.
 *
 * @example c.body(csvText([['name'], ...rows], { bom: true }), 200, { 'content-type': 'text/csv; charset=utf-8' })
 */
export function csvText(
  records: readonly (readonly CsvValue[])[],
  options: { bom?: boolean } = {},
) {
  const text = stringify(
    records.map((record) => record.map(csvCell)),
    { record_delimiter: '\r\n' },
  );
  return options.bom ? `\uFEFF${text}` : text;
}
