// Triangles through each organisation, direction ignored: the hot loop behind clustering. Each tie is
// oriented towards the better-connected end, so every triangle is found once in O(m^1.5).
import type { Adjacency } from './csr.js';

/** Number of triangles through each organisation of an undirected adjacency (no self-loops, no repeats). */
export function triangleCounts(adjacency: Adjacency): Float64Array {
  const { offsets, neighbours } = adjacency;
  const n = offsets.length - 1;
  const degree = (v: number) => offsets[v + 1] - offsets[v];
  // Rank by (degree, index): an organisation keeps only ties to higher-ranked ones, at most √(2m) of them.
  const higher = (u: number, v: number) => degree(u) < degree(v) || (degree(u) === degree(v) && u < v);
  const forwardOffsets = new Int32Array(n + 1);
  for (let v = 0; v < n; v++) {
    let count = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (higher(v, neighbours[k])) count++;
    forwardOffsets[v + 1] = forwardOffsets[v] + count;
  }
  const forward = new Int32Array(forwardOffsets[n]);
  for (let v = 0, at = 0; v < n; v++) {
    for (let k = offsets[v]; k < offsets[v + 1]; k++) if (higher(v, neighbours[k])) forward[at++] = neighbours[k];
  }

  const triangles = new Float64Array(n);
  const mark = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    for (let k = forwardOffsets[v]; k < forwardOffsets[v + 1]; k++) mark[forward[k]] = v;
    for (let k = forwardOffsets[v]; k < forwardOffsets[v + 1]; k++) {
      const u = forward[k];
      for (let j = forwardOffsets[u]; j < forwardOffsets[u + 1]; j++) {
        const w = forward[j];
        if (mark[w] === v) {
          triangles[v]++;
          triangles[u]++;
          triangles[w]++;
        }
      }
    }
  }
  return triangles;
}
