// Metrics CSV, as `knet metrics` writes it: one row per organisation with every metric column, its fields and
// its other attributes. Cells go through @knet/core's writer, so they are formula-safe (SPEC section 3, OWASP
// CSV injection: a cell starting with = + - @ tab or carriage return gets a leading quote, unless it is a number).
import { csvCell as coreCsvCell, type MetricColumnId, type Network, writeCsv } from '@knet/core';

/** One CSV cell, as knet writes every CSV (formula-safe, RFC 4180 quoting). */
export function csvCell(value: string | number | boolean | undefined | null): string {
  return coreCsvCell(value);
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
  return writeCsv(table.header, table.rows);
}
