// metricsReport: every SPEC section 4 column for a network in one call, sharing work where metrics share it
// (one BFS pass gives betweenness, closeness, harmonic, reach and isolation), with progress callbacks.
import type { Network } from '../model/network.js';
import { Network as NetworkClass } from '../model/network.js';
import type { MetricColumnId } from './catalogue.js';
import { metricColumnsFor } from './catalogue.js';
import { communities as findCommunities } from './node/community.js';
import { components as findComponents } from './node/component.js';
import { clustering } from './node/clustering.js';
import { constraint } from './node/constraint.js';
import { coreNumber } from './node/core-number.js';
import { degree, inDegree, outDegree, weightedDegree } from './node/degree.js';
import { effectiveSize } from './node/effective-size.js';
import { eigenvector } from './node/eigenvector.js';
import { pagerank } from './node/pagerank.js';
import { type PathMetrics, pathMetrics } from '../engine/paths.js';
import type { MetricsReport } from './report-types.js';

export const REPORT_DEFAULTS = {
  /** Steps counted by reach and isolation. */
  horizon: 2,
  /** Louvain runs; the best modularity wins (SPEC section 4). */
  restarts: 8,
  /** Seed of the first Louvain run; the same seed gives the same communities. */
  seed: 1,
};

export interface ReportProgress {
  /** What is being computed, in words. */
  stage: string;
  /** Stages finished so far, of `total` (fractional inside the long path stage). */
  done: number;
  total: number;
}

export interface ReportOptions {
  horizon: number;
  restarts: number;
  seed: number;
  onProgress?: (progress: ReportProgress) => void;
  /**
   * Path metrics already computed for this network and horizon (e.g. on workers with pathMetricsInWorkers,
   * for big networks); the report then skips its own BFS pass.
   */
  paths?: PathMetrics;
}

/** Every column, aligned with network.organisations (NaN = empty), plus components and communities. */
export function metricsReport(network: Network, options: Partial<ReportOptions> = {}): MetricsReport {
  if (!(network instanceof NetworkClass)) throw new Error('knet: metricsReport: expected a Network (from readNetwork or createNetwork).');
  const resolved = { ...REPORT_DEFAULTS, ...options };
  const { horizon, restarts, seed, onProgress, paths: given } = resolved;
  if (!Number.isSafeInteger(horizon) || horizon < 1) throw new Error(`knet: metricsReport: horizon must be a whole number of steps, 1 or more, got ${horizon}.`);
  if (!Number.isSafeInteger(restarts) || restarts < 1) throw new Error(`knet: metricsReport: restarts must be a whole number, 1 or more, got ${restarts}.`);
  if (given && (given.horizon !== horizon || given.reach.length !== network.order)) {
    throw new Error('knet: metricsReport: the given path metrics were computed for another network or horizon.');
  }

  const columns: Partial<Record<MetricColumnId, Float64Array>> = {};
  let components: ReturnType<typeof findComponents> | undefined;
  let communities: ReturnType<typeof findCommunities> | undefined;
  // Ordered cheapest first, so progress moves early; the shared BFS pass is the long one on big networks.
  const stages: [string, () => void][] = [
    ['ties', () => {
      columns.degree = degree(network);
      if (network.directed) {
        columns.in_degree = inDegree(network);
        columns.out_degree = outDegree(network);
      }
      columns.weighted_degree = weightedDegree(network);
    }],
    ['components', () => {
      components = findComponents(network);
      columns.component = Float64Array.from(components.index);
    }],
    ['core numbers', () => (columns.core_number = coreNumber(network))],
    ['clustering', () => (columns.clustering = clustering(network))],
    ['constraint and effective size', () => {
      columns.constraint = constraint(network);
      columns.effective_size = effectiveSize(network);
    }],
    ['PageRank', () => (columns.pagerank = pagerank(network))],
    ['eigenvector', () => (columns.eigenvector = eigenvector(network))],
    ['communities', () => {
      communities = findCommunities(network, { restarts, seed });
      columns.community = Float64Array.from(communities.community);
    }],
    ['betweenness, closeness and reach', () => {
      // The long stage on big networks: report within it, as a fraction of one stage.
      const onPaths = onProgress && ((done: number, total: number) =>
        onProgress({ stage: 'betweenness, closeness and reach', done: stages.length - 1 + done / total, total: stages.length }));
      const paths = given ?? pathMetrics(network, { horizon, onProgress: onPaths });
      columns.betweenness = paths.betweenness;
      columns.closeness = paths.closeness;
      columns.harmonic = paths.harmonic;
      columns.reach = paths.reach;
      columns.isolation = paths.isolation;
    }],
  ];
  stages.forEach(([stage, run], done) => {
    onProgress?.({ stage, done, total: stages.length });
    run();
  });
  onProgress?.({ stage: 'done', done: stages.length, total: stages.length });

  const columnIds = metricColumnsFor(network.directed).map((column) => column.id);
  return { network, horizon, columnIds, columns, components: components!, communities: communities! };
}
