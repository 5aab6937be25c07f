// Average distance within components: the mean number of steps between two organisations that can reach
// each other. For a connected network it is nx.average_shortest_path_length(G) (hops).
import type { Network } from '../../model/network.js';
import { averageDistanceFrom } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, pairTotals, resolvePathOptions } from '../../engine/paths.js';

export const AVERAGE_SHORTEST_PATH_DEFAULTS = {
  /** 0: exact (a search from every organisation). k ≥ 2: estimated from k sampled organisations. */
  sampleSources: PATH_DEFAULTS.sampleSources,
  seed: PATH_DEFAULTS.seed,
};

export type AverageShortestPathOptions = Pick<PathOptions, 'sampleSources' | 'seed'>;

/**
 * Mean d(u, v) over every ordered pair u ≠ v with v reachable from u (directed: following flow direction).
 * Disconnected networks: the components' nx.average_shortest_path_length weighted by their pairs.
 * One organisation: 0 (as NetworkX); no reachable pair otherwise: NaN. Free after a pathMetrics run with
 * the same sampleSources and seed (the pair totals are kept).
 */
export function averageShortestPath(network: Network, options: Partial<AverageShortestPathOptions> = {}): number {
  const resolved = resolvePathOptions('averageShortestPath', network, { ...AVERAGE_SHORTEST_PATH_DEFAULTS, ...options });
  return averageDistanceFrom(pairTotals(network, resolved));
}
