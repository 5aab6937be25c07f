// Harmonic closeness: Σ 1/d over the organisations that reach this one, divided by n − 1; copes with split
// networks (unreachable ones add 0). Equals nx.harmonic_centrality(G) / (n − 1); directed: incoming.
import type { Network } from '../../model/network.js';
import { harmonicFrom } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, planPaths, resolvePathOptions, runPathsSerial } from '../../engine/paths.js';

export const HARMONIC_DEFAULTS = {
  /** 0: exact. k ≥ 2: the mean over k sampled organisations. */
  sampleSources: PATH_DEFAULTS.sampleSources,
  seed: PATH_DEFAULTS.seed,
};

export type HarmonicOptions = Pick<PathOptions, 'sampleSources' | 'seed' | 'onProgress'>;

/** Harmonic closeness in [0, 1] of each organisation, aligned with network.organisations. */
export function harmonic(network: Network, options: Partial<HarmonicOptions> = {}): Float64Array {
  const resolved = resolvePathOptions('harmonic', network, { ...HARMONIC_DEFAULTS, ...options });
  const plan = planPaths(network, resolved);
  const sums = runPathsSerial(plan, { betweenness: false, distances: true, reach: false }, resolved.onProgress);
  return harmonicFrom(sums.main, plan);
}
