// CSV for spreadsheets (RFC 4180 quoting). Cells come from students' files, so a cell that a spreadsheet would
// read as a formula (= + - @, or a tab/CR that some apps treat the same) gets a leading apostrophe (OWASP's advice).
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  // CRLF line ends as RFC 4180 says; a BOM so Excel reads UTF-8 (Korean names) correctly.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
