// Closeness: how few steps, on average, separate an organisation from those that can reach it.
// Equals nx.closeness_centrality(G): Wasserman–Faust scaling, hops; directed: incoming distances.
import type { Network } from '../../model/network.js';
import { closenessFrom } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, planPaths, resolvePathOptions, runPathsSerial } from '../../engine/paths.js';

export const CLOSENESS_DEFAULTS = {
  /** 0: exact. k ≥ 2: estimated from the distances out of k sampled organisations. */
  sampleSources: PATH_DEFAULTS.sampleSources,
  seed: PATH_DEFAULTS.seed,
};

export type ClosenessOptions = Pick<PathOptions, 'sampleSources' | 'seed' | 'onProgress'>;

/** Closeness of each organisation (0 when no one reaches it), aligned with network.organisations. */
export function closeness(network: Network, options: Partial<ClosenessOptions> = {}): Float64Array {
  const resolved = resolvePathOptions('closeness', network, { ...CLOSENESS_DEFAULTS, ...options });
  const plan = planPaths(network, resolved);
  const sums = runPathsSerial(plan, { betweenness: false, distances: true, reach: false }, resolved.onProgress);
  return closenessFrom(sums.main, plan);
}
