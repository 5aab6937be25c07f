// Metrics CSV, as `knet metrics` writes it: one row per organisation with its fields, every metric column
// and its other attributes. Cells are formula-safe (SPEC section 3, OWASP CSV injection): a cell starting with
// = + - @ tab or carriage return gets a leading quote, unless it is a plain number.
import type { MetricColumnId, Network } from '@knet/core';

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One CSV cell: neutralised, then quoted when it holds a comma, quote or line break (RFC 4180). */
export function csvCell(value: string | number | boolean | undefined | null): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(cells: readonly (string | number | boolean | undefined | null)[]): string {
  return cells.map(csvCell).join(',');
}

export interface MetricsTable {
  header: string[];
  rows: (string | number | boolean | undefined)[][];
}

/** The metrics table for the organisations `indices` (in that order). */
export function metricsTable(
  network: Network,
  columns: Partial<Record<MetricColumnId, Float64Array>>,
  columnIds: readonly MetricColumnId[],
  indices: readonly number[],
): MetricsTable {
  const attributeNames: string[] = [];
  const seen = new Set<string>();
  for (const organisation of network.organisations) {
    for (const name of Object.keys(organisation.attributes)) {
      if (!seen.has(name)) {
        seen.add(name);
        attributeNames.push(name);
      }
    }
  }
  const header = ['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes', ...columnIds, ...attributeNames.filter((name) => !FIXED.has(name) && !columnIds.includes(name as MetricColumnId))];
  const extra = header.slice(7 + columnIds.length);
  const rows = indices.map((v) => {
    const organisation = network.organisations[v];
    const attributes = organisation.attributes;
    return [
      organisation.id,
      organisation.label,
      organisation.type,
      organisation.sector,
      organisation.region,
      organisation.pioneer,
      organisation.themes.join(';'),
      ...columnIds.map((id) => {
        const value = columns[id]?.[v];
        return value === undefined || Number.isNaN(value) ? undefined : value;
      }),
      ...extra.map((name) => (Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined)),
    ];
  });
  return { header, rows };
}

const FIXED = new Set(['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes']);

export function toCsv(table: MetricsTable): string {
  return [csvRow(table.header), ...table.rows.map(csvRow)].join('\r\n') + '\r\n';
}
