// Reach: the share of the other organisations within `horizon` steps (a partner, a partner's partner...),
// following flow direction when directed; isolation is 1 − reach (SPEC sections 4 and 6).
import type { Network } from '../../model/network.js';
import { isolationFrom, reachFrom } from '../../engine/paths-finish.js';
import { type PathOptions, PATH_DEFAULTS, planPaths, resolvePathOptions, runPathsSerial } from '../../engine/paths.js';

export const REACH_DEFAULTS = {
  /** Steps counted: 2 means partners and partners' partners. */
  horizon: PATH_DEFAULTS.horizon,
};

export type ReachOptions = Pick<PathOptions, 'horizon' | 'onProgress'>;

/** Reach in [0, 1] of each organisation (NaN when the network has a single organisation). */
export function reach(network: Network, options: Partial<ReachOptions> = {}): Float64Array {
  return reachOf('reach', network, options);
}

/** 1 − reach: "more than `horizon` introductions away from this share of the network". */
export function isolation(network: Network, options: Partial<ReachOptions> = {}): Float64Array {
  return isolationFrom(reachOf('isolation', network, options));
}

function reachOf(caller: string, network: Network, options: Partial<ReachOptions>): Float64Array {
  // Only horizon and onProgress apply: sampling never touches reach.
  const resolved = resolvePathOptions(caller, network, { ...REACH_DEFAULTS, ...options, sampleSources: 0 });
  const plan = planPaths(network, resolved);
  // Searches stop at the horizon, so this costs Σ of 2-step neighbourhoods, not n BFS sweeps.
  const sums = runPathsSerial(plan, { betweenness: false, distances: false, reach: true }, resolved.onProgress);
  return reachFrom(sums.withinHorizon, plan.n);
}
