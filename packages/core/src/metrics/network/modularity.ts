// Modularity of a partition: how much more the ties stay inside groups than chance would give, with
// weights, direction ignored (reciprocal weights added). Equals nx.community.modularity(G, groups, weight='weight').
import { csrOf } from '../../engine/csr.js';
import { checkNetwork, checkNumber } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

export const MODULARITY_DEFAULTS = {
  /** γ: above 1 favours smaller communities, below 1 larger ones. */
  resolution: 1,
};

export type ModularityOptions = typeof MODULARITY_DEFAULTS;

/** A group number per organisation, aligned with network.organisations, or a communities() result. */
export type Partition = ArrayLike<number> | { readonly community: ArrayLike<number> };

/**
 * Q = Σ_c (L_c / m − γ (d_c / 2m)²): L_c the weight of ties inside group c, d_c the total strength of its
 * organisations, m the total weight. Directed networks are read with w(i,j) = a_ij + a_ji (the view Louvain
 * optimises). NaN for a network with no ties (NetworkX divides by zero there).
 */
export function modularity(network: Network, partition: Partition, options: Partial<ModularityOptions> = {}): number {
  checkNetwork(network, 'modularity');
  const { resolution } = { ...MODULARITY_DEFAULTS, ...options };
  checkNumber(resolution, 'modularity', 'resolution', 0, Infinity);
  const group = denseGroups(network.order, partition);

  const { offsets, neighbours, weights } = csrOf(network).undirected;
  const n = network.order;
  const strengthOf = new Float64Array(n);
  let inside = 0;
  let total = 0;
  for (let v = 0; v < n; v++) {
    const g = group[v];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      total += weights[k];
      if (group[neighbours[k]] === g) inside += weights[k];
    }
  }
  if (total === 0) return Number.NaN;
  // Both sums saw each tie from both ends: inside = 2 Σ L_c, total = 2m.
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) strengthOf[group[v]] += weights[k];
  }
  let expected = 0;
  for (let g = 0; g < n; g++) expected += (strengthOf[g] / total) ** 2;
  return inside / total - resolution * expected;
}

/** Group labels renumbered 0..k−1 (k ≤ n), after checking there is one whole number per organisation. */
function denseGroups(n: number, partition: Partition): Int32Array {
  const labels = partition && typeof partition === 'object' && 'community' in partition ? partition.community : partition;
  if (!labels || typeof labels !== 'object' || typeof (labels as ArrayLike<number>).length !== 'number') {
    throw new Error('knet: modularity: the partition must be a list of group numbers, one per organisation, or a communities() result.');
  }
  const list = labels as ArrayLike<number>;
  if (list.length !== n) {
    throw new Error(`knet: modularity: the partition has ${list.length} group numbers for ${n} organisations.`);
  }
  const dense = new Int32Array(n);
  const ids = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const label = list[v];
    if (!Number.isSafeInteger(label)) {
      throw new Error(`knet: modularity: group numbers must be whole numbers; organisation ${v} has ${String(label)}.`);
    }
    let id = ids.get(label);
    if (id === undefined) ids.set(label, (id = ids.size));
    dense[v] = id;
  }
  return dense;
}
