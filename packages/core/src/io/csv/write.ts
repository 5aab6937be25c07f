// CSV out: RFC 4180 quoting, and cells that a spreadsheet would run as formulas (= + - @ tab CR at the start)
// neutralised with a leading single quote (OWASP CSV injection), except plain numbers such as -3.5.
import type { AttributeValue } from '../../model/attributes.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

export interface CsvWriteOptions {
  /** Cell separator (default ','). */
  delimiter?: ',' | ';' | '\t';
  /** Line ending (default '\n'; '\r\n' for strict RFC 4180). */
  newline?: '\n' | '\r\n';
}

export const CSV_DEFAULTS: Required<CsvWriteOptions> = { delimiter: ',', newline: '\n' };

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** One cell as CSV text: empty for null, undefined and NaN; formula-safe; quoted when it needs to be. */
export function csvCell(value: unknown, delimiter: ',' | ';' | '\t' = ','): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'number') return Number.isNaN(value) ? '' : String(value);
  let text = Array.isArray(value) ? value.join(';') : String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  const needsQuotes = text.includes('"') || text.includes('\n') || text.includes('\r') || text.includes(delimiter);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV document: the header, then one line per row (cells through csvCell). */
export function writeCsv(header: readonly string[], rows: Iterable<readonly unknown[]>, options: CsvWriteOptions = {}): string {
  const { delimiter, newline } = { ...CSV_DEFAULTS, ...options };
  if (!Array.isArray(header)) throw new TypeError('knet: writeCsv: the header must be an array of column names.');
  if (![',', ';', '\t'].includes(delimiter)) throw new TypeError(`knet: writeCsv: delimiter must be ',', ';' or a tab, got ${JSON.stringify(delimiter)}.`);
  if (newline !== '\n' && newline !== '\r\n') throw new TypeError(`knet: writeCsv: newline must be '\\n' or '\\r\\n', got ${JSON.stringify(newline)}.`);
  const lines = [header.map((name) => csvCell(name, delimiter)).join(delimiter)];
  for (const row of rows) lines.push(row.map((cell) => csvCell(cell, delimiter)).join(delimiter));
  return lines.join(newline) + newline;
}

/** nodes.csv for a network: id, label, type, sector, region, pioneer, themes, then every attribute. */
export function writeNodesCsv(network: Network, options: CsvWriteOptions = {}): string {
  checkNetwork(network, 'writeNodesCsv');
  const names = attributeNames(network.organisations.map((organisation) => organisation.attributes));
  const header = ['id', 'label', 'type', 'sector', 'region', 'pioneer', 'themes', ...names];
  const rows = network.organisations.map((organisation) => [
    organisation.id,
    organisation.label,
    organisation.type,
    organisation.sector,
    organisation.region,
    organisation.pioneer,
    organisation.themes.join(';'),
    ...names.map((name) => valueOf(organisation.attributes, name)),
  ]);
  return writeCsv(header, rows, options);
}

/** edges.csv for a network: one row per flow as read (repeated flows and self-loops included). */
export function writeEdgesCsv(network: Network, options: CsvWriteOptions = {}): string {
  checkNetwork(network, 'writeEdgesCsv');
  const { flows, organisations } = network;
  const names = [...flows.attributes.keys()];
  const columns = names.map((name) => flows.attributes.get(name)!);
  const header = ['source', 'target', 'weight', 'type', 'date', ...names];
  function* rows(): Generator<unknown[]> {
    for (let f = 0; f < flows.count; f++) {
      yield [organisations[flows.source[f]].id, organisations[flows.target[f]].id, flows.weight[f], flows.type(f), flows.date(f), ...columns.map((column) => column[f])];
    }
  }
  return writeCsv(header, rows(), options);
}

// Attribute columns in first-seen order across all records.
function attributeNames(records: readonly Readonly<Record<string, AttributeValue>>[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record)) names.add(name);
  return [...names];
}

function valueOf(record: Readonly<Record<string, AttributeValue>>, name: string): AttributeValue | undefined {
  return Object.prototype.hasOwnProperty.call(record, name) ? record[name] : undefined;
}
