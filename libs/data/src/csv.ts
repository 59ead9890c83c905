/** CSV as spreadsheets read it (member exports, survey exports): one place, so every export escapes alike. */

/**
 * One CSV cell. Quoted when it holds a separator, quote or line break. A cell that a spreadsheet
 * would run as a formula (=, @, or +/- not followed by a number such as a phone number) is written
 * with a leading apostrophe, which spreadsheets show as plain text.
 */
export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (/^[=@\t\r]/.test(text) || (/^[+-]/.test(text) && !/^[+-][\d\s().-]*$/.test(text))) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | boolean | null | undefined)[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** Excel reads a CSV as UTF-8 only with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';
