import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvCellValue, csvText } from './csv.js';

describe('CSV for spreadsheets', () => {
  it.each(['=1+1', '+cmd|calc', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])(
    'writes %j as text, and reads it back as it was',
    (value) => {
      expect(csvCell(value)).toBe(`'${value}`);
      expect(csvCellValue(csvCell(value))).toBe(value);
    },
  );

  it('leaves other cells alone, an apostrophe of their own included', () => {
    expect(csvCell('Xankəndi')).toBe('Xankəndi');
    expect(csvCell("'quoted'")).toBe("'quoted'");
    expect(csvCellValue("'quoted'")).toBe("'quoted'");
    expect(csvCell(null)).toBe('');
    expect(csvCell(2009)).toBe('2009');
  });

  it('writes CRLF lines, a byte-order mark when asked, and quotes what needs quoting', () => {
    const text = csvText(
      [
        ['name', 'city'],
        ['A, "B"', '=1'],
      ],
      { bom: true },
    );
    expect(text).toBe('\uFEFFname,city\r\n"A, ""B""",\'=1\r\n');
    expect(parse(text, { bom: true })).toEqual([
      ['name', 'city'],
      ['A, "B"', "'=1"],
    ]);
  });
});
