// Components: which (weakly) connected group each organisation belongs to, 0 = the largest; ties between
// equal sizes go to the group whose first organisation comes first. Flow direction is ignored.
import type { Network } from '../../model/network.js';
import { Network as NetworkClass } from '../../model/network.js';
import { csrOf } from '../../engine/csr.js';

export interface Components {
  /** Component of each organisation, aligned with network.organisations; 0 = largest. */
  readonly index: Int32Array;
  /** Size of each component, largest first. */
  readonly sizes: readonly number[];
  /** Number of components (isolated organisations count one each). */
  readonly count: number;
  /** Size of the largest component (0 for an empty network). */
  readonly largest: number;
  /** largest / n (NaN for an empty network). */
  readonly largestShare: number;
  /** Organisations with no tie to another (self-loops do not count): components of size 1. */
  readonly isolates: number;
}

/** Weakly connected components, as nx.connected_components / nx.weakly_connected_components. */
export function components(network: Network): Components {
  if (!(network instanceof NetworkClass)) throw new Error('knet: components: expected a Network (from readNetwork or createNetwork).');
  const csr = csrOf(network);
  const n = csr.n;
  const { offsets, neighbours } = csr.out;
  // Union–find over out-going ties: each tie joins its two ends whatever its direction.
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (v: number): number => {
    let root = v;
    while (parent[root] !== root) root = parent[root];
    while (parent[v] !== root) {
      const next = parent[v];
      parent[v] = root;
      v = next;
    }
    return root;
  };
  for (let v = 0; v < n; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const a = find(v);
      const b = find(neighbours[k]);
      // The smaller index becomes the root, so a root is its component's first organisation.
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }

  const size = new Int32Array(n);
  const roots: number[] = [];
  for (let v = 0; v < n; v++) {
    const root = find(v);
    if (size[root]++ === 0) roots.push(root);
  }
  // roots are in order of first organisation; a stable sort keeps that order among equal sizes.
  roots.sort((a, b) => size[b] - size[a]);
  const label = new Int32Array(n);
  roots.forEach((root, i) => (label[root] = i));
  const index = new Int32Array(n);
  for (let v = 0; v < n; v++) index[v] = label[find(v)];

  const sizes = roots.map((root) => size[root]);
  const largest = sizes[0] ?? 0;
  return {
    index,
    sizes,
    count: sizes.length,
    largest,
    largestShare: n > 0 ? largest / n : Number.NaN,
    isolates: sizes.filter((s) => s === 1).length,
  };
}

/** The `component` column: each organisation's component index as a number (0 = largest). */
export function component(network: Network): Float64Array {
  return Float64Array.from(components(network).index);
}
