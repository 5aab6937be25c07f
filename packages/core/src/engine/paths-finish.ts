// Turns the kernel's sums into the NetworkX-scaled columns: betweenness, closeness, harmonic, reach,
// isolation, and the network's pair figures. Shared by the serial pass and the worker runners.
import type { PathPartial } from './paths-kernel.js';

/** Which sources the sums came from: all n organisations, or a sample (approximate mode). */
export interface SourcePlan {
  readonly n: number;
  /** null: every organisation was a source (exact). Otherwise the sampled sources, ascending. */
  readonly sampled: Int32Array | null;
}

/** Per organisation: how many sources other than itself fed its incoming sums. */
function othersSampled(plan: SourcePlan): (v: number) => number {
  const { n, sampled } = plan;
  if (sampled === null) return () => n - 1;
  const isSource = new Uint8Array(n);
  for (const s of sampled) isSource[s] = 1;
  return (v) => sampled.length - isSource[v];
}

/**
 * nx.betweenness_centrality(G, normalized=True, endpoints=False): sums over ordered pairs, times
 * 1/((n−1)(n−2)), for directed and undirected alike (an undirected pair is counted from both ends, which is
 * the 2/((n−1)(n−2)) of the textbook). Sampled: NetworkX 3.5+'s _rescale, 1/((k−1)(n−2)) for sampled
 * organisations (they cannot be their own source) and 1/(k(n−2)) for the rest. n ≤ 2: zeros.
 */
export function scaleBetweenness(raw: Float64Array, plan: SourcePlan): Float64Array {
  const { n, sampled } = plan;
  const result = new Float64Array(n);
  if (n <= 2) return result;
  if (sampled === null) {
    const scale = 1 / ((n - 1) * (n - 2));
    for (let v = 0; v < n; v++) result[v] = raw[v] * scale;
    return result;
  }
  const others = othersSampled(plan);
  for (let v = 0; v < n; v++) {
    const sources = others(v);
    // One sampled source that is v itself leaves no data for v: NaN, as NetworkX.
    result[v] = sources === 0 ? Number.NaN : raw[v] / (sources * (n - 2));
  }
  return result;
}

/**
 * nx.closeness_centrality(G) with wf_improved=True: ((r−1)/(n−1)) · ((r−1)/Σ d(u,v)), r counting v and the
 * organisations that reach it (directed: incoming distances; NetworkX reverses the graph); 0 when nothing
 * reaches v. Sampled: r−1 and Σ d are estimated from the sampled sources, so both factors use their share.
 */
export function closenessFrom(partial: PathPartial, plan: SourcePlan): Float64Array {
  const { n } = plan;
  const result = new Float64Array(n);
  const others = othersSampled(plan);
  for (let v = 0; v < n; v++) {
    const reachers = partial.reachedBy[v];
    const sum = partial.distanceSum[v];
    if (!(sum > 0) || n <= 1) continue;
    const sources = others(v);
    result[v] = sources === 0 ? Number.NaN : (reachers / sources) * (reachers / sum);
  }
  return result;
}

/**
 * nx.harmonic_centrality(G) / (n − 1): Σ_u 1/d(u,v) over the organisations u that reach v (directed:
 * NetworkX adds 1/d(u,v) to the target v, so incoming distances, like closeness). n = 1: 0, as NetworkX's
 * raw value. Sampled: the mean over the sampled sources other than v.
 */
export function harmonicFrom(partial: PathPartial, plan: SourcePlan): Float64Array {
  const { n } = plan;
  const result = new Float64Array(n);
  if (n <= 1) return result;
  const others = othersSampled(plan);
  for (let v = 0; v < n; v++) {
    const sources = others(v);
    result[v] = sources === 0 ? Number.NaN : partial.harmonicSum[v] / sources;
  }
  return result;
}

/** Share of the other n − 1 organisations within the horizon, following flow direction. n ≤ 1: NaN. */
export function reachFrom(withinHorizon: Float64Array, n: number): Float64Array {
  const result = new Float64Array(n);
  for (let v = 0; v < n; v++) result[v] = n > 1 ? withinHorizon[v] / (n - 1) : Number.NaN;
  return result;
}

export function isolationFrom(reach: Float64Array): Float64Array {
  return reach.map((value) => 1 - value);
}

/** Reachable ordered pairs and their distance total: what fragmentation and average distance need. */
export interface PairTotals {
  readonly organisations: number;
  /** Ordered pairs (u, v), u ≠ v, with v reachable from u. */
  readonly reachablePairs: number;
  /** Σ d(u, v) over the reachable pairs. */
  readonly distanceTotal: number;
}

/** Pair totals from the sums; a sample's totals are scaled up to all n sources. */
export function pairTotalsFrom(partial: PathPartial, plan: SourcePlan): PairTotals {
  const { n, sampled } = plan;
  if (sampled === null || sampled.length === 0) {
    return { organisations: n, reachablePairs: partial.reachablePairs, distanceTotal: partial.distanceTotal };
  }
  const k = sampled.length;
  // Multiply before dividing: a connected network's sample then scales to exactly n(n − 1) pairs.
  return { organisations: n, reachablePairs: (partial.reachablePairs * n) / k, distanceTotal: (partial.distanceTotal * n) / k };
}

/** Borgatti's fragmentation: 1 − reachable ordered pairs / (n(n − 1)). n < 2 (no pairs): NaN. */
export function fragmentationFrom(totals: PairTotals): number {
  const n = totals.organisations;
  return n < 2 ? Number.NaN : 1 - totals.reachablePairs / (n * (n - 1));
}

/**
 * Mean d(u, v) over ordered pairs with v reachable from u, u ≠ v (for a connected network: exactly
 * nx.average_shortest_path_length). One organisation: 0, as NetworkX; no reachable pair otherwise: NaN.
 */
export function averageDistanceFrom(totals: PairTotals): number {
  if (totals.reachablePairs > 0) return totals.distanceTotal / totals.reachablePairs;
  return totals.organisations === 1 ? 0 : Number.NaN;
}

/**
 * Sampled mode's stated error: with 95% confidence, each organisation's betweenness and harmonic estimate is
 * within ± this of the exact value. Both are means over the other organisations of a term in [0, 1]
 * (δ_s(v)/(n − 2), 1/d(s, v)), estimated from at least k − 1 sampled sources: Hoeffding's bound, which
 * also holds for sampling without replacement. 0 when exact.
 */
export function samplingErrorBound(plan: SourcePlan): number {
  if (plan.sampled === null) return 0;
  const k = plan.sampled.length;
  return k > 1 ? Math.sqrt(Math.log(2 / 0.05) / (2 * (k - 1))) : Number.NaN;
}
