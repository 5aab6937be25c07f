// `knet whatif --add A,B [--add C,D] [--remove E,F]`: the network's figures and each pioneer's isolation
// before and after the change, side by side, so a funder can see what a funded tie (or a lost one) would do.
import { percent, plural } from '../../isolation/ranks.js';
import { WEAKLY_CONNECTED_DEFAULTS } from '../../isolation/weakly-connected.js';
import { tieChangesProblem, whatIf, type NetworkFigures, type TiePair, type WhatIf } from '../../weaving/whatif.js';
import { formatChange, showFigure, WHATIF_FIGURES } from '../../weaving/whatif-wording.js';
import { computeReport } from '../compute.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatNumber, jsonNumber, plainText, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { organisationName } from '../names.js';
import { parseCommand, readShare } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { parseTie } from '../ties.js';

const FORMATS = ['table', 'csv', 'json'] as const;

const HELP = `Usage: knet whatif --add A,B [--add C,D] [--remove E,F] --nodes FILE --edges FILE [options]

Shows what the network would look like with some ties added (an introduction funded) or removed (a
partnership lost), before and after side by side: fragmentation, components, average reach, modularity of
the communities (found again after the change), and each pioneer's isolation with the change.
A tie joins two organisations both ways, whatever --directed says; removing one drops every flow between
the two. A, B... are ids as in the nodes file; an id holding a comma is quoted: --add '"Smith, Jones",B'.
An id that is not in the network, adding a tie that exists or removing one that does not is a mistake in
the command (exit 2).

  --add A,B            add a tie between A and B (repeat for more)
  --remove A,B         remove the tie between A and B (repeat for more)
  --relative R         the weakly connected bar, as knet pioneers (default ${WEAKLY_CONNECTED_DEFAULTS.relative})

${commonHelp(FORMATS)}
Examples:
  knet whatif --add tarnside-community-transport-mutual,kelbridge-green-transport-cic --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv
  knet whatif --add A,B --add C,D --remove E,F --nodes nodes.csv --edges edges.csv --format json
`;

interface WhatIfCommandOptions {
  add: TiePair[];
  remove: TiePair[];
  relative: number;
}

export const whatifCommand: Command = {
  name: 'whatif',
  summary: 'the network and each pioneer before and after adding or removing ties',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<WhatIfCommandOptions>(
      'whatif',
      argv,
      FORMATS,
      { add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true }, relative: { type: 'string' } },
      (values) => {
        const add = ((values.add as string[] | undefined) ?? []).map((text) => parseTie('whatif', 'add', text));
        const remove = ((values.remove as string[] | undefined) ?? []).map((text) => parseTie('whatif', 'remove', text));
        if (add.length + remove.length === 0) throw new UsageError('whatif', 'nothing to change: give --add A,B or --remove A,B');
        return { add, remove, relative: readShare('whatif', 'relative', values.relative as string | undefined, WEAKLY_CONNECTED_DEFAULTS.relative) };
      },
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    const { network, source } = await loadNetwork(common, terminal);
    const changes = { add: extra.add, remove: extra.remove };
    // The ids are typed on the command line, so a wrong one is a usage mistake, found before any metric.
    const problem = tieChangesProblem(network, changes);
    if (problem) throw new UsageError('whatif', problem);
    const before = await computeReport(network, common, terminal);
    const result = whatIf(network, changes, { horizon: common.horizon, relative: extra.relative, before });
    const text = common.format === 'json' ? toJson(whatifJson(result, extra, common.horizon)) : common.format === 'csv' ? whatifCsv(result) : whatifText(result, extra, source, common.horizon);
    await emit(text, common, terminal, 'the comparison');
    return 0;
  },
};


function tieList(options: WhatIfCommandOptions): string {
  return [...options.add.map(([a, b]) => `add ${a},${b}`), ...options.remove.map(([a, b]) => `remove ${a},${b}`)].join('; ');
}

function whatifText(result: WhatIf, options: WhatIfCommandOptions, source: string, horizon: number): string {
  const lines = [`What if, in ${plainText(source)}: ${plainText(tieList(options))}`, ''];
  const figures = renderTable(
    [{ header: '' }, { header: 'before', right: true }, { header: 'after', right: true }, { header: 'change', right: true }],
    WHATIF_FIGURES.map(([key, label, share]) => [label, showFigure(result.before[key], share), showFigure(result.after[key], share), formatChange(result.before[key], result.after[key], share)]),
    '  ',
  );
  lines.push(figures);
  if (result.pioneers.length === 0) {
    lines.push('No organisation is marked as a pioneer.');
    return `${lines.join('\n')}\n`;
  }
  // Shown: pioneers weakly connected before or after, and any whose isolation changes.
  const shown = result.pioneers.filter((p) => p.weakBefore || p.weakAfter || p.isolationBefore !== p.isolationAfter);
  lines.push(`Pioneers' isolation (share of the network more than ${plural(horizon, 'step', 'steps')} away):`, '');
  const status = (weak: boolean) => (weak ? 'weakly connected' : '');
  const rows = shown.map((p) => [
    organisationName(p.organisation),
    percent(p.isolationBefore),
    percent(p.isolationAfter),
    formatChange(p.isolationBefore, p.isolationAfter, true),
    p.weakBefore === p.weakAfter ? status(p.weakBefore) : p.weakBefore ? 'no longer weakly connected' : 'now weakly connected',
  ]);
  lines.push(
    renderTable([{ header: 'pioneer' }, { header: 'before', right: true }, { header: 'after', right: true }, { header: 'change', right: true }, { header: '' }], rows, '  '),
  );
  const others = result.pioneers.length - shown.length;
  if (others > 0) lines.push(`${plural(others, 'other pioneer', 'other pioneers')}: no change, not weakly connected.`);
  return `${lines.join('\n')}\n`;
}

function whatifCsv(result: WhatIf): string {
  const header = ['kind', 'id', 'label', 'measure', 'before', 'after', 'change'];
  const rows = [
    ...WHATIF_FIGURES.map(([key]) => ['network', '', '', key, formatNumber(result.before[key]), formatNumber(result.after[key]), formatNumber(result.after[key] - result.before[key])]),
    ...result.pioneers.map((p) => [
      'pioneer', p.organisation.id, p.organisation.label, 'isolation',
      formatNumber(p.isolationBefore), formatNumber(p.isolationAfter), formatNumber(p.isolationAfter - p.isolationBefore),
    ]),
  ];
  return csvDocument(header, rows);
}

function whatifJson(result: WhatIf, options: WhatIfCommandOptions, horizon: number) {
  const side = (figures: NetworkFigures) => Object.fromEntries(WHATIF_FIGURES.map(([key]) => [key, jsonNumber(figures[key])]));
  return {
    horizon,
    added: options.add.map(([a, b]) => [a, b]),
    removed: options.remove.map(([a, b]) => [a, b]),
    before: side(result.before),
    after: side(result.after),
    pioneers: result.pioneers.map((p) => ({
      id: p.organisation.id,
      label: p.organisation.label,
      isolationBefore: jsonNumber(p.isolationBefore),
      isolationAfter: jsonNumber(p.isolationAfter),
      weaklyConnectedBefore: p.weakBefore,
      weaklyConnectedAfter: p.weakAfter,
    })),
  };
}
