// Core number: how deep inside the densely tied core an organisation sits, the largest k such that it
// belongs to a group where everyone has at least k ties. Equals nx.core_number(G) after removing self-loops.
import { csrOf, type Adjacency } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

/**
 * Batagelj–Zaversnik bucket peeling, O(n + m). Directed networks follow NetworkX: degree is in + out and
 * neighbours are predecessors then successors, so a tie returned counts twice.
 */
export function coreNumber(network: Network): Float64Array {
  const csr = csrOf(checkNetwork(network, 'coreNumber'));
  const n = csr.n;
  const lists: Adjacency[] = csr.directed ? [csr.in, csr.out] : [csr.out];
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    for (const { offsets } of lists) degree[v] += offsets[v + 1] - offsets[v];
    if (degree[v] > maxDegree) maxDegree = degree[v];
  }

  // Organisations sorted by degree (counting sort): bucketStart[d] is where degree d begins in `order`.
  const bucketStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bucketStart[degree[v] + 1]++;
  for (let d = 0; d <= maxDegree; d++) bucketStart[d + 1] += bucketStart[d];
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = bucketStart.slice(0, maxDegree + 1);
  for (let v = 0; v < n; v++) {
    position[v] = fill[degree[v]]++;
    order[position[v]] = v;
  }

  // Peel in order of current degree: removing v lowers each better-connected neighbour by one, which moves
  // it to the front of its bucket and shifts that bucket's start by one.
  for (let i = 0; i < n; i++) {
    const v = order[i];
    const dv = degree[v];
    for (const { offsets, neighbours } of lists) {
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const u = neighbours[k];
        const du = degree[u];
        if (du <= dv) continue;
        const first = bucketStart[du];
        const w = order[first];
        if (w !== u) {
          order[position[u]] = w;
          position[w] = position[u];
          order[first] = u;
          position[u] = first;
        }
        bucketStart[du]++;
        degree[u] = du - 1;
      }
    }
  }
  return Float64Array.from(degree);
}
