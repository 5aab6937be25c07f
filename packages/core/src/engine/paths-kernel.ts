// The shortest-path kernel: one breadth-first search per source over CSR arrays, feeding Brandes
// betweenness, incoming distance sums (closeness, harmonic), reach within a horizon and pair counts.
//
// accumulatePaths must stay self-contained (no imports, no module-level helpers): workers receive it as
// source text (see paths-worker-source.ts), the way graphology's ForceAtlas2 worker ships its iteration.

/** The integer graph the kernel walks: successors of v are neighbours[offsets[v] .. offsets[v+1]). */
export interface PathGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
}

/** A range of BFS sources and what to accumulate from them. */
export interface PathTask {
  /** The source list; null means the organisations 0..n-1 themselves. */
  readonly sources: Int32Array | null;
  /** Half-open range [from, to) over the source list. */
  readonly from: number;
  readonly to: number;
  /** Steps counted by reach. */
  readonly horizon: number;
  /** Brandes dependency accumulation (needs the full search). */
  readonly betweenness: boolean;
  /** Distance sums, harmonic sums and pair counts (needs the full search). */
  readonly distances: boolean;
}

/**
 * Sums over the task's sources. Every field is a plain sum over sources, so partial results of disjoint
 * ranges add up to the result of the whole range (workers rely on this).
 */
export interface PathPartial {
  /** Σ_s δ_s(v): Brandes dependencies, unscaled (length n, or 0 when not asked). */
  betweenness: Float64Array;
  /** Σ_s d(s, v) over sources s ≠ v that reach v: incoming distances (length n, or 0). */
  distanceSum: Float64Array;
  /** Number of sources s ≠ v that reach v (length n, or 0). */
  reachedBy: Float64Array;
  /** Σ_s 1 / d(s, v) over sources s ≠ v that reach v (length n, or 0). */
  harmonicSum: Float64Array;
  /** For each source s: organisations u ≠ s with d(s, u) ≤ horizon (length n; 0 for other rows). */
  withinHorizon: Float64Array;
  /** Ordered pairs (s, u), s ≠ u, with u reachable from s. */
  reachablePairs: number;
  /** Σ d(s, u) over those pairs. */
  distanceTotal: number;
}

/** Runs the searches of `task` on `graph`. Scratch arrays are allocated once per call, not per source. */
export function accumulatePaths(
  graph: PathGraph,
  task: PathTask,
  onProgress?: (done: number, total: number) => void,
): PathPartial {
  const n = graph.n;
  const offsets = graph.offsets;
  const neighbours = graph.neighbours;
  const sources = task.sources;
  const horizon = task.horizon;
  const wantBetweenness = task.betweenness;
  const wantDistances = task.distances;
  // Reach alone stops each search at the horizon; everything else needs the whole component.
  const full = wantBetweenness || wantDistances;

  const betweenness = new Float64Array(wantBetweenness ? n : 0);
  const distanceSum = new Float64Array(wantDistances ? n : 0);
  const reachedBy = new Float64Array(wantDistances ? n : 0);
  const harmonicSum = new Float64Array(wantDistances ? n : 0);
  const withinHorizon = new Float64Array(n);
  let reachablePairs = 0;
  let distanceTotal = 0;

  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  const sigma = new Float64Array(wantBetweenness ? n : 0);
  const share = new Float64Array(wantBetweenness ? n : 0);
  // The shortest-path DAG of the current search: successors of order[j] are dag[dagEnd[j-1] .. dagEnd[j]).
  // Recorded on the way out so the backward sweep reads only DAG edges, with no distance test.
  const dag = new Int32Array(wantBetweenness ? neighbours.length : 0);
  const dagEnd = new Int32Array(wantBetweenness ? n : 0);
  const total = task.to - task.from;

  for (let i = task.from; i < task.to; i++) {
    const s = sources === null ? i : sources[i];
    dist[s] = 0;
    order[0] = s;
    if (wantBetweenness) sigma[s] = 1;
    let head = 0;
    let tail = 1;
    let near = 0;
    let distances = 0;
    let dagSize = 0;

    while (head < tail) {
      const v = order[head++];
      const next = dist[v] + 1;
      if (!full && next > horizon) break; // BFS order: every later vertex is at least as far
      for (let k = offsets[v], end = offsets[v + 1]; k < end; k++) {
        const w = neighbours[k];
        const dw = dist[w];
        if (dw < 0) {
          dist[w] = next;
          order[tail++] = w;
          if (next <= horizon) near++;
          // sigma is set on discovery and share assigned in the backward sweep: nothing to reset later.
          if (wantBetweenness) {
            sigma[w] = sigma[v];
            dag[dagSize++] = w;
          }
          if (wantDistances) {
            distanceSum[w] += next;
            reachedBy[w] += 1;
            harmonicSum[w] += 1 / next;
            distances += next;
          }
        } else if (wantBetweenness && dw === next) {
          sigma[w] += sigma[v];
          dag[dagSize++] = w;
        }
      }
      if (wantBetweenness) dagEnd[head - 1] = dagSize;
    }

    if (wantBetweenness) {
      // Reverse BFS order: a vertex's DAG successors (one step further) are already done.
      // share[w] = (1 + δ(w)) / σ(w) is stored once per vertex, so the edge loop has no division.
      for (let j = tail - 1; j > 0; j--) {
        const v = order[j];
        let sum = 0;
        for (let k = dagEnd[j - 1], end = dagEnd[j]; k < end; k++) sum += share[dag[k]];
        const dependency = sigma[v] * sum;
        share[v] = (1 + dependency) / sigma[v];
        betweenness[v] += dependency;
      }
    }

    withinHorizon[s] = near;
    if (full) {
      reachablePairs += tail - 1;
      distanceTotal += distances;
    }
    for (let j = 0; j < tail; j++) dist[order[j]] = -1;
    if (onProgress !== undefined && ((i - task.from) & 255) === 255) onProgress(i - task.from + 1, total);
  }
  if (onProgress !== undefined) onProgress(total, total);

  return { betweenness, distanceSum, reachedBy, harmonicSum, withinHorizon, reachablePairs, distanceTotal };
}

/** Adds `part` into `sum` (same task shape); used to combine source ranges. */
export function addPartial(sum: PathPartial, part: PathPartial): void {
  addInto(sum.betweenness, part.betweenness);
  addInto(sum.distanceSum, part.distanceSum);
  addInto(sum.reachedBy, part.reachedBy);
  addInto(sum.harmonicSum, part.harmonicSum);
  addInto(sum.withinHorizon, part.withinHorizon);
  sum.reachablePairs += part.reachablePairs;
  sum.distanceTotal += part.distanceTotal;
}

function addInto(into: Float64Array, from: Float64Array): void {
  for (let i = 0; i < from.length; i++) into[i] += from[i];
}
