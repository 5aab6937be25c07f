// Fragmentation (Borgatti): the share of ordered pairs of organisations that cannot reach each other.
// 0: everyone can reach everyone; 1: no ties. Directed: reaching follows flow direction.
import type { Network } from '../../model/network.js';
import { fragmentationFrom } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, pairTotals, resolvePathOptions } from '../../engine/paths.js';
import { components } from '../node/component.js';

export const FRAGMENTATION_DEFAULTS = {
  /** Directed networks only (undirected ones are always exact, from components): 0 exact, k ≥ 2 sampled. */
  sampleSources: PATH_DEFAULTS.sampleSources,
  seed: PATH_DEFAULTS.seed,
};

export type FragmentationOptions = Pick<PathOptions, 'sampleSources' | 'seed'>;

/** 1 − |{(u, v) : u ≠ v, u reaches v}| / (n(n − 1)); NaN with fewer than two organisations. */
export function fragmentation(network: Network, options: Partial<FragmentationOptions> = {}): number {
  const resolved = resolvePathOptions('fragmentation', network, { ...FRAGMENTATION_DEFAULTS, ...options });
  if (!network.directed) {
    // Undirected, u reaches v exactly when they share a component: Σ_C |C|(|C| − 1) pairs, no search needed.
    let reachablePairs = 0;
    for (const size of components(network).sizes) reachablePairs += size * (size - 1);
    return fragmentationFrom({ organisations: network.order, reachablePairs, distanceTotal: 0 });
  }
  return fragmentationFrom(pairTotals(network, resolved));
}
