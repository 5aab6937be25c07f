// Broker dependence: which organisations reach the rest only through a group (the funders, the councils...).
// The network is recomputed without the group; each remaining organisation's reach before and after is
// counted over the same people (the rest), so the loss is what the group's presence was worth to it.
import { csrOf, tieCount, type Adjacency } from '../engine/csr.js';
import { checkNetwork } from '../engine/guard.js';
import { fragmentation } from '../metrics/network/fragmentation.js';
import { components } from '../metrics/node/component.js';
import { reach } from '../metrics/node/reach.js';
import { type GroupSelector, withoutGroup } from '../model/filter.js';
import type { Network } from '../model/network.js';

export const DEPENDENCE_DEFAULTS = {
  /** Steps counted by reach (2: a partner, or a partner's partner). */
  horizon: 2,
};
export type DependenceOptions = typeof DEPENDENCE_DEFAULTS;

/** The network-level figures, before (group included) and after (group removed). */
export interface DependenceFigures {
  organisations: number;
  /** Distinct ties, as `knet summary` counts them. */
  ties: number;
  /** Weak components, isolated organisations counting one each. */
  components: number;
  largestShare: number;
  isolates: number;
  /** Borgatti fragmentation of the whole network on that side. */
  fragmentation: number;
  /** Mean reach over that side's organisations. */
  averageReach: number;
  /**
   * Share of ordered pairs of the remaining organisations (the group left out of the count on both sides)
   * that are in one component, direction ignored: the survival figure, like for like.
   */
  restConnected: number;
}

export interface OrganisationDependence {
  id: string;
  label: string;
  /** Position in the input network's organisations. */
  index: number;
  /** Organisations outside the group within `horizon` steps, with the group present (paths may run through it). */
  reachedBefore: number;
  /** The same once the group is removed. */
  reachedAfter: number;
  /** reachedBefore − reachedAfter. */
  lost: number;
  /** The counts as shares of the other remaining organisations (NaN when there is no other). */
  reachBefore: number;
  reachAfter: number;
  /** In the largest component before, and after. */
  mainBefore: boolean;
  mainAfter: boolean;
  /** Reached someone before and nobody after: it reached the rest only through the group. */
  cutOff: boolean;
}

export interface Dependence {
  /** Ids of the organisations removed, in input order. */
  removed: string[];
  horizon: number;
  before: DependenceFigures;
  after: DependenceFigures;
  /** Every remaining organisation, most reach lost first (then the more cut off, then input order). */
  organisations: OrganisationDependence[];
  /** How many organisations are cut off. */
  cutOff: number;
}

/** `dependence(network, { by: 'type', value: 'funder' })`: does the network survive without the funders? */
export function dependence(network: Network, group: GroupSelector, options: Partial<DependenceOptions> = {}): Dependence {
  checkNetwork(network, 'dependence');
  const { horizon } = { ...DEPENDENCE_DEFAULTS, ...options };
  if (!Number.isSafeInteger(horizon) || horizon < 1) {
    throw new TypeError(`knet: dependence: horizon must be a whole number of steps, 1 or more, got ${horizon}.`);
  }
  const without = withoutGroup(network, group);
  if (without.removed.length === 0) throw new TypeError('knet: dependence: the group is empty: no organisation matches it.');
  const after = without.network;
  const inRest = new Uint8Array(network.order);
  for (let v = 0; v < network.order; v++) inRest[v] = without.organisationIndex[v] >= 0 ? 1 : 0;
  const rest = after.order;

  const beforeCsr = csrOf(network);
  const afterCsr = csrOf(after);
  const everyone = new Uint8Array(rest).fill(1);
  const partsBefore = components(network);
  const partsAfter = components(after);
  const organisations: OrganisationDependence[] = [];
  for (let v = 0; v < network.order; v++) {
    const w = without.organisationIndex[v];
    if (w < 0) continue;
    const reachedBefore = countWithin(beforeCsr.out, v, horizon, inRest);
    const reachedAfter = countWithin(afterCsr.out, w, horizon, everyone);
    const others = rest - 1;
    organisations.push({
      id: network.organisations[v].id,
      label: network.organisations[v].label,
      index: v,
      reachedBefore,
      reachedAfter,
      lost: reachedBefore - reachedAfter,
      reachBefore: others > 0 ? reachedBefore / others : Number.NaN,
      reachAfter: others > 0 ? reachedAfter / others : Number.NaN,
      mainBefore: partsBefore.index[v] === 0,
      mainAfter: partsAfter.index[w] === 0,
      cutOff: reachedBefore > 0 && reachedAfter === 0,
    });
  }
  organisations.sort((x, y) => y.lost - x.lost || x.reachedAfter - y.reachedAfter || x.index - y.index);
  return {
    removed: without.removed,
    horizon,
    before: figures(network, partsBefore, inRest, horizon),
    after: figures(after, partsAfter, everyone, horizon),
    organisations,
    cutOff: organisations.filter((o) => o.cutOff).length,
  };
}

function figures(network: Network, parts: ReturnType<typeof components>, inRest: Uint8Array, horizon: number): DependenceFigures {
  const reaches = reach(network, { horizon });
  let sum = 0;
  let finite = 0;
  for (const value of reaches) if (Number.isFinite(value)) (sum += value), finite++;
  // Remaining organisations per component: pairs of the rest that still share one.
  const restIn = new Float64Array(parts.count);
  let restCount = 0;
  for (let v = 0; v < network.order; v++) if (inRest[v]) restIn[parts.index[v]]++, restCount++;
  let pairs = 0;
  for (const k of restIn) pairs += k * (k - 1);
  return {
    organisations: network.order,
    ties: tieCount(csrOf(network)),
    components: parts.count,
    largestShare: parts.largestShare,
    isolates: parts.isolates,
    fragmentation: fragmentation(network),
    averageReach: finite ? sum / finite : Number.NaN,
    restConnected: restCount > 1 ? pairs / (restCount * (restCount - 1)) : Number.NaN,
  };
}

/** Organisations marked in `counted` within `horizon` steps of `start` (itself excluded), following `adjacency`. */
function countWithin(adjacency: Adjacency, start: number, horizon: number, counted: Uint8Array): number {
  const { offsets, neighbours } = adjacency;
  let frontier = [start];
  const seen = new Set<number>(frontier);
  let found = 0;
  for (let step = 0; step < horizon && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (let e = offsets[v]; e < offsets[v + 1]; e++) {
        const u = neighbours[e];
        if (seen.has(u)) continue;
        seen.add(u);
        next.push(u);
        if (counted[u]) found++;
      }
    }
    frontier = next;
  }
  return found;
}
