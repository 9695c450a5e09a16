import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../../../src/lib/classroom/csv.ts';

describe('CSV', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '=HYPERLINK("http://x","y")'])(
    'neutralises the formula %j',
    (text) => {
      expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
    },
  );

  it('leaves our own numbers alone, and writes a BOM and CRLF rows', () => {
    expect(csvCell(-5)).toBe('-5');
    expect(
      toCsv([
        ['a', 'b'],
        ['김', 1],
      ]),
    ).toBe('\uFEFFa,b\r\n김,1\r\n');
  });
});
