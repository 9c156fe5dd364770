import type { PackageTable } from './table';

const BOM = '\uFEFF';

/**
 * A PRAIS table as CSV (RFC 4180: CRLF line ends, fields quoted when they hold a quote, comma or line
 * break) in UTF-8 with a BOM, so that Excel opens Arabic, Russian and Chinese text correctly.
 * Text that starts like a formula (= + - @) gets a leading apostrophe: a spreadsheet opening the file
 * would otherwise run it (CSV injection). Numbers are written as JavaScript prints them, which is exact
 * and the same on every machine.
 */
export function tableToCsv(table: PackageTable): Buffer {
  const lines = [table.columns.map(field), ...table.rows.map((row) => row.map(field))].map((cells) => cells.join(','));
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8');
}

function field(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
