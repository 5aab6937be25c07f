// `knet pioneers`: weakly connected pioneers (SPEC section 6), most isolated first, each with its reasons;
// `--all` drops the pioneer condition. A readable list by default, or CSV / JSON.
import { median } from '../../isolation/ranks.js';
import { type WeakConnection, weaklyConnected, WEAKLY_CONNECTED_DEFAULTS } from '../../isolation/weakly-connected.js';
import { reportColumn, type MetricsReport } from '../../metrics/report-types.js';
import { csvDocument } from '../csv.js';
import { formatCount, formatNumber, jsonNumber, plainText, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { organisationName } from '../names.js';
import { parseCommand, readShare } from '../options.js';
import { emit } from '../output.js';
import { NO_PIONEERS_MARKED, pioneerFacts, weakDefinition } from '../wording.js';
import { computeReport } from '../compute.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['table', 'csv', 'json'] as const;

const HELP = `Usage: knet pioneers --nodes FILE --edges FILE [--relative 0.5] [--all] [options]

Lists the weakly connected pioneers, most isolated first, each with the reasons in words. A pioneer
(pioneer column true/yes/1) is weakly connected when it is outside the main network, or when its reach
(the share of organisations within --horizon steps) is at most --relative times the median reach.
Reasons come from its own metrics: no ties, outside the main network, low reach, few ties, all ties
inside one sector or community, a closed circle (high constraint), far from every broker.

  --relative R         the bar, as a share of the median organisation's reach (default 0.5)
  --all                every weakly connected organisation, pioneer or not

${commonHelp(FORMATS)}
Examples:
  knet pioneers --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv
  knet pioneers --nodes nodes.csv --edges edges.csv --relative 0.3 --format csv --out pioneers.csv
  knet pioneers --nodes nodes.csv --edges edges.csv --all --horizon 3
`;

interface PioneerOptions {
  relative: number;
  all: boolean;
}

export const pioneersCommand: Command = {
  name: 'pioneers',
  summary: 'the weakly connected pioneers, most isolated first, with their reasons',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<PioneerOptions>(
      'pioneers',
      argv,
      FORMATS,
      { relative: { type: 'string' }, all: { type: 'boolean' } },
      (values) => ({
        relative: readShare('pioneers', 'relative', values.relative as string | undefined, WEAKLY_CONNECTED_DEFAULTS.relative),
        all: Boolean(values.all),
      }),
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const report = await computeReport(network, common, terminal);
    const found = weaklyConnected(report, { relative: extra.relative, pioneersOnly: !extra.all });
    const listing = describe(report, found, extra);
    const text =
      common.format === 'json' ? toJson(pioneersJson(listing)) : common.format === 'csv' ? pioneersCsv(listing) : pioneersText(listing, source);
    await emit(text, common, terminal, `${found.length} ${extra.all ? 'organisations' : 'pioneers'}`);
    return 0;
  },
};

interface Listing {
  report: MetricsReport;
  found: WeakConnection[];
  options: PioneerOptions;
  pioneers: number;
  medianReach: number;
}

function describe(report: MetricsReport, found: WeakConnection[], options: PioneerOptions): Listing {
  const pioneers = report.network.organisations.filter((organisation) => organisation.pioneer).length;
  return { report, found, options, pioneers, medianReach: median(reportColumn(report, 'reach')) };
}

function pioneersText(listing: Listing, source: string): string {
  const { report, found, options, pioneers, medianReach } = listing;
  const n = report.network.order;
  const who = options.all ? 'organisations' : 'pioneers';
  const lines = [`Weakly connected ${who} in ${plainText(source)}`, ...weakDefinition(options.relative, medianReach, report.horizon), ''];
  if (!options.all && pioneers === 0) {
    lines.push(`${NO_PIONEERS_MARKED}, or use --all.`);
    return `${lines.join('\n')}\n`;
  }
  const population = options.all ? `${formatCount(n)} organisations` : `${formatCount(pioneers)} pioneers`;
  if (found.length === 0) {
    lines.push(`None of the ${population} is weakly connected.`);
    return `${lines.join('\n')}\n`;
  }
  lines.push(`${formatCount(found.length)} of the ${population}, most isolated first:`, '');
  const width = String(found.length).length;
  found.forEach((entry, rank) => {
    const { organisation } = entry;
    lines.push(`${String(rank + 1).padStart(width)}. ${plainText(organisationName(organisation))}${options.all && organisation.pioneer ? '  [pioneer]' : ''}`);
    const pad = ' '.repeat(width + 2);
    lines.push(`${pad}${plainText(pioneerFacts(entry, report.horizon))}`);
    for (const reason of entry.reasons) lines.push(`${pad}- ${plainText(reason.text)}`);
    lines.push('');
  });
  return `${lines.join('\n')}`;
}

function pioneersCsv(listing: Listing): string {
  const header = ['rank', 'id', 'label', 'type', 'sector', 'region', 'pioneer', 'reach', 'isolation', 'ties', 'component', 'reasons', 'reason_codes'];
  const rows = listing.found.map((entry, rank) => [
    String(rank + 1),
    entry.organisation.id,
    entry.organisation.label,
    entry.organisation.type,
    entry.organisation.sector,
    entry.organisation.region,
    entry.organisation.pioneer ? 'true' : 'false',
    formatNumber(entry.reach),
    formatNumber(entry.isolation),
    String(entry.ties),
    String(entry.component),
    entry.reasons.map((reason) => reason.text).join('; '),
    entry.reasons.map((reason) => reason.code).join(';'),
  ]);
  return csvDocument(header, rows);
}

function pioneersJson(listing: Listing) {
  const { report, found, options, pioneers, medianReach } = listing;
  return {
    horizon: report.horizon,
    relative: options.relative,
    pioneersOnly: !options.all,
    medianReach: jsonNumber(medianReach),
    organisations: report.network.order,
    pioneers,
    weaklyConnected: found.map((entry, rank) => ({
      rank: rank + 1,
      id: entry.organisation.id,
      label: entry.organisation.label,
      type: entry.organisation.type,
      sector: entry.organisation.sector,
      region: entry.organisation.region,
      pioneer: entry.organisation.pioneer,
      reach: jsonNumber(entry.reach),
      isolation: jsonNumber(entry.isolation),
      ties: entry.ties,
      component: entry.component,
      reasons: entry.reasons.map((reason) => ({ code: reason.code, text: reason.text, numbers: reason.numbers })),
    })),
  };
}
