// Help texts: the options every command shares, and `knet --help`. Each command adds its own purpose,
// options and examples (commands/*.ts).
import { COMPUTE_DEFAULTS } from './compute.js';
import type { Format } from './options.js';
import type { Terminal } from './terminal.js';

export interface Command {
  readonly name: string;
  /** One line for `knet --help`. */
  readonly summary: string;
  /** The full `knet <command> --help` text. */
  readonly help: string;
  /** Runs with the arguments after the command name; returns the exit code. */
  run(argv: string[], terminal: Terminal): Promise<number>;
}

const count = (value: number) => value.toLocaleString('en-GB');

/** The input and output options, worded for `formats` (the first is the default). */
export function commonHelp(formats: readonly Format[]): string {
  return `Input (CSV, comma/semicolon/tab, UTF-8 or Windows-1252):
  --nodes FILE         organisations: id, label, type, sector, region, pioneer, themes, any other column
                       (can be given alone: organisations with no flows yet)
  --edges FILE         knowledge flows: source, target, weight, type, date (can be given alone)
  --file FILE          a whole network in GEXF, GraphML or graphology JSON instead of CSV
  FILE                 one file without a flag: an edges CSV, or GEXF/GraphML/JSON by its extension
  --directed           flows run from source to target (who shares knowledge with whom)

Options:
  --horizon N          steps counted by reach and isolation, 1 to 1000 (default 2: a partner, or a partner's partner)
  --format ${formats.join('|').padEnd(11)} output format (default ${formats[0]})
  --out FILE           write the result to FILE instead of the screen
  --strict             stop at any input warning (exit 1) instead of keeping the valid rows
  --quiet              no warnings or notes on stderr
  --exact              exact betweenness, closeness and harmonic above ${count(COMPUTE_DEFAULTS.sampleAbove)} organisations too
                       (by default they are estimated there from ${count(COMPUTE_DEFAULTS.sampleSources)} sampled organisations)
  -h, --help           show this help

Which flows and organisations count:
  --as-of DATE         only flows observed by DATE (2014 means by 31 December 2014)
  --window N           only flows in the last N months (1 to 1200), ending at --as-of or else at the latest flow date
  --without F=V[,V]    remove a group first, e.g. --without type=funder (any column; several values)
  --anonymise          replace names with stable pseudonyms, except organisations that consented
  --consent FILE       ids or labels that keep their names, one a line (default: a consent column)
  --mapping FILE       with --anonymise, write the real name to pseudonym mapping to FILE

Exit codes: 0 done, 1 a problem with the input (named with file and line), 2 a mistake in the command.
`;
}

export function knetHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return `knet: map knowledge networks between public-service organisations, and find the pioneers cut off from them.

Usage: knet <command> --nodes FILE --edges FILE [options]

Commands:
${commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`).join('\n')}

Run knet <command> --help for its options and examples.

Examples:
  knet summary --nodes nodes.csv --edges edges.csv
  knet pioneers --nodes nodes.csv --edges edges.csv --relative 0.5
  knet metrics --nodes nodes.csv --edges edges.csv --out metrics.csv
  knet metrics network.gexf --format json
  knet introduce --pioneers --nodes nodes.csv --edges edges.csv
  knet plan --budget 2 --nodes nodes.csv --edges edges.csv
  knet whatif --add A,B --add C,D --nodes nodes.csv --edges edges.csv
  knet trend --by year --nodes nodes.csv --edges edges.csv
  knet report --nodes nodes.csv --edges edges.csv --out report.html

Other:
  knet --version       print the version
  knet --help          show this help
`;
}
