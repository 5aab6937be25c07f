// Average distance within components: the mean number of steps between two organisations that can reach
// each other. For a connected network it is nx.average_shortest_path_length(G) (hops).
import type { Network } from '../../model/network.js';
import { Network as NetworkClass } from '../../model/network.js';
import { averageDistanceFrom } from '../../engine/paths-finish.js';
import { pairTotals } from '../../engine/paths.js';

/**
 * Mean d(u, v) over every ordered pair u ≠ v with v reachable from u (directed: following flow direction).
 * Disconnected networks: the components' nx.average_shortest_path_length weighted by their pairs.
 * One organisation: 0 (as NetworkX); no reachable pair otherwise: NaN. Reuses an exact pathMetrics run.
 */
export function averageShortestPath(network: Network): number {
  if (!(network instanceof NetworkClass)) throw new Error('knet: averageShortestPath: expected a Network (from readNetwork or createNetwork).');
  return averageDistanceFrom(pairTotals(network));
}
