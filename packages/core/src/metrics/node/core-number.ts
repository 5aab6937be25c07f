// Core number: how deep inside the densely tied core an organisation sits, the largest k such that it
// belongs to a group where everyone has at least k ties. Equals nx.core_number(G) after removing self-loops.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

/**
 * Batagelj–Zaversnik bucket peeling, O(n + m). Directed networks follow NetworkX: degree is in + out and
 * neighbours are successors and predecessors, so a tie returned counts twice.
 */
export function coreNumber(network: Network): Float64Array {
  const csr = csrOf(checkNetwork(network, 'coreNumber'));
  const n = csr.n;
  const degree = new Int32Array(n);
  let maxDegree = 0;
  for (let v = 0; v < n; v++) {
    degree[v] = csr.out.offsets[v + 1] - csr.out.offsets[v];
    if (csr.directed) degree[v] += csr.in.offsets[v + 1] - csr.in.offsets[v];
    if (degree[v] > maxDegree) maxDegree = degree[v];
  }
  const incoming = csr.directed ? csr.in : undefined;
  peel(degree, maxDegree, csr.out.offsets, csr.out.neighbours, incoming?.offsets, incoming?.neighbours);
  return new Float64Array(degree);
}

/**
 * Turns `degree` into core numbers in place. Organisations are kept sorted by current degree (counting sort):
 * bucketStart[d] is where degree d begins in `order`. Peeling v lowers each better-connected neighbour by one,
 * which moves it to the front of its bucket and shifts that bucket's start by one. (Plain arrays as arguments,
 * not a closure over them: V8 keeps them in registers.)
 */
function peel(
  degree: Int32Array,
  maxDegree: number,
  offsets: Int32Array,
  neighbours: Int32Array,
  inOffsets: Int32Array | undefined,
  inNeighbours: Int32Array | undefined,
): void {
  const n = degree.length;
  const bucketStart = new Int32Array(maxDegree + 2);
  for (let v = 0; v < n; v++) bucketStart[degree[v] + 1]++;
  for (let d = 0; d <= maxDegree; d++) bucketStart[d + 1] += bucketStart[d];
  const order = new Int32Array(n);
  const position = new Int32Array(n);
  const fill = bucketStart.slice(0, maxDegree + 1);
  for (let v = 0; v < n; v++) {
    const at = fill[degree[v]]++;
    position[v] = at;
    order[at] = v;
  }
  for (let i = 0; i < n; i++) {
    const v = order[i];
    lower(degree, bucketStart, order, position, degree[v], offsets[v], offsets[v + 1], neighbours);
    if (inOffsets && inNeighbours) lower(degree, bucketStart, order, position, degree[v], inOffsets[v], inOffsets[v + 1], inNeighbours);
  }
}

/** Lowers by one the degree of each neighbour in [from, to) whose degree is above dv. */
function lower(
  degree: Int32Array,
  bucketStart: Int32Array,
  order: Int32Array,
  position: Int32Array,
  dv: number,
  from: number,
  to: number,
  neighbours: Int32Array,
): void {
  for (let k = from; k < to; k++) {
    const u = neighbours[k];
    const du = degree[u];
    if (du <= dv) continue;
    const first = bucketStart[du];
    const w = order[first];
    if (w !== u) {
      const at = position[u];
      order[at] = w;
      position[w] = at;
      order[first] = u;
      position[u] = first;
    }
    bucketStart[du] = first + 1;
    degree[u] = du - 1;
  }
}
