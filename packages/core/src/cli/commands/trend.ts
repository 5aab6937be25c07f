// `knet trend --by year|quarter`: how the network grew, period by period (cumulative), and how cut off each
// pioneer was in each period. A table for people, CSV (periods, or --pioneers for one row per pioneer and period) or JSON.
import { percent } from '../../isolation/ranks.js';
import { type Trend, trend, TREND_DEFAULTS, type TrendMembers } from '../../time/trend.js';
import type { PeriodUnit } from '../../time/periods.js';
import type { UndatedFlows } from '../../time/slice.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatCount, formatNumber, jsonNumber, plainText, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand, readChoice, readShare } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { NO_DATED_FLOWS, stepsText, trendTable } from '../wording.js';

const FORMATS = ['table', 'csv', 'json'] as const;

/** Pioneer columns the table shows at most (the latest periods); CSV and JSON have every period. */
const TABLE_PERIODS = 8;

const HELP = `Usage: knet trend --nodes FILE --edges FILE [--by year|quarter|month] [options]

How the network grew. For each period, from the earliest flow date to the latest, the network of every
flow observed by the period's end (cumulative): flows, fragmentation (share of pairs that cannot reach
each other), groups (components), the share in the main network, average reach, and the number of weakly
connected pioneers; then each pioneer's isolation (share of the network more than --horizon steps away)
period by period. Weakly connected is judged within each period (outside its main network, or reach at
most --relative times that period's median).

  --by UNIT            year (default), quarter or month
  --relative R         the weakly connected bar, as a share of the median reach (default 0.5)
  --members M          all (default): every organisation in every period, so figures compare like for
                       like (one that has no flow yet counts as cut off); joined: only organisations
                       named by a flow observed by the period's end
  --undated U          drop (default): flows without a date are in no period; keep: in every period.
                       Either way their number is said on stderr
  --pioneers           CSV: one row per pioneer and period instead of one row per period

${commonHelp(FORMATS)}
Examples:
  knet trend --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --by year
  knet trend --nodes nodes.csv --edges edges.csv --by quarter --format csv --out trend.csv
  knet trend --nodes nodes.csv --edges edges.csv --format csv --pioneers --anonymise
`;

interface TrendCommandOptions {
  by: PeriodUnit;
  relative: number;
  members: TrendMembers;
  undated: UndatedFlows;
  pioneers: boolean;
}

export const trendCommand: Command = {
  name: 'trend',
  summary: 'period by period: fragmentation, groups, reach and each pioneer\'s isolation as the network grew',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<TrendCommandOptions>(
      'trend',
      argv,
      FORMATS,
      { by: { type: 'string' }, relative: { type: 'string' }, members: { type: 'string' }, undated: { type: 'string' }, pioneers: { type: 'boolean' } },
      (values) => ({
        by: readChoice('trend', 'by', values.by as string | undefined, ['year', 'quarter', 'month'], TREND_DEFAULTS.by),
        relative: readShare('trend', 'relative', values.relative as string | undefined, TREND_DEFAULTS.relative),
        members: readChoice('trend', 'members', values.members as string | undefined, ['all', 'joined'], TREND_DEFAULTS.members),
        undated: readChoice('trend', 'undated', values.undated as string | undefined, ['drop', 'keep'], TREND_DEFAULTS.undated),
        pioneers: Boolean(values.pioneers),
      }),
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    if (extra.pioneers && common.format !== 'csv') throw new UsageError('trend', '--pioneers chooses the CSV layout; use it with --format csv');
    const { network, source } = await loadNetwork(common, terminal);
    const result = trend(network, { by: extra.by, horizon: common.horizon, relative: extra.relative, members: extra.members, undated: extra.undated });
    if (!common.quiet && result.undated > 0) {
      const where = result.undatedPolicy === 'drop' ? 'left out of every period' : 'counted in every period';
      terminal.stderr.write(`knet: ${formatCount(result.undated)} ${result.undated === 1 ? 'flow has' : 'flows have'} no date: ${where} (--undated)\n`);
    }
    const text =
      common.format === 'json' ? toJson(trendJson(result)) : common.format === 'csv' ? (extra.pioneers ? pioneersCsv(result) : trendCsv(result)) : trendText(result, source);
    await emit(text, common, terminal, `the trend (${result.periods.length} periods)`);
    return 0;
  },
};

function trendText(result: Trend, source: string): string {
  const steps = stepsText(result.horizon);
  const lines = [
    `Trend in ${plainText(source)}, by ${result.by}: each row holds every flow observed by the end of its period`,
    result.members === 'all' ? 'Every organisation counts in every period (--members joined: only those with a flow so far).' : 'Only organisations named by a flow observed so far count in each period.',
    '',
  ];
  if (result.periods.length === 0) {
    lines.push(NO_DATED_FLOWS);
    return `${lines.join('\n')}\n`;
  }
  const table = trendTable(result);
  lines.push(renderTable(table.columns, table.rows));
  const pioneers = result.periods[0].pioneers;
  if (pioneers.length === 0) {
    lines.push('No organisation is marked as a pioneer, so there is no pioneer table.');
    return `${lines.join('\n')}\n`;
  }
  const shown = result.periods.slice(-TABLE_PERIODS);
  const cut = result.periods.length - shown.length;
  lines.push(
    `Pioneers: isolation (share of the network more than ${steps} away) in each period; * weakly connected, – not yet in the network.`,
    cut > 0 ? `The latest ${shown.length} periods (CSV and JSON have all ${result.periods.length}).` : '',
  );
  // Most isolated at the end first: the pioneers a funder should look at.
  const order = pioneers.map((_, k) => k).sort((x, y) => isolationAt(result, x) - isolationAt(result, y) || x - y);
  const pioneerRows = order.map((k) => [
    pioneers[k].label,
    ...shown.map((period) => {
      const entry = period.pioneers[k];
      if (!entry.present || !Number.isFinite(entry.isolation)) return '–';
      return `${percent(entry.isolation)}${entry.weak ? '*' : ' '}`;
    }),
  ]);
  lines.push(renderTable([{ header: 'pioneer' }, ...shown.map((period) => ({ header: `${period.label} `, right: true }))], pioneerRows));
  return `${lines.filter((line, i) => line !== '' || lines[i - 1] !== '').join('\n')}`;
}

/** Sort key: most isolated in the last period first (NaN, not present, last). */
function isolationAt(result: Trend, k: number): number {
  const entry = result.periods[result.periods.length - 1].pioneers[k];
  return Number.isFinite(entry.isolation) ? -entry.isolation : Number.POSITIVE_INFINITY;
}

function trendCsv(result: Trend): string {
  const header = ['period', 'start', 'end', 'flows', 'new_flows', 'organisations', 'fragmentation', 'components', 'largest_share', 'isolates', 'average_reach', 'median_reach', 'weak_pioneers'];
  const rows = result.periods.map((p) => [
    p.label, p.start, p.end, String(p.flows), String(p.newFlows), String(p.organisations), formatNumber(p.fragmentation), String(p.components),
    formatNumber(p.largestShare), String(p.isolates), formatNumber(p.averageReach), formatNumber(p.medianReach), String(p.weakPioneers),
  ]);
  return csvDocument(header, rows);
}

function pioneersCsv(result: Trend): string {
  const header = ['period', 'id', 'label', 'present', 'reach', 'isolation', 'component', 'weakly_connected'];
  const rows = result.periods.flatMap((p) =>
    p.pioneers.map((entry) => [
      p.label, entry.id, entry.label, String(entry.present), formatNumber(entry.reach), formatNumber(entry.isolation),
      entry.present ? String(entry.component) : '', String(entry.weak),
    ]),
  );
  return csvDocument(header, rows);
}

function trendJson(result: Trend) {
  return {
    by: result.by,
    horizon: result.horizon,
    relative: result.relative,
    members: result.members,
    undated: { flows: result.undated, policy: result.undatedPolicy },
    periods: result.periods.map((p) => ({
      label: p.label,
      start: p.start,
      end: p.end,
      flows: p.flows,
      newFlows: p.newFlows,
      organisations: p.organisations,
      fragmentation: jsonNumber(p.fragmentation),
      components: p.components,
      largestShare: jsonNumber(p.largestShare),
      isolates: p.isolates,
      averageReach: jsonNumber(p.averageReach),
      medianReach: jsonNumber(p.medianReach),
      weakPioneers: p.weakPioneers,
      pioneers: p.pioneers.map((entry) => ({
        id: entry.id,
        label: entry.label,
        present: entry.present,
        reach: jsonNumber(entry.reach),
        isolation: jsonNumber(entry.isolation),
        component: entry.component,
        weak: entry.weak,
      })),
    })),
  };
}
