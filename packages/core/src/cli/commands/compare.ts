// `knet compare BEFORE AFTER`: two exports of the same network, matched by organisation id: who joined and
// left, which ties were gained and lost, and who became more or less isolated.
import { compareNetworks, type NetworkComparison, rankChanges, type RankedChange } from '../../compare/compare.js';
import type { TieChange } from '../../compare/ties.js';
import { percent } from '../../isolation/ranks.js';
import { isolation } from '../../metrics/node/reach.js';
import { createNetwork } from '../../model/builder.js';
import type { Network } from '../../model/network.js';
import { csvDocument } from '../csv.js';
import { UsageError } from '../errors.js';
import { formatCount, formatNumber, jsonNumber, plainText, renderTable, toJson } from '../format.js';
import { type Command, commonHelp } from '../help.js';
import { loadNetwork } from '../load.js';
import { inputFromPath, parseCommand, readTop } from '../options.js';
import { emit } from '../output.js';
import type { Terminal } from '../terminal.js';
import { anonymiseForOutput } from '../view.js';

const FORMATS = ['table', 'csv', 'json'] as const;
const TABLE_TOP = 10;

const HELP = `Usage: knet compare BEFORE AFTER [--nodes FILE | --nodes-before FILE --nodes-after FILE] [options]

Two exports of the same network, before and after (a year apart, before and after a programme...),
matched by organisation id. Says who joined and who left, which ties were gained, lost or changed weight,
and who became more or less isolated (isolation: the share of the network more than --horizon steps
away, in each network). BEFORE and AFTER are each an edges CSV, or a GEXF, GraphML or JSON file (by its
extension). Ties are compared with direction only when both are read as directed (--directed).
--as-of, --window and --without apply to both networks; --anonymise gives each organisation one
pseudonym across both.

  --nodes FILE         organisations for both edges files
  --nodes-before FILE  organisations for BEFORE only (overrides --nodes)
  --nodes-after FILE   organisations for AFTER only (overrides --nodes)
  --top N              rows in each list (default: 10 in the table, all in CSV and JSON)
  --ties               CSV: the ties gained, lost and reweighted instead of the organisations
(--edges and --file are not used: the two networks are BEFORE and AFTER.)

${commonHelp(FORMATS).replace(/^ {2}--nodes FILE .*\n/m, '').replace(/^ {2}--edges FILE .*\n/m, '').replace(/^ {2}--file FILE .*\n/m, '').replace(/^ {2}FILE {2,}.*\n/m, '')}
Examples:
  knet compare packages/core/test/cli-fixtures/northfold-edges-2013.csv data/northfold/edges.csv --nodes data/northfold/nodes.csv
  knet compare before.csv after.csv --nodes nodes.csv --format csv --out changes.csv
  knet compare before.gexf after.gexf --format csv --ties --anonymise
`;

interface CompareOptions {
  before: string;
  after: string;
  nodesBefore?: string;
  nodesAfter?: string;
  top?: number;
  ties: boolean;
}

export const compareCommand: Command = {
  name: 'compare',
  summary: 'two exports of the same network: who joined, ties gained and lost, who became more isolated',
  help: HELP,
  async run(argv: string[], terminal: Terminal): Promise<number> {
    const { help, common, extra } = parseCommand<CompareOptions>(
      'compare',
      argv,
      FORMATS,
      { 'nodes-before': { type: 'string' }, 'nodes-after': { type: 'string' }, top: { type: 'string' }, ties: { type: 'boolean' } },
      (values, positionals) => {
        if (values.edges !== undefined || values.file !== undefined) {
          throw new UsageError('compare', 'give the two networks as BEFORE AFTER (edges CSV or GEXF/GraphML/JSON files), not with --edges or --file');
        }
        if (positionals.length !== 2) {
          throw new UsageError('compare', `expected two networks, BEFORE and AFTER, got ${positionals.length}${positionals.length ? `: ${positionals.join(' ')}` : ''}`);
        }
        return {
          before: positionals[0],
          after: positionals[1],
          nodesBefore: values['nodes-before'] as string | undefined,
          nodesAfter: values['nodes-after'] as string | undefined,
          top: readTop('compare', values.top as string | undefined),
          ties: Boolean(values.ties),
        };
      },
      'files',
    );
    if (help) {
      terminal.stdout.write(HELP);
      return 0;
    }
    if (extra.ties && common.format !== 'csv') throw new UsageError('compare', '--ties chooses the CSV layout; use it with --format csv');
    const { nodes, directed } = common.input;
    // Pseudonyms are given once, over both networks, so one organisation has one name on both sides.
    const sides = { ...common, view: { ...common.view, anonymise: false } };
    const before = (await loadNetwork(sides, terminal, { input: inputFromPath(extra.before, extra.nodesBefore ?? nodes, directed), side: 'before' })).network;
    const after = (await loadNetwork(sides, terminal, { input: inputFromPath(extra.after, extra.nodesAfter ?? nodes, directed), side: 'after' })).network;
    const horizon = common.horizon;
    const comparison = compareNetworks(before, after, {
      metrics: { isolation: { before: isolation(before, { horizon }), after: isolation(after, { horizon }) } },
    });
    const names = common.view.anonymise ? await pseudonymsOf(before, after, common, terminal) : undefined;
    const listing: Listing = { comparison, names, top: extra.top ?? (common.format === 'table' ? TABLE_TOP : Number.POSITIVE_INFINITY), horizon, before, after };
    const text =
      common.format === 'json' ? toJson(compareJson(listing)) : common.format === 'csv' ? (extra.ties ? tiesCsv(listing) : organisationsCsv(listing)) : compareText(listing, extra);
    await emit(text, common, terminal, 'the comparison');
    return 0;
  },
};

/** id -> shown id and label, from one anonymisation of every organisation in either network. */
async function pseudonymsOf(before: Network, after: Network, common: Parameters<typeof loadNetwork>[0], terminal: Terminal): Promise<Map<string, { id: string; label: string }>> {
  const everyone = [...after.organisations, ...before.organisations.filter((o) => after.indexOf(o.id) < 0)];
  const union = createNetwork({ organisations: everyone.map((o) => ({ ...o, attributes: { ...o.attributes } })), flows: [] });
  const { mapping } = await anonymiseForOutput(union, common.view, terminal, common.quiet);
  return new Map(mapping.map((entry) => [entry.id, entry.consented ? { id: entry.id, label: entry.label } : { id: entry.pseudonym, label: entry.pseudonym }]));
}

interface Listing {
  comparison: NetworkComparison;
  names: Map<string, { id: string; label: string }> | undefined;
  top: number;
  horizon: number;
  before: Network;
  after: Network;
}

function shownId(listing: Listing, id: string): string {
  return listing.names?.get(id)?.id ?? id;
}

function shownLabel(listing: Listing, id: string, label: string): string {
  return listing.names?.get(id)?.label ?? label;
}

function compareText(listing: Listing, extra: CompareOptions): string {
  const { comparison: c, top, horizon, before, after } = listing;
  const steps = horizon === 1 ? '1 step' : `${horizon} steps`;
  const lines = [
    `Compare ${plainText(extra.before)} (before) with ${plainText(extra.after)} (after)`,
    `Organisations: ${formatCount(before.order)} before, ${formatCount(after.order)} after (${formatCount(c.organisationsAdded.length)} joined, ${formatCount(c.organisationsRemoved.length)} left)`,
    `Ties: ${formatCount(c.tiesGained.length)} gained, ${formatCount(c.tiesLost.length)} lost, ${formatCount(c.tiesReweighted.length)} changed weight, ${formatCount(c.tiesKept)} kept${c.directionDiffers ? ' (one network is directed, the other not: compared without direction)' : ''}`,
    '',
  ];
  const ranked = rankChanges(c, 'isolation');
  const more = ranked.filter((r) => r.change > 0);
  const less = ranked.filter((r) => r.change < 0).reverse();
  const changeTable = (title: string, rows: RankedChange[]) => {
    if (rows.length === 0) return lines.push(`${title}: none`, '');
    lines.push(`${title} (isolation: share of the network more than ${steps} away), ${rows.length > top ? `the ${top} of ${formatCount(rows.length)} that changed most` : formatCount(rows.length)}:`);
    lines.push(
      renderTable(
        [{ header: 'organisation' }, { header: 'before', right: true }, { header: 'after', right: true }, { header: 'change', right: true }],
        rows.slice(0, top).map((r) => [shownLabel(listing, r.id, r.label), percent(r.before), percent(r.after), points(r.change)]),
        '  ',
      ),
    );
  };
  changeTable('More isolated', more);
  changeTable('Less isolated', less);
  const tieList = (title: string, ties: TieChange[]) => {
    if (ties.length === 0) return lines.push(`${title}: none`, '');
    lines.push(`${title}${ties.length > top ? `, the first ${top} of ${formatCount(ties.length)}` : ''}:`);
    // Ties come with shown ids: with pseudonyms the shown id is the name; otherwise look the label up.
    const label = (id: string) => (listing.names ? id : (after.organisation(id) ?? before.organisation(id))?.label ?? id);
    lines.push(
      renderTable(
        [{ header: 'from' }, { header: 'to' }, { header: 'weight before', right: true }, { header: 'weight after', right: true }],
        ties.slice(0, top).map((t) => [label(t.source), label(t.target), formatNumber(t.weightBefore), formatNumber(t.weightAfter)]),
        '  ',
      ),
    );
  };
  tieList('Ties gained', tiesShown(listing, c.tiesGained));
  tieList('Ties lost', tiesShown(listing, c.tiesLost));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

/**
 * Ties as shown: with pseudonyms, each undirected pair written smaller shown id first and the list sorted
 * by shown ids, so neither order says anything about the real ids.
 */
function tiesShown(listing: Listing, ties: TieChange[]): TieChange[] {
  if (!listing.names) return ties;
  const shown = ties.map((t) => {
    let [source, target] = [shownId(listing, t.source), shownId(listing, t.target)];
    if (!listing.comparison.directed && target < source) [source, target] = [target, source];
    return { ...t, source, target };
  });
  const key = (t: TieChange) => `${t.source}\u0000${t.target}`;
  return shown.sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}

/** "+12 points": isolation changes are differences of shares. */
function points(change: number): string {
  const value = Math.round(change * 100);
  return `${value > 0 ? '+' : ''}${value === 0 ? (change > 0 ? '+<1' : '-<1') : value} pts`;
}

function organisationsCsv(listing: Listing): string {
  const { comparison, top } = listing;
  const rows = comparison.organisations
    .map((o) => ({ o, change: o.change.isolation }))
    // Largest increase first (more isolated), empty changes (joined, left) last.
    .sort((x, y) => order(y.change) - order(x.change))
    .slice(0, top)
    .map(({ o }) => [
      shownId(listing, o.id),
      shownLabel(listing, o.id, o.label),
      o.status,
      formatNumber(o.before.isolation),
      formatNumber(o.after.isolation),
      formatNumber(o.change.isolation),
    ]);
  return csvDocument(['id', 'label', 'status', 'isolation_before', 'isolation_after', 'isolation_change'], rows);
}

function order(change: number): number {
  return Number.isFinite(change) ? change : Number.NEGATIVE_INFINITY;
}

function tiesCsv(listing: Listing): string {
  const { comparison: c, top } = listing;
  const all: [string, TieChange][] = [
    ...tiesShown(listing, c.tiesGained).map((t): [string, TieChange] => ['gained', t]),
    ...tiesShown(listing, c.tiesLost).map((t): [string, TieChange] => ['lost', t]),
    ...tiesShown(listing, c.tiesReweighted).map((t): [string, TieChange] => ['reweighted', t]),
  ];
  const rows = all.slice(0, top).map(([change, t]) => [change, t.source, t.target, formatNumber(t.weightBefore), formatNumber(t.weightAfter)]);
  return csvDocument(['change', 'source', 'target', 'weight_before', 'weight_after'], rows);
}

function compareJson(listing: Listing) {
  const { comparison: c, top } = listing;
  const tie = (t: TieChange) => ({ source: t.source, target: t.target, weightBefore: t.weightBefore, weightAfter: t.weightAfter });
  const limit = <T,>(items: T[]) => (Number.isFinite(top) ? items.slice(0, top) : items);
  return {
    directed: c.directed,
    directionDiffers: c.directionDiffers,
    horizon: listing.horizon,
    organisations: { before: listing.before.order, after: listing.after.order, kept: c.organisationsKept },
    organisationsAdded: c.organisationsAdded.map((id) => shownId(listing, id)),
    organisationsRemoved: c.organisationsRemoved.map((id) => shownId(listing, id)),
    ties: { gained: c.tiesGained.length, lost: c.tiesLost.length, reweighted: c.tiesReweighted.length, kept: c.tiesKept },
    isolation: limit(rankChanges(c, 'isolation')).map((r) => ({
      id: shownId(listing, r.id),
      label: shownLabel(listing, r.id, r.label),
      before: jsonNumber(r.before),
      after: jsonNumber(r.after),
      change: jsonNumber(r.change),
    })),
    tiesGained: limit(tiesShown(listing, c.tiesGained)).map(tie),
    tiesLost: limit(tiesShown(listing, c.tiesLost)).map(tie),
    tiesReweighted: limit(tiesShown(listing, c.tiesReweighted)).map(tie),
  };
}
