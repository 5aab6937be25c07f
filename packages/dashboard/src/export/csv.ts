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

const FIELDS = ['type', 'sector', 'region', 'pioneer', 'themes'] as const;

/**
 * The metrics table for the organisations `indices`, in the column order of `knet metrics`: id, label, every
 * metric, the organisation's fields, then its other attributes (renamed attribute_<name> where a name is taken).
 */
export function metricsTable(
  network: Network,
  columns: Partial<Record<MetricColumnId, Float64Array>>,
  columnIds: readonly MetricColumnId[],
  indices: readonly number[],
): MetricsTable {
  const extras: string[] = [];
  const seen = new Set<string>();
  for (const organisation of network.organisations) {
    for (const name of Object.keys(organisation.attributes)) {
      if (!seen.has(name)) {
        seen.add(name);
        extras.push(name);
      }
    }
  }
  const taken = new Set<string>(['id', 'label', ...columnIds, ...FIELDS]);
  const header = ['id', 'label', ...columnIds, ...FIELDS, ...extras.map((name) => (taken.has(name.toLowerCase()) ? `attribute_${name}` : name))];
  const rows = indices.map((v) => {
    const organisation = network.organisations[v];
    const attributes = organisation.attributes;
    return [
      organisation.id,
      organisation.label,
      ...columnIds.map((id) => number(columns[id]?.[v])),
      organisation.type,
      organisation.sector,
      organisation.region,
      organisation.pioneer,
      organisation.themes.join(';'),
      ...extras.map((name) => {
        const value = Object.prototype.hasOwnProperty.call(attributes, name) ? attributes[name] : undefined;
        return typeof value === 'number' ? number(value) : value;
      }),
    ];
  });
  return { header, rows };
}

/** As the CLI writes numbers: whole numbers as they are, others to 10 significant digits; empty for none. */
function number(value: number | undefined): string | undefined {
  if (value === undefined || Number.isNaN(value)) return undefined;
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

export function toCsv(table: MetricsTable): string {
  return [csvRow(table.header), ...table.rows.map(csvRow)].join('\n') + '\n';
}
