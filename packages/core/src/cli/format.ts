// Output formatting for people and programs: numbers, aligned text tables, CSV (formula-safe) and JSON.
// User text (labels, sectors) is untrusted: control characters never reach the terminal.

/** Up to 10 significant digits; integers as integers; '' for NaN (an empty metric). */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return '';
  if (Number.isInteger(value)) return String(value);
  // Number(...) drops the trailing zeros toPrecision leaves.
  return String(Number(value.toPrecision(10)));
}

/** A value for a JSON document: NaN and infinities become null, as JSON has no such numbers. */
export function jsonNumber(value: number): number | null {
  return Number.isFinite(value) ? value : null;
}

export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Replaces control characters (ANSI escapes included) so untrusted text cannot drive the terminal. */
export function plainText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** "1,234" for counts shown to people. */
export function formatCount(value: number): string {
  return value.toLocaleString('en-GB');
}

/** "21%", "0.4%": percentages for people, one decimal under 10%. */
export function formatPercent(share: number): string {
  if (!Number.isFinite(share)) return '–';
  const percent = share * 100;
  if (percent === 0 || percent === 100) return `${percent}%`;
  return `${percent < 10 ? percent.toFixed(1) : Math.round(percent)}%`;
}

export { formatFigure } from '../weaving/whatif-wording.js';

export interface TableColumn {
  header: string;
  /** Right-align (numbers). */
  right?: boolean;
}

/** An aligned text table: a header, a rule, then rows; cells are made terminal-safe. */
export function renderTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[], indent = ''): string {
  const cells = rows.map((row) => row.map((cell) => plainText(cell)));
  const widths = columns.map((column, c) => Math.max(column.header.length, ...cells.map((row) => row[c]?.length ?? 0)));
  const line = (row: readonly string[]) =>
    indent +
    row
      .map((cell, c) => (columns[c].right ? cell.padStart(widths[c]) : c === row.length - 1 ? cell : cell.padEnd(widths[c])))
      .join('  ')
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  const rule = indent + widths.map((width) => '-'.repeat(width)).join('  ');
  return [header, rule, ...cells.map(line)].join('\n') + '\n';
}

/** Label: value lines with the values aligned. */
export function renderFields(fields: readonly (readonly [string, string])[], indent = ''): string {
  const width = Math.max(0, ...fields.map(([label]) => label.length));
  return fields.map(([label, value]) => `${indent}${label.padEnd(width)}  ${plainText(value)}`.trimEnd()).join('\n') + '\n';
}
