// Fragmentation (Borgatti): the share of ordered pairs of organisations that cannot reach each other.
// 0: everyone can reach everyone; 1: no ties. Directed: reaching follows flow direction.
import type { Network } from '../../model/network.js';
import { Network as NetworkClass } from '../../model/network.js';
import { fragmentationFrom } from '../../engine/paths-finish.js';
import { pairTotals } from '../../engine/paths.js';
import { components } from '../node/component.js';

/** 1 − |{(u, v) : u ≠ v, u reaches v}| / (n(n − 1)); NaN with fewer than two organisations. */
export function fragmentation(network: Network): number {
  if (!(network instanceof NetworkClass)) throw new Error('knet: fragmentation: expected a Network (from readNetwork or createNetwork).');
  const n = network.order;
  if (!network.directed) {
    // Undirected, u reaches v exactly when they share a component: Σ_C |C|(|C| − 1) pairs, no search needed.
    let reachablePairs = 0;
    for (const size of components(network).sizes) reachablePairs += size * (size - 1);
    return fragmentationFrom({ organisations: n, reachablePairs, distanceTotal: 0 });
  }
  return fragmentationFrom(pairTotals(network));
}
