// `knet dependence --without type=funder`: does the network survive without a group? The network figures
// with and without it, and the organisations that lose most reach (those that reached the rest only through it).
import { percent } from '../../isolation/ranks.js';
import type { Network } from '../../model/network.js';
import { type Dependence, dependence, type DependenceFigures } from '../../weaving/dependence.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatCount, formatFigure, formatNumber, jsonNumber, plainText, renderFields, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { parseCommand, readTop } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';

const FORMATS = ['table', 'csv', 'json'] as const;
const TABLE_TOP = 20;

const HELP = `Usage: knet dependence --nodes FILE --edges FILE --without FIELD=VALUE [--top N] [options]

Which organisations reach the rest only through a group (the funders, the councils, one programme's
members...). The group named by --without is removed with its flows; the network is measured with and
without it, and each remaining organisation's reach (organisations outside the group within --horizon
steps) is counted both ways, so the loss is what the group's presence was worth to it. The survival
figure is the share of pairs of remaining organisations that can still reach each other (in one
component, direction ignored), with the group and without it.

  --without F=V[,V]    the group: any column and one or more values (type=funder, sector=health,housing)
  --top N              organisations listed (default: 20 in the table, all in CSV and JSON)

(Every other command takes --without too, and then simply computes everything without the group.)

${commonHelp(FORMATS)}
Examples:
  knet dependence --nodes data/northfold/nodes.csv --edges data/northfold/edges.csv --without type=funder --top 10
  knet dependence --nodes nodes.csv --edges edges.csv --without type=council --format csv --out loss.csv
  knet dependence --nodes nodes.csv --edges edges.csv --without type=funder,government --directed
`;

export const dependenceCommand: Command = {
  name: 'dependence',
  summary: 'does the network survive without a group (--without type=funder)? who loses most reach',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand('dependence', argv, FORMATS, { top: { type: 'string' } }, (values) => ({
      top: readTop('dependence', values.top as string | undefined),
    }));
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    if (!common.view.without) throw new UsageError('dependence', 'say which group to take away: --without FIELD=VALUE, such as --without type=funder');
    const { withGroup, source } = await loadNetwork(common, terminal);
    const { network, group, choice } = withGroup!;
    const result = dependence(network, group, { horizon: common.horizon });
    const top = extra.top ?? (common.format === 'table' ? TABLE_TOP : result.organisations.length);
    const listing: Listing = { network, result, top, without: choice.text };
    const text = common.format === 'json' ? toJson(dependenceJson(listing)) : common.format === 'csv' ? dependenceCsv(listing) : dependenceText(listing, source);
    await emit(text, common, terminal, `the dependence on ${choice.text}`);
    return 0;
  },
};


interface Listing {
  network: Network;
  result: Dependence;
  top: number;
  without: string;
}

function dependenceText(listing: Listing, source: string): string {
  const { network, result, top, without } = listing;
  const { before, after } = result;
  const steps = result.horizon === 1 ? '1 step' : `${result.horizon} steps`;
  const lines = [`Without ${plainText(without)} in ${plainText(source)}: ${formatCount(result.removed.length)} of ${formatCount(network.order)} organisations removed`, ''];
  const figure = (name: string, pick: (f: DependenceFigures) => string) => [name, pick(before), pick(after)];
  lines.push(
    renderTable(
      [{ header: '' }, { header: 'with them', right: true }, { header: 'without', right: true }],
      [
        figure('organisations', (f) => formatCount(f.organisations)),
        figure('ties', (f) => formatCount(f.ties)),
        figure('groups (components)', (f) => formatCount(f.components)),
        figure('share in the main network', (f) => percent(f.largestShare)),
        figure('isolates', (f) => formatCount(f.isolates)),
        figure('fragmentation', (f) => formatFigure(f.fragmentation)),
        figure(`average reach (${steps})`, (f) => percent(f.averageReach)),
        figure('remaining pairs connected', (f) => percent(f.restConnected)),
      ],
    ),
  );
  lines.push(
    renderFields([
      [
        'Survival',
        Number.isNaN(after.restConnected)
          ? 'fewer than two organisations remain without them'
          : `without them, ${percent(after.restConnected)} of the pairs of remaining organisations can still reach each other (${percent(before.restConnected)} with them)`,
      ],
      ['Cut off', result.cutOff === 0 ? 'no organisation reaches the rest only through them' : `${formatCount(result.cutOff)} ${result.cutOff === 1 ? 'organisation reaches' : 'organisations reach'} the rest only through them (nobody within ${steps} without them)`],
    ]),
  );
  const losing = result.organisations.filter((o) => o.lost > 0);
  if (losing.length === 0) {
    lines.push(`No remaining organisation loses reach within ${steps}.`);
    return `${lines.join('\n')}\n`;
  }
  const shown = losing.slice(0, top);
  const which = shown.length < losing.length ? `The ${formatCount(shown.length)} of ${formatCount(losing.length)} organisations losing reach that lose most` : `The ${formatCount(losing.length)} ${losing.length === 1 ? 'organisation that loses' : 'organisations that lose'} reach`;
  lines.push(`${which} (organisations outside the group within ${steps}):`);
  lines.push(
    renderTable(
      [{ header: '#', right: true }, { header: 'organisation' }, { header: 'type' }, { header: 'sector' }, { header: 'with', right: true }, { header: 'without', right: true }, { header: 'lost', right: true }, { header: 'note' }],
      shown.map((o, rank) => {
        const organisation = network.organisations[o.index];
        return [
          String(rank + 1), o.label, organisation.type, organisation.sector, formatCount(o.reachedBefore), formatCount(o.reachedAfter), formatCount(o.lost),
          o.cutOff ? 'cut off' : o.mainBefore && !o.mainAfter ? 'leaves the main network' : '',
        ];
      }),
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}

function dependenceCsv(listing: Listing): string {
  const { network, result, top } = listing;
  const header = ['rank', 'id', 'label', 'type', 'sector', 'region', 'reached_before', 'reached_after', 'lost', 'reach_before', 'reach_after', 'main_before', 'main_after', 'cut_off'];
  const rows = result.organisations.slice(0, top).map((o, rank) => {
    const organisation = network.organisations[o.index];
    return [
      String(rank + 1), o.id, o.label, organisation.type, organisation.sector, organisation.region, String(o.reachedBefore), String(o.reachedAfter),
      String(o.lost), formatNumber(o.reachBefore), formatNumber(o.reachAfter), String(o.mainBefore), String(o.mainAfter), String(o.cutOff),
    ];
  });
  return csvDocument(header, rows);
}

function dependenceJson(listing: Listing) {
  const { result, top, without } = listing;
  const figures = (f: DependenceFigures) => Object.fromEntries(Object.entries(f).map(([key, value]) => [key, jsonNumber(value)]));
  return {
    without,
    removed: result.removed,
    horizon: result.horizon,
    before: figures(result.before),
    after: figures(result.after),
    cutOff: result.cutOff,
    organisations: result.organisations.slice(0, top).map((o, rank) => ({
      rank: rank + 1,
      id: o.id,
      label: o.label,
      reachedBefore: o.reachedBefore,
      reachedAfter: o.reachedAfter,
      lost: o.lost,
      reachBefore: jsonNumber(o.reachBefore),
      reachAfter: jsonNumber(o.reachAfter),
      mainBefore: o.mainBefore,
      mainAfter: o.mainAfter,
      cutOff: o.cutOff,
    })),
  };
}
