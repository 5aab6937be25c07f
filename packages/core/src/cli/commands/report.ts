// `knet report`: the report a funder can send, as one self-contained HTML file (report/ in core builds it;
// the dashboard's "Export report" writes the same file). Opens in any browser with no network, prints to PDF.
import { WEAKLY_CONNECTED_DEFAULTS } from '../../isolation/weakly-connected.js';
import { HTML_REPORT_DEFAULTS, reportHtml } from '../../report/report.js';
import type { PeriodUnit } from '../../time/periods.js';
import { computeReport } from '../compute.js';
import { UsageError } from '../errors.js';
import { checkGroupingColumn } from '../grouping.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { type CommonOptions, parseCommand, readChoice, readCount, readShare } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { version } from '../version.js';

const FORMATS = ['html'] as const;

const HELP = `Usage: knet report --nodes FILE --edges FILE --out report.html [--by sector] [--top 3] [options]

Writes the report a funder can send: one HTML file that opens in any browser without a server or a network
connection, and prints to PDF from the browser (File > Print > Save as PDF) with no table cut off. It holds
  - the network in figures (as knet summary)
  - the weakly connected pioneers, most isolated first, with their reasons and the --top introductions
    that would help each most, and who could make them (as knet pioneers and knet introduce --pioneers)
  - the silo matrix: ties between the --by groups, with each group's E-I index (as knet brokers --by)
  - trends per --periods when the flows have dates (as knet trend); "no dated flows" otherwise
  - a picture of the map (a seeded ForceAtlas2 layout: the same files give the same picture; networks of
    more than 600 organisations show the 600 with the most ties, and say so)
  - how it was made: the input files, the horizon, the date
Without --out the HTML goes to the screen (for knet report ... > report.html). The footer's date is now, or
SOURCE_DATE_EPOCH (seconds since 1970) when set, so a rerun on the same files gives the same bytes.
With --anonymise every name in the report is a pseudonym, except organisations that consented
(--consent FILE or a consent column); --mapping FILE writes the key, only when asked.

  --by GROUPING        the silo matrix's groups and the map's colours: sector (default), type, region, or
                       any column of the nodes file
  --top N              suggested introductions per weakly connected pioneer (default ${HTML_REPORT_DEFAULTS.top})
  --relative R         the weakly connected bar, as a share of the median reach (default ${WEAKLY_CONNECTED_DEFAULTS.relative})
  --periods UNIT       trend periods: year (default), quarter or month

${commonHelp(FORMATS)}
Examples:
  knet report --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --out northfold-report.html
  knet report --nodes nodes.csv --edges edges.csv --by type --top 5 --out report.html
  knet report --nodes nodes.csv --edges edges.csv --anonymise --mapping key.csv --out report-anonymised.html
`;

interface ReportCommandOptions {
  by: string;
  top: number;
  relative: number;
  periods: PeriodUnit;
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'the report a funder can send: one self-contained HTML file (figures, pioneers, silos, trends, map)',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<ReportCommandOptions>(
      'report',
      argv,
      FORMATS,
      { by: { type: 'string' }, top: { type: 'string' }, relative: { type: 'string' }, periods: { type: 'string' } },
      (values) => {
        const by = values.by as string | undefined;
        if (by !== undefined && by.trim() === '') throw new UsageError('report', '--by needs a column name, such as sector');
        return {
          by: by?.trim() ?? HTML_REPORT_DEFAULTS.by,
          top: readCount('report', 'top', values.top as string | undefined, HTML_REPORT_DEFAULTS.top),
          relative: readShare('report', 'relative', values.relative as string | undefined, WEAKLY_CONNECTED_DEFAULTS.relative),
          periods: readChoice('report', 'periods', values.periods as string | undefined, ['year', 'quarter', 'month'], HTML_REPORT_DEFAULTS.trendBy),
        };
      },
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const generated = generatedDate();
    const { network, source, anonymised } = await loadNetwork(common, terminal);
    checkGroupingColumn(network, 'report', extra.by, 'sector, type, region');
    const report = await computeReport(network, common, terminal);
    const html = reportHtml(report, {
      source,
      by: extra.by,
      top: extra.top,
      relative: extra.relative,
      trendBy: extra.periods,
      anonymised,
      notes: viewNotes(common),
      generator: `knet ${version()}`,
      generated,
    });
    await emit(html, common, terminal, 'the report');
    return 0;
  },
};

const LAST_EPOCH_SECOND = 253_402_300_799;

/** Now, or SOURCE_DATE_EPOCH (seconds) when set, the reproducible-builds convention: the same files then give the same bytes. */
function generatedDate(): Date {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch.trim() === '') return new Date();
  const seconds = /^\s*\d+\s*$/.test(epoch) ? Number(epoch) : Number.NaN;
  // Up to the last second of 9999: later dates cannot be written as a four-digit year.
  if (!Number.isSafeInteger(seconds) || seconds > LAST_EPOCH_SECOND) {
    throw new UsageError('report', `SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, from 0 to ${LAST_EPOCH_SECOND} (got "${epoch}")`);
  }
  return new Date(seconds * 1000);
}

/** The options that cut the network, as typed, for the report's footer. */
function viewNotes(common: CommonOptions): string[] {
  const { asOf, window, without } = common.view;
  const notes: string[] = [];
  if (window !== undefined) notes.push(`--window ${window}: only flows in the ${window} months to ${asOf ?? 'the latest flow date'}`);
  else if (asOf !== undefined) notes.push(`--as-of ${asOf}: only flows observed by then`);
  if (without) notes.push(`--without ${without.text}: that group removed`);
  return notes;
}
