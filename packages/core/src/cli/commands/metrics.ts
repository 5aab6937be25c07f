// `knet metrics`: one row per organisation with every SPEC section 4 column, then its input attributes,
// as CSV (default) or JSON.
import { metricColumnsFor } from '../../metrics/catalogue.js';
import type { MetricsReport } from '../../metrics/report-types.js';
import type { AttributeValue } from '../../model/attributes.js';
import { csvDocument } from '../csv.js';
import { formatNumber, jsonNumber, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand } from '../options.js';
import { emit } from '../output.js';
import { computeReport } from '../compute.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['csv', 'json'] as const;

const HELP = `Usage: knet metrics --nodes FILE --edges FILE [options]

One row per organisation: id, label, every metric (ties, brokerage, closeness, reach, isolation...;
docs/metrics.md explains each in a funder's words), then the organisation's own columns (type, sector,
region, pioneer, themes and any others). Numbers have up to 10 significant digits; an empty cell means
the metric is not defined there (eigenvector on a split network, constraint with no ties).

${commonHelp(FORMATS)}
Examples:
  knet metrics --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --out metrics.csv
  knet metrics --edges flows.csv --directed --horizon 3
  knet metrics network.gexf --format json > metrics.json
`;

export const metricsCommand: Command = {
  name: 'metrics',
  summary: 'one row per organisation: every metric, then its attributes (CSV or JSON)',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common } = parseCommand('metrics', argv, FORMATS, {}, () => ({}));
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network } = await loadNetwork(common, terminal);
    const report = await computeReport(network, common, terminal);
    const text = common.format === 'json' ? toJson(metricsJson(report)) : metricsCsv(report);
    await emit(text, common, terminal, `metrics for ${network.order} organisations`);
    return 0;
  },
};

/** Extra attribute names in first-seen order. */
function extraNames(report: MetricsReport): string[] {
  const names = new Set<string>();
  for (const organisation of report.network.organisations) for (const name of Object.keys(organisation.attributes)) names.add(name);
  return [...names];
}

const FIELDS = ['type', 'sector', 'region', 'pioneer', 'themes'] as const;

export function metricsCsv(report: MetricsReport): string {
  const columns = metricColumnsFor(report.network.directed).filter((column) => report.columns[column.id]);
  const extras = extraNames(report);
  const fixed = ['id', 'label', ...columns.map((column) => column.id), ...FIELDS];
  const header = [...fixed, ...attributeHeaders(fixed, extras)];
  const rows = report.network.organisations.map((organisation, v) => [
    organisation.id,
    organisation.label,
    ...columns.map((column) => formatNumber(report.columns[column.id]![v])),
    organisation.type,
    organisation.sector,
    organisation.region,
    organisation.pioneer ? 'true' : 'false',
    organisation.themes.join(';'),
    ...extras.map((name) => attributeText(organisation.attributes[name])),
  ]);
  return csvDocument(header, rows);
}

export function metricsJson(report: MetricsReport) {
  const columns = metricColumnsFor(report.network.directed).filter((column) => report.columns[column.id]);
  return {
    directed: report.network.directed,
    horizon: report.horizon,
    columns: columns.map((column) => column.id),
    organisations: report.network.organisations.map((organisation, v) => ({
      id: organisation.id,
      label: organisation.label,
      metrics: Object.fromEntries(columns.map((column) => [column.id, jsonNumber(report.columns[column.id]![v])])),
      type: organisation.type,
      sector: organisation.sector,
      region: organisation.region,
      pioneer: organisation.pioneer,
      themes: organisation.themes,
      // A plain object built from entries: a column named __proto__ stays a column in the JSON text.
      attributes: Object.fromEntries(Object.entries(organisation.attributes)),
    })),
  };
}

/**
 * Unique header names for the attribute columns (compared case-insensitively, as spreadsheets do). An
 * attribute keeps its own name when it is free; one named like a metric or field is written `attribute_<name>`,
 * and if an attribute already has that name too, `attribute_<name>_2`, `_3`...: no two columns share a name.
 */
export function attributeHeaders(fixed: readonly string[], attributes: readonly string[]): string[] {
  const key = (name: string) => name.toLowerCase();
  const reserved = new Set(fixed.map(key));
  const taken = new Set(reserved);
  const keeps = attributes.map((name) => {
    if (reserved.has(key(name)) || taken.has(key(name))) return false;
    taken.add(key(name));
    return true;
  });
  return attributes.map((name, i) => {
    if (keeps[i]) return name;
    let header = `attribute_${name}`;
    for (let n = 2; taken.has(key(header)); n++) header = `attribute_${name}_${n}`;
    taken.add(key(header));
    return header;
  });
}

function attributeText(value: AttributeValue | undefined): string {
  if (value === undefined) return '';
  return typeof value === 'number' ? formatNumber(value) : String(value);
}
