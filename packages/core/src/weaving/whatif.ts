// What-if: the network with some ties added or removed, and the figures before and after side by side:
// fragmentation, components, average reach, modularity, and each pioneer's isolation.
import { weaklyConnected, WEAKLY_CONNECTED_DEFAULTS } from '../isolation/weakly-connected.js';
import { fragmentation } from '../metrics/network/fragmentation.js';
import { metricsReport, REPORT_DEFAULTS } from '../metrics/report.js';
import { reportColumn, type MetricsReport } from '../metrics/report-types.js';
import { NetworkBuilder } from '../model/builder.js';
import { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';

export const WHATIF_DEFAULTS = {
  horizon: REPORT_DEFAULTS.horizon,
  /** Weakly connected pioneers, before and after (SPEC section 6). */
  relative: WEAKLY_CONNECTED_DEFAULTS.relative,
  /** Flow type given to the added ties. */
  addedType: 'introduction',
};

export type WhatIfOptions = typeof WHATIF_DEFAULTS & {
  /** The metrics report of the network as it is, when already computed (same horizon). */
  before?: MetricsReport;
};

/** A tie is a pair of organisation ids; direction is ignored (an introduction makes both know each other). */
export type TiePair = readonly [string, string];

export interface TieChanges {
  readonly add?: readonly TiePair[];
  readonly remove?: readonly TiePair[];
}

export interface NetworkFigures {
  readonly fragmentation: number;
  readonly components: number;
  readonly largestShare: number;
  readonly averageReach: number;
  readonly modularity: number;
  readonly communities: number;
}

export interface PioneerIsolation {
  readonly index: number;
  readonly organisation: Organisation;
  readonly isolationBefore: number;
  readonly isolationAfter: number;
  readonly weakBefore: boolean;
  readonly weakAfter: boolean;
}

export interface WhatIf {
  readonly before: NetworkFigures;
  readonly after: NetworkFigures;
  /** Every pioneer, most isolated first (before the change). */
  readonly pioneers: readonly PioneerIsolation[];
  readonly network: Network;
  readonly changed: Network;
}

/**
 * What is wrong with these changes for this network, in one line, or undefined when they can be applied:
 * unknown ids, a tie to itself, adding a tie that exists, removing one that does not, the same pair twice.
 */
export function tieChangesProblem(network: Network, changes: TieChanges): string | undefined {
  const tied = tiedPairs(network);
  const seen = new Set<string>();
  for (const [kind, pairs] of [['add', changes.add ?? []], ['remove', changes.remove ?? []]] as const) {
    for (const pair of pairs) {
      if (!Array.isArray(pair) || pair.length !== 2) return `each tie to ${kind} must be a pair of organisation ids`;
      const [a, b] = pair.map((id) => network.indexOf(id));
      for (const [id, index] of [[pair[0], a], [pair[1], b]] as const) {
        if (index < 0) return `unknown organisation "${id}" in --${kind} ${pair[0]},${pair[1]}: it is not in the network`;
      }
      if (a === b) return `--${kind} ${pair[0]},${pair[1]} names the same organisation twice`;
      const key = pairKey(a, b);
      if (seen.has(key)) return `the tie ${pair[0]},${pair[1]} is named twice`;
      seen.add(key);
      if (kind === 'add' && tied.has(key)) return `${pair[0]} and ${pair[1]} are already tied: --add needs a new tie`;
      if (kind === 'remove' && !tied.has(key)) return `there is no tie between ${pair[0]} and ${pair[1]} to remove`;
    }
  }
  return undefined;
}

/**
 * A copy of the network with the ties added (weight 1, both ways when directed) and removed (every flow
 * between the two, either way). The organisations are shared with the original, unchanged.
 */
export function withTies(network: Network, changes: TieChanges, options: Partial<Pick<WhatIfOptions, 'addedType'>> = {}): Network {
  if (!(network instanceof Network)) throw new Error('knet: whatif: expected a Network (from readNetwork or createNetwork).');
  const problem = tieChangesProblem(network, changes);
  if (problem) throw new Error(`knet: whatif: ${problem}.`);
  const addedType = options.addedType ?? WHATIF_DEFAULTS.addedType;
  const removed = new Set((changes.remove ?? []).map(([a, b]) => pairKey(network.indexOf(a), network.indexOf(b))));
  const { flows } = network;
  const builder = new NetworkBuilder(network.directed, flows.count + 2 * (changes.add?.length ?? 0));
  for (const organisation of network.organisations) builder.addOrganisation(organisation);
  for (let f = 0; f < flows.count; f++) {
    if (removed.has(pairKey(flows.source[f], flows.target[f]))) continue;
    const copy = builder.addFlowByIndex(flows.source[f], flows.target[f], flows.weight[f], flows.type(f), flows.date(f));
    for (const [name, value] of Object.entries(flows.attributesOf(f))) builder.setFlowAttribute(copy, name, value);
  }
  for (const [a, b] of changes.add ?? []) {
    const [i, j] = [network.indexOf(a), network.indexOf(b)];
    builder.addFlowByIndex(i, j, 1, addedType);
    if (network.directed) builder.addFlowByIndex(j, i, 1, addedType);
  }
  return builder.finish();
}

/** The figures before and after the changes, and each pioneer's isolation. */
export function whatIf(network: Network, changes: TieChanges, options: Partial<WhatIfOptions> = {}): WhatIf {
  const resolved = { ...WHATIF_DEFAULTS, ...options };
  const changed = withTies(network, changes, resolved);
  const reportOptions = { horizon: resolved.horizon };
  const before = resolved.before ?? metricsReport(network, reportOptions);
  if (before.network !== network || before.horizon !== resolved.horizon) {
    throw new Error('knet: whatif: the given report was computed for another network or horizon.');
  }
  const after = metricsReport(changed, reportOptions);
  const weak = (report: MetricsReport) => new Set(weaklyConnected(report, { relative: resolved.relative }).map((entry) => entry.index));
  const [weakBefore, weakAfter] = [weak(before), weak(after)];
  const [reachBefore, reachAfter] = [reportColumn(before, 'reach'), reportColumn(after, 'reach')];
  const pioneers: PioneerIsolation[] = [];
  network.organisations.forEach((organisation, index) => {
    if (!organisation.pioneer) return;
    pioneers.push({
      index,
      organisation,
      isolationBefore: 1 - reachBefore[index],
      isolationAfter: 1 - reachAfter[index],
      weakBefore: weakBefore.has(index),
      weakAfter: weakAfter.has(index),
    });
  });
  pioneers.sort((a, b) => b.isolationBefore - a.isolationBefore || a.index - b.index);
  return { before: figures(before), after: figures(after), pioneers, network, changed };
}

function figures(report: MetricsReport): NetworkFigures {
  const reach = reportColumn(report, 'reach');
  let total = 0;
  let counted = 0;
  for (const value of reach) {
    if (!Number.isFinite(value)) continue;
    total += value;
    counted++;
  }
  const sizes = report.components.sizes;
  return {
    fragmentation: fragmentation(report.network),
    components: sizes.length,
    largestShare: report.network.order ? sizes[0] / report.network.order : Number.NaN,
    averageReach: counted ? total / counted : Number.NaN,
    modularity: report.communities.modularity,
    communities: report.communities.count,
  };
}

/** Every tied pair, direction ignored, self-loops left out (as every metric sees the network). */
function tiedPairs(network: Network): Set<string> {
  const pairs = new Set<string>();
  const { source, target, count } = network.flows;
  for (let f = 0; f < count; f++) if (source[f] !== target[f]) pairs.add(pairKey(source[f], target[f]));
  return pairs;
}

function pairKey(a: number, b: number): string {
  return a < b ? `${a} ${b}` : `${b} ${a}`;
}
