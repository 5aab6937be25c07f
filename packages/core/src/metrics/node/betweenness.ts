// Betweenness: how often an organisation sits on the shortest routes between two others (a broker).
// Equals nx.betweenness_centrality(G, normalized=True): hops, not weights; Brandes on the shared BFS kernel.
import type { Network } from '../../model/network.js';
import { scaleBetweenness } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, planPaths, resolvePathOptions, runPathsSerial } from '../../engine/paths.js';

export const BETWEENNESS_DEFAULTS = {
  /** 0: exact. k ≥ 2: Brandes from k sampled organisations, scaled as nx.betweenness_centrality(G, k). */
  sampleSources: PATH_DEFAULTS.sampleSources,
  seed: PATH_DEFAULTS.seed,
};

export type BetweennessOptions = Pick<PathOptions, 'sampleSources' | 'seed' | 'onProgress'>;

/** Normalised betweenness of each organisation, aligned with network.organisations. */
export function betweenness(network: Network, options: Partial<BetweennessOptions> = {}): Float64Array {
  const resolved = resolvePathOptions('betweenness', network, { ...BETWEENNESS_DEFAULTS, ...options });
  const plan = planPaths(network, resolved);
  const sums = runPathsSerial(plan, { betweenness: true, distances: false, reach: false }, resolved.onProgress);
  return scaleBetweenness(sums.main.betweenness, plan);
}
