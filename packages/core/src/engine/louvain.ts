// Louvain modularity optimisation (Blondel et al. 2008) on CSR arrays: local moves until no organisation
// gains by changing community, then the communities become the nodes of a smaller graph, and again, until a
// level changes nothing. Written for knet because graphology-communities-louvain needs a graphology Graph,
// and building one from the CSR took longer than its Louvain run (bench: `--only louvain`).
import type { Adjacency } from './csr.js';

/** A pass that raises modularity by less than this is the last of its level (NetworkX's louvain threshold). */
const PASS_THRESHOLD = 1e-7;

/** One level's graph: ties without self-loops, and each node's strength (self-loops of merged nodes included). */
interface Level {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly weights: Float64Array;
  readonly strength: Float64Array;
}

/**
 * A partition of the organisations (community index per organisation, any numbering) found by Louvain with
 * resolution 1 on the symmetric weights of `adjacency`. `random` orders the moves; the same sequence of
 * numbers gives the same partition.
 */
export function louvainPartition(adjacency: Adjacency, random: () => number): Int32Array {
  const n = adjacency.offsets.length - 1;
  const strength = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let k = adjacency.offsets[v]; k < adjacency.offsets[v + 1]; k++) strength[v] += adjacency.weights[k];
  }
  const organisations: Level = { n, offsets: adjacency.offsets, neighbours: adjacency.neighbours, weights: adjacency.weights, strength };
  let level = organisations;
  let total = 0;
  for (let v = 0; v < n; v++) total += strength[v];
  // Organisation -> node of the current level.
  const nodeOf = singletons(n);
  if (total === 0) return nodeOf;

  for (;;) {
    const community = moveNodes(level, total, shuffledOrder(level.n, random), singletons(level.n), PASS_THRESHOLD);
    const { count, index } = renumber(community);
    if (count === level.n) break;
    for (let v = 0; v < n; v++) nodeOf[v] = index[nodeOf[v]];
    level = aggregate(level, index, count);
  }
  // Louvain leaves a partition that is optimal only for the top level's merged nodes: one more round of moves
  // of single organisations, to no threshold, leaves none that would raise modularity by moving.
  return moveNodes(organisations, total, shuffledOrder(n, random), nodeOf, 0);
}

function singletons(n: number): Int32Array {
  return Int32Array.from({ length: n }, (_, v) => v);
}

/** 0 .. n-1 in a random order (Fisher–Yates). */
function shuffledOrder(n: number, random: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, v) => v);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = order[i];
    order[i] = order[j];
    order[j] = t;
  }
  return order;
}

/**
 * Local moves from the partition `community` (changed in place and returned): each node, in `order`, joins the
 * neighbouring community with the largest modularity gain k_v,C − k_v Σ_C / 2m (its own community if none is
 * strictly better); passes repeat until one moves nothing or raises modularity by less than `threshold`.
 */
function moveNodes(level: Level, total: number, order: Int32Array, community: Int32Array, threshold: number): Int32Array {
  const { n, offsets, neighbours, weights, strength } = level;
  const communityStrength = new Float64Array(n);
  for (let v = 0; v < n; v++) communityStrength[community[v]] += strength[v];
  // Weight from the current node to each community it touches, zero elsewhere; `touched` lists those
  // communities (a community whose weight is still 0 may be listed twice: evaluating it twice changes nothing).
  const towards = new Float64Array(n);
  const touched = new Int32Array(n + 1);
  const perTotal = 1 / total;
  // Gains below this are rounding, not improvement (a move must raise modularity to end the loop).
  const epsilon = 1e-12 * (total / Math.max(1, n));
  for (let pass = 0; pass < 1000; pass++) {
    let moved = 0;
    // Σ over this pass's moves of (gain − gain of staying): the pass raises modularity by 2 × that / total.
    let improvement = 0;
    for (let i = 0; i < n; i++) {
      const v = order[i];
      const kv = strength[v];
      if (kv === 0) continue;
      const own = community[v];
      let count = 0;
      touched[count++] = own;
      const end = offsets[v + 1];
      for (let k = offsets[v]; k < end; k++) {
        const c = community[neighbours[k]];
        if (towards[c] === 0) touched[count++] = c;
        towards[c] += weights[k];
      }
      communityStrength[own] -= kv;
      let best = own;
      const stayGain = towards[own] - kv * communityStrength[own] * perTotal;
      let bestGain = stayGain;
      for (let t = 1; t < count; t++) {
        const c = touched[t];
        const gain = towards[c] - kv * communityStrength[c] * perTotal;
        if (gain > bestGain + epsilon) {
          best = c;
          bestGain = gain;
        }
      }
      for (let t = 0; t < count; t++) towards[touched[t]] = 0;
      communityStrength[best] += kv;
      if (best !== own) {
        community[v] = best;
        moved++;
        improvement += bestGain - stayGain;
      }
    }
    // NetworkX's threshold (1e-7 of modularity) ends the long tails of passes that move a handful of nodes.
    if (moved === 0 || (2 * improvement) / total < threshold) break;
  }
  return community;
}

/** Communities numbered 0 .. count-1 in order of their first node. */
function renumber(community: Int32Array): { count: number; index: Int32Array } {
  const label = new Int32Array(community.length).fill(-1);
  const index = new Int32Array(community.length);
  let count = 0;
  for (let v = 0; v < community.length; v++) {
    const c = community[v];
    if (label[c] < 0) label[c] = count++;
    index[v] = label[c];
  }
  return { count, index };
}

/** The graph whose nodes are the communities: ties between them summed, ties inside them kept in the strength. */
function aggregate(level: Level, index: Int32Array, count: number): Level {
  const { n, offsets, neighbours, weights, strength } = level;
  // Members of each community, grouped (counting sort).
  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[index[v] + 1]++;
  for (let c = 0; c < count; c++) start[c + 1] += start[c];
  const members = new Int32Array(n);
  const fill = start.slice(0, count);
  for (let v = 0; v < n; v++) members[fill[index[v]]++] = v;

  const newStrength = new Float64Array(count);
  const newOffsets = new Int32Array(count + 1);
  const newNeighbours = new Int32Array(offsets[n]);
  const newWeights = new Float64Array(offsets[n]);
  const positionOf = new Int32Array(count);
  const stamp = new Int32Array(count).fill(-1);
  let size = 0;
  for (let c = 0; c < count; c++) {
    newOffsets[c] = size;
    for (let i = start[c]; i < start[c + 1]; i++) {
      const v = members[i];
      newStrength[c] += strength[v];
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const d = index[neighbours[k]];
        if (d === c) continue;
        if (stamp[d] !== c) {
          stamp[d] = c;
          positionOf[d] = size;
          newNeighbours[size] = d;
          newWeights[size] = 0;
          size++;
        }
        newWeights[positionOf[d]] += weights[k];
      }
    }
  }
  newOffsets[count] = size;
  return {
    n: count,
    offsets: newOffsets,
    neighbours: newNeighbours.slice(0, size),
    weights: newWeights.slice(0, size),
    strength: newStrength,
  };
}
