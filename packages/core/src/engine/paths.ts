// Path-based metrics in one pass: a BFS from every organisation (or from a seeded sample, for very large
// networks) gives betweenness, closeness, harmonic, reach, isolation and the pair figures together.
import type { Network } from '../model/network.js';
import { Network as NetworkClass } from '../model/network.js';
import { csrOf } from './csr.js';
import {
  type PairTotals,
  type SourcePlan,
  averageDistanceFrom,
  closenessFrom,
  fragmentationFrom,
  harmonicFrom,
  isolationFrom,
  pairTotalsFrom,
  reachFrom,
  samplingErrorBound,
  scaleBetweenness,
} from './paths-finish.js';
import { type PathGraph, type PathPartial, type PathTask, accumulatePaths } from './paths-kernel.js';
import { sampleSourceList } from './paths-sample.js';

export const PATH_DEFAULTS = {
  /** Steps counted by reach and isolation (2: a partner, or a partner's partner). */
  horizon: 2,
  /** 0: exact, a search from every organisation. k ≥ 2: searches from k sampled organisations, scaled up. */
  sampleSources: 0,
  /** Seed of the sample (sampleSources > 0 only). */
  seed: 1,
  /** false skips Brandes (the costliest part): the betweenness column is then empty (NaN). */
  betweenness: true,
};

export interface PathOptions {
  horizon: number;
  sampleSources: number;
  seed: number;
  betweenness: boolean;
  /** Called as sources finish (every 256 in a serial run; every chunk with workers). */
  onProgress?: (done: number, total: number) => void;
}

export interface PathMetrics {
  /** nx.betweenness_centrality(G, normalized=True), hop counts. */
  readonly betweenness: Float64Array;
  /** nx.closeness_centrality(G): Wasserman–Faust; directed: incoming distances. */
  readonly closeness: Float64Array;
  /** nx.harmonic_centrality(G) / (n − 1); directed: incoming distances. */
  readonly harmonic: Float64Array;
  /** Share of the other organisations within `horizon` steps, following flow direction. Exact always. */
  readonly reach: Float64Array;
  /** 1 − reach. */
  readonly isolation: Float64Array;
  /** Borgatti's fragmentation (see fragmentation()). */
  readonly fragmentation: number;
  /** Mean distance over reachable ordered pairs (see averageShortestPath()). */
  readonly averageShortestPath: number;
  readonly horizon: number;
  /** False when computed from sampled sources: every figure but reach and isolation is then an estimate. */
  readonly exact: boolean;
  /** How many organisations the searches started from (n when exact). */
  readonly sources: number;
  /**
   * Sampled mode: with 95% confidence each organisation's betweenness and harmonic estimate is within ± this
   * of the exact value (Hoeffding); closeness, a ratio, has no such bound. 0 when exact.
   */
  readonly errorBound: number;
}

/** What a caller needs from the pass; the kernel skips the rest. */
export interface PathWants {
  betweenness: boolean;
  distances: boolean;
  reach: boolean;
}

/** A resolved run: the graph to walk, the sources, the horizon. */
export interface PathPlan extends SourcePlan {
  readonly graph: PathGraph;
  readonly horizon: number;
}

/** The sums a run produced: the main pass, and reach counts from every organisation. */
export interface PathSums {
  readonly main: PathPartial;
  readonly withinHorizon: Float64Array;
}

/** Validates options at the door; `caller` names the public function in messages. */
export function resolvePathOptions(caller: string, network: Network, options: Partial<PathOptions> = {}): PathOptions {
  if (!(network instanceof NetworkClass)) {
    throw new Error(`knet: ${caller}: expected a Network (from readNetwork or createNetwork).`);
  }
  if (options === null || typeof options !== 'object') throw new Error(`knet: ${caller}: options must be an object.`);
  const resolved: PathOptions = { ...PATH_DEFAULTS, ...withoutUndefined(options) };
  const { horizon, sampleSources, seed, onProgress } = resolved;
  if (!Number.isSafeInteger(horizon) || horizon < 1) {
    throw new Error(`knet: ${caller}: horizon must be a whole number of steps, 1 or more, got ${String(horizon)}.`);
  }
  if (!Number.isSafeInteger(sampleSources) || sampleSources < 0 || sampleSources === 1) {
    throw new Error(`knet: ${caller}: sampleSources must be 0 (exact) or a whole number of sources, 2 or more, got ${String(sampleSources)}.`);
  }
  if (!Number.isSafeInteger(seed)) throw new Error(`knet: ${caller}: seed must be a whole number, got ${String(seed)}.`);
  if (typeof resolved.betweenness !== 'boolean') {
    throw new Error(`knet: ${caller}: betweenness must be true or false, got ${String(resolved.betweenness)}.`);
  }
  if (onProgress !== undefined && typeof onProgress !== 'function') {
    throw new Error(`knet: ${caller}: onProgress must be a function.`);
  }
  return resolved;
}

function withoutUndefined<T extends object>(options: T): Partial<T> {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined)) as Partial<T>;
}

/** The graph (searches follow flow direction; bottom-up levels read the in-going side) and the sources. */
export function planPaths(network: Network, options: PathOptions): PathPlan {
  const csr = csrOf(network);
  const n = csr.n;
  const graph: PathGraph = {
    n,
    offsets: csr.out.offsets,
    neighbours: csr.out.neighbours,
    inOffsets: csr.in.offsets,
    inNeighbours: csr.in.neighbours,
  };
  // A sample as large as the network is the exact run (NetworkX: k == len(G) means k = None).
  const sampled = options.sampleSources > 0 && options.sampleSources < n ? sampleSourceList(n, options.sampleSources, options.seed) : null;
  return { n, graph, sampled, horizon: options.horizon };
}

/** The kernel tasks of a run, before splitting into ranges: the main pass, then reach when sampled. */
export function pathTasks(plan: PathPlan, wants: PathWants): PathTask[] {
  const { n, sampled, horizon } = plan;
  const full = wants.betweenness || wants.distances;
  const tasks: PathTask[] = [];
  if (full) {
    const count = sampled === null ? n : sampled.length;
    tasks.push({ sources: sampled, from: 0, to: count, horizon, betweenness: wants.betweenness, distances: wants.distances });
  }
  // Reach is always exact: a sample only speeds up the full searches; horizon searches from all are cheap.
  if (wants.reach && (!full || sampled !== null)) {
    tasks.push({ sources: null, from: 0, to: n, horizon, betweenness: false, distances: false });
  }
  return tasks;
}

/** Runs a plan in this thread. */
export function runPathsSerial(plan: PathPlan, wants: PathWants, onProgress?: PathOptions['onProgress']): PathSums {
  const tasks = pathTasks(plan, wants);
  const total = tasks.reduce((sum, task) => sum + task.to - task.from, 0);
  let before = 0;
  const results = tasks.map((task) => {
    const progress = onProgress && ((done: number) => onProgress(before + done, total));
    const partial = accumulatePaths(plan.graph, task, progress);
    before += task.to - task.from;
    return partial;
  });
  return sumsOf(tasks, results);
}

/** Pairs each task with its (combined) partial result. */
export function sumsOf(tasks: readonly PathTask[], results: readonly PathPartial[]): PathSums {
  const main = results[0];
  const reachIndex = tasks.findIndex((task) => task.sources === null && !task.betweenness && !task.distances);
  return { main, withinHorizon: results[reachIndex === -1 ? 0 : reachIndex].withinHorizon };
}

// Pair totals per network and per sample ('exact', or 'k:seed'), so summary figures after a metrics
// report cost nothing.
const pairCache = new WeakMap<Network, Map<string, PairTotals>>();

function pairKey(plan: PathPlan, options: Pick<PathOptions, 'seed'>): string {
  return plan.sampled === null ? 'exact' : `${plan.sampled.length}:${options.seed}`;
}

function rememberPairs(network: Network, key: string, totals: PairTotals): void {
  let byKey = pairCache.get(network);
  if (!byKey) pairCache.set(network, (byKey = new Map()));
  byKey.set(key, totals);
}

/** What pathMetrics and the worker runners search for, given their options. */
export function pathMetricsWants(options: Pick<PathOptions, 'betweenness'>): PathWants {
  return { betweenness: options.betweenness, distances: true, reach: true };
}

/** Every column from the sums of a run with pathMetricsWants(options). */
export function finishPathMetrics(network: Network, plan: PathPlan, sums: PathSums, options: Pick<PathOptions, 'seed' | 'betweenness'>): PathMetrics {
  const reach = reachFrom(sums.withinHorizon, plan.n);
  const pairs = pairTotalsFrom(sums.main, plan);
  rememberPairs(network, pairKey(plan, options), pairs);
  return {
    betweenness: options.betweenness ? scaleBetweenness(sums.main.betweenness, plan) : new Float64Array(plan.n).fill(Number.NaN),
    closeness: closenessFrom(sums.main, plan),
    harmonic: harmonicFrom(sums.main, plan),
    reach,
    isolation: isolationFrom(reach),
    fragmentation: fragmentationFrom(pairs),
    averageShortestPath: averageDistanceFrom(pairs),
    horizon: plan.horizon,
    exact: plan.sampled === null,
    sources: plan.sampled === null ? plan.n : plan.sampled.length,
    errorBound: samplingErrorBound(plan),
  };
}

export const ALL_PATH_WANTS: PathWants = { betweenness: true, distances: true, reach: true };

/**
 * Betweenness, closeness, harmonic, reach and isolation from one BFS per source, plus fragmentation and
 * average distance. Columns are aligned with network.organisations.
 */
export function pathMetrics(network: Network, options: Partial<PathOptions> = {}): PathMetrics {
  const resolved = resolvePathOptions('pathMetrics', network, options);
  const plan = planPaths(network, resolved);
  const sums = runPathsSerial(plan, pathMetricsWants(resolved), resolved.onProgress);
  return finishPathMetrics(network, plan, sums, resolved);
}

/**
 * Reachable-pair totals, exact or from `sampleSources` sampled searches; cached per network and sample,
 * and filled by any pathMetrics run with the same options.
 */
export function pairTotals(network: Network, options: Pick<PathOptions, 'sampleSources' | 'seed'>): PairTotals {
  const plan = planPaths(network, { ...PATH_DEFAULTS, ...options });
  const key = pairKey(plan, options);
  let totals = pairCache.get(network)?.get(key);
  if (!totals) {
    const sums = runPathsSerial(plan, { betweenness: false, distances: true, reach: false });
    totals = pairTotalsFrom(sums.main, plan);
    rememberPairs(network, key, totals);
  }
  return totals;
}

export type { PairTotals } from './paths-finish.js';
