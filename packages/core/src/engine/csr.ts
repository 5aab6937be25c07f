// Compressed sparse rows: the integer view every hot loop runs on. Built once per Network (cached),
// with repeated flows merged (weights summed) and self-loops dropped, as SPEC section 4 requires.
import type { Network } from '../model/network.js';

/** Neighbours of organisation v are `neighbours[offsets[v] .. offsets[v+1])`, with matching `weights`. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
}

export interface Csr {
  readonly n: number;
  readonly directed: boolean;
  /** Successors (undirected: all neighbours). */
  readonly out: Adjacency;
  /** Predecessors (undirected: the same object as `out`). */
  readonly in: Adjacency;
  /**
   * Direction ignored: neighbours over in ∪ out, weight a_ij + a_ji (Burt's mutual weight; Louvain's
   * reciprocal weights). Undirected: the same object as `out`.
   */
  readonly undirected: Adjacency;
}

const cache = new WeakMap<Network, Csr>();

export function csrOf(network: Network): Csr {
  let csr = cache.get(network);
  if (!csr) {
    csr = buildCsr(network);
    cache.set(network, csr);
  }
  return csr;
}

function buildCsr(network: Network): Csr {
  const n = network.order;
  const { source, target, weight, count } = network.flows;
  if (!network.directed) {
    const both = mergeRows(n, count, source, target, weight, true);
    return { n, directed: false, out: both, in: both, undirected: both };
  }
  const out = mergeRows(n, count, source, target, weight, false);
  const incoming = mergeRows(n, count, target, source, weight, false);
  let undirected: Adjacency | undefined;
  return {
    n,
    directed: true,
    out,
    in: incoming,
    get undirected() {
      undirected ??= mergeRows(n, count, source, target, weight, true);
      return undirected;
    },
  };
}

/**
 * Groups flows by row, then merges repeats in O(m) with a "last row that saw this column" stamp
 * (no sorting; neighbours stay in first-seen order, so results are deterministic). Each pass is a function of
 * its own: V8 optimises a lone loop cleanly, where one function of four loops deoptimised between them and
 * made the first build on a network several times slower than later ones.
 */
function mergeRows(
  n: number,
  count: number,
  rows: Int32Array,
  columns: Int32Array,
  weights: Float64Array,
  symmetric: boolean,
): Adjacency {
  const rawOffsets = rowStarts(n, count, rows, columns, symmetric);
  const rawColumns = new Int32Array(rawOffsets[n]);
  const rawWeights = new Float64Array(rawOffsets[n]);
  scatter(count, rows, columns, weights, symmetric, rawOffsets.slice(0, n), rawColumns, rawWeights);
  return mergeRepeats(n, rawOffsets, rawColumns, rawWeights);
}

/** Where each row starts once flows are grouped by row (self-loops left out). */
function rowStarts(n: number, count: number, rows: Int32Array, columns: Int32Array, symmetric: boolean): Int32Array {
  const offsets = new Int32Array(n + 1);
  for (let f = 0; f < count; f++) {
    const r = rows[f];
    const c = columns[f];
    if (r === c) continue;
    offsets[r + 1]++;
    if (symmetric) offsets[c + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  return offsets;
}

/** Writes each flow into its row (and its reverse into the other row when symmetric); `fill` advances. */
function scatter(
  count: number,
  rows: Int32Array,
  columns: Int32Array,
  weights: Float64Array,
  symmetric: boolean,
  fill: Int32Array,
  rawColumns: Int32Array,
  rawWeights: Float64Array,
): void {
  for (let f = 0; f < count; f++) {
    const r = rows[f];
    const c = columns[f];
    if (r === c) continue;
    let at = fill[r]++;
    rawColumns[at] = c;
    rawWeights[at] = weights[f];
    if (symmetric) {
      at = fill[c]++;
      rawColumns[at] = r;
      rawWeights[at] = weights[f];
    }
  }
}

/**
 * The grouped rows with repeated columns merged into one entry, weights summed. Compacts in place (an entry
 * never moves right), so the raw arrays become the result: no second pair of arrays to allocate and fill.
 */
function mergeRepeats(n: number, rawOffsets: Int32Array, neighbours: Int32Array, weights: Float64Array): Adjacency {
  const offsets = new Int32Array(n + 1);
  // seenInRow[c] === v + 1 when column c already has an entry in row v (starts zeroed, so no fill is needed).
  const seenInRow = new Int32Array(n);
  const positionOf = new Int32Array(n);
  let size = 0;
  for (let v = 0; v < n; v++) {
    offsets[v] = size;
    const stamp = v + 1;
    for (let k = rawOffsets[v]; k < rawOffsets[v + 1]; k++) {
      const c = neighbours[k];
      if (seenInRow[c] === stamp) {
        weights[positionOf[c]] += weights[k];
      } else {
        seenInRow[c] = stamp;
        positionOf[c] = size;
        neighbours[size] = c;
        weights[size] = weights[k];
        size++;
      }
    }
  }
  offsets[n] = size;
  const length = neighbours.length;
  // A few repeats: keep the raw buffers (a view wastes little); many: copy into arrays of the merged size.
  if (size === length || length - size <= length / 8) {
    return { offsets, neighbours: neighbours.subarray(0, size), weights: weights.subarray(0, size) };
  }
  return { offsets, neighbours: neighbours.slice(0, size), weights: weights.slice(0, size) };
}

/** Number of distinct ties (pairs; ordered pairs when directed), self-loops excluded. */
export function tieCount(csr: Csr): number {
  const entries = csr.out.offsets[csr.n];
  return csr.directed ? entries : entries / 2;
}
