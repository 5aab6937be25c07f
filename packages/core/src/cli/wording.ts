// Sentences and table rows that the commands print and the report (report/) shows: one wording for both,
// so the HTML report says exactly what `knet summary`, `pioneers`, `introduce` and `trend` say. Pure text:
// no file system, so the dashboard can use it too. Untrusted text is returned as is: callers make it safe
// for their medium (plainText for terminals, escapeXml for HTML).
import { percent } from '../isolation/ranks.js';
import type { WeakConnection } from '../isolation/weakly-connected.js';
import type { NetworkSummary } from '../metrics/summary.js';
import type { Trend } from '../time/trend.js';
import type { Introduction } from '../weaving/introductions.js';
import { INTRODUCTION_DEFAULTS } from '../weaving/introductions.js';
import { formatCount, formatFigure, formatNumber, formatPercent, type TableColumn } from './format.js';

/** "1 step", "2 steps". */
export function stepsText(horizon: number): string {
  return horizon === 1 ? '1 step' : `${horizon} steps`;
}

/** "+0.42", "-0.18", "–" for none: the sign is the point of an E-I index. */
export function signed(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const text = value.toFixed(2);
  return value > 0 ? `+${text}` : text === '-0.00' ? '0.00' : text;
}

export const EI_SCALE = 'E-I index: -1 = every tie stays inside its group, +1 = every tie crosses groups';

/** The figures of `knet summary`, as label and value. `listed` says where the weak pioneers are listed. */
export function summaryFields(summary: NetworkSummary, source: string, weakPioneers: number, listed = 'knet pioneers lists them, with reasons'): [string, string][] {
  const { components: groups, communities } = summary;
  const fields: [string, string][] = [
    ['Network', source],
    ['Organisations', formatCount(summary.organisations)],
    ['Ties', `${formatCount(summary.ties)}${summary.directed ? ' (directed: who shares with whom)' : ''}`],
    ['Density', `${formatFigure(summary.density)} (share of all possible ties that exist)`],
    [
      'Groups',
      groups.count === 1
        ? '1: every organisation can reach every other'
        : `${formatCount(groups.count)}; the main network holds ${formatPercent(groups.largestShare)} (${formatCount(groups.largest)})`,
    ],
    ['Isolates', `${formatCount(summary.isolates)} ${summary.isolates === 1 ? 'organisation' : 'organisations'} with no ties at all`],
    ['Fragmentation', `${formatFigure(summary.fragmentation)} (share of pairs that cannot reach each other)`],
    ['Average clustering', formatFigure(summary.averageClustering)],
    ['Average distance', `${formatFigure(summary.averageShortestPath)} steps between organisations that can reach each other`],
    ['Communities', `${formatCount(communities.count)} (modularity ${formatFigure(communities.modularity)}; above 0.3 the communities are clearly separate)`],
    ['Median reach', `${formatPercent(summary.medianReach)} of the network within ${stepsText(summary.horizon)}`],
    [
      'Pioneers',
      summary.pioneers === 0
        ? 'none marked (add a pioneer column to the nodes file)'
        : `${formatCount(summary.pioneers)}; ${formatCount(weakPioneers)} weakly connected (${listed})`,
    ],
  ];
  return fields;
}

/** The two lines that define "weakly connected" for a listing. */
export function weakDefinition(relative: number, medianReach: number, horizon: number): [string, string] {
  return [
    `Weakly connected: outside the main network, or reaching at most ${percent(relative * medianReach)} of the network within ${stepsText(horizon)}`,
    `(${formatNumber(relative)} × the median organisation's ${percent(medianReach)}).`,
  ];
}

export const NO_PIONEERS_MARKED = 'No organisation is marked as a pioneer: add a pioneer column (true/false) to the nodes file';

/** "mutual, transport, Harrowmere · 1 tie", with the reach unless a reason already states it. */
export function pioneerFacts(entry: WeakConnection, horizon: number): string {
  const { organisation } = entry;
  const about = [organisation.type, organisation.sector, organisation.region].filter(Boolean).join(', ');
  const ties = entry.ties === 0 ? 'no ties' : entry.ties === 1 ? '1 tie' : `${entry.ties} ties`;
  // Reach is stated once: in the low-reach reason when there is one, else here (same rounding as the reasons).
  const reachStated = entry.reasons.some((reason) => reason.code === 'low-reach' || reason.code === 'no-ties');
  return [about, ties, reachStated ? '' : `reaches ${percent(entry.reach)} within ${stepsText(horizon)}`].filter(Boolean).join(' · ');
}

const { weights } = INTRODUCTION_DEFAULTS;
export const INTRODUCTION_SCORE = `Score: ${weights.relevance} × relevance + ${weights.reach} × reach gain + ${weights.brokerage} × brokerage (see docs/weaving.md).`;

/** Who could make the introduction, or why nobody can yet. */
export function introducerText(entry: Introduction): string {
  return entry.introducer ? entry.introducer.text : 'nobody links them yet: they are in separate parts of the network';
}

/** Scores to two decimals for reading; CSV and JSON keep them whole. */
export function scoreText(score: number): string {
  return formatNumber(Math.round(score * 100) / 100);
}

export const NO_DATED_FLOWS = 'No flow has a date, so there are no periods: add a date column (2014, 2014-09 or 2014-09-02) to the edges file.';

/** The period table of `knet trend`: columns and one row per period. */
export function trendTable(result: Trend): { columns: TableColumn[]; rows: string[][] } {
  const columns: TableColumn[] = [
    { header: result.by },
    { header: 'flows', right: true },
    { header: 'new', right: true },
    { header: 'fragmentation', right: true },
    { header: 'groups', right: true },
    { header: 'main network', right: true },
    { header: 'average reach', right: true },
    { header: 'weak pioneers', right: true },
  ];
  const rows = result.periods.map((p) => [
    p.label,
    formatCount(p.flows),
    formatCount(p.newFlows),
    formatFigure(p.fragmentation),
    formatCount(p.components),
    percent(p.largestShare),
    percent(p.averageReach),
    formatCount(p.weakPioneers),
  ]);
  return { columns, rows };
}
