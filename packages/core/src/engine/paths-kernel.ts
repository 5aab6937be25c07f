// The shortest-path kernel: one breadth-first search per source over CSR arrays, feeding Brandes
// betweenness, incoming distance sums (closeness, harmonic), reach within a horizon and pair counts.
// Searches are direction-optimising (Beamer et al., SC 2012): a level is expanded top-down from the frontier
// or bottom-up from the unvisited organisations, whichever scans fewer ties.
//
// accumulatePaths must stay self-contained (no imports, no module-level helpers): workers receive it as
// source text (see paths-worker-source.ts), the way graphology's ForceAtlas2 worker ships its iteration.

/**
 * The integer graph the kernel walks: successors of v are neighbours[offsets[v] .. offsets[v+1]),
 * predecessors inNeighbours[inOffsets[v] .. inOffsets[v+1]) (undirected: the same arrays).
 */
export interface PathGraph {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly inOffsets: Int32Array;
  readonly inNeighbours: Int32Array;
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
  const inOffsets = graph.inOffsets;
  const inNeighbours = graph.inNeighbours;
  const sources = task.sources;
  const horizon = task.horizon;
  const wantBetweenness = task.betweenness;
  const wantDistances = task.distances;
  // Reach alone stops each search at the horizon; everything else needs the whole component.
  const full = wantBetweenness || wantDistances;
  // Bottom-up, Brandes must sum σ over every predecessor; a plain search stops at the first one found,
  // so it goes bottom-up sooner (measured best near 1/3 of the unvisited ties on clustered graphs).
  const bottomUpFactor = wantBetweenness ? 1 : 1 / 3;

  const betweenness = new Float64Array(wantBetweenness ? n : 0);
  const distanceSum = new Float64Array(wantDistances ? n : 0);
  const reachedBy = new Float64Array(wantDistances ? n : 0);
  const harmonicSum = new Float64Array(wantDistances ? n : 0);
  const withinHorizon = new Float64Array(n);
  let reachablePairs = 0;
  let distanceTotal = 0;

  const dist = new Int32Array(n).fill(-1);
  // Visit order; levels are contiguous in it: level L is order[levelStart[L] .. levelStart[L + 1]).
  const order = new Int32Array(n);
  const levelStart = new Int32Array(n + 2);
  const unvisited = new Int32Array(n);
  const sigma = new Float64Array(wantBetweenness ? n : 0);
  const share = new Float64Array(wantBetweenness ? n : 0);
  const sum = new Float64Array(wantBetweenness ? n : 0);
  // Shortest-path DAG edges, grouped by the level of their tail: group L is [dagStart[L], dagStart[L + 1]).
  const dagFrom = new Int32Array(wantBetweenness ? neighbours.length : 0);
  const dagTo = new Int32Array(wantBetweenness ? neighbours.length : 0);
  const dagStart = new Int32Array(wantBetweenness ? n + 2 : 0);
  const totalIn = inOffsets[n];
  const total = task.to - task.from;

  for (let i = task.from; i < task.to; i++) {
    const s = sources === null ? i : sources[i];
    dist[s] = 0;
    order[0] = s;
    if (wantBetweenness) sigma[s] = 1;
    let tail = 1;
    let level = 0;
    let near = 0;
    let distances = 0;
    let dagSize = 0;
    levelStart[0] = 0;
    levelStart[1] = 1;
    let frontierOut = offsets[s + 1] - offsets[s];
    let unvisitedIn = totalIn - (inOffsets[s + 1] - inOffsets[s]);
    let unvisitedCount = -1; // the unvisited list is built on the first bottom-up level

    while (levelStart[level] < levelStart[level + 1]) {
      const next = level + 1;
      if (!full && next > horizon) break;
      if (wantBetweenness) dagStart[level] = dagSize;
      let nextOut = 0;
      if (frontierOut > unvisitedIn * bottomUpFactor) {
        // Bottom-up: each unvisited organisation looks for predecessors on the current level.
        if (unvisitedCount < 0) {
          unvisitedCount = 0;
          for (let v = 0; v < n; v++) if (dist[v] < 0) unvisited[unvisitedCount++] = v;
        }
        let kept = 0;
        for (let j = 0; j < unvisitedCount; j++) {
          const u = unvisited[j];
          if (dist[u] >= 0) continue;
          let found = false;
          let paths = 0;
          for (let k = inOffsets[u], end = inOffsets[u + 1]; k < end; k++) {
            const v = inNeighbours[k];
            if (dist[v] !== level) continue;
            found = true;
            if (!wantBetweenness) break;
            paths += sigma[v];
            dagFrom[dagSize] = v;
            dagTo[dagSize++] = u;
          }
          if (!found) {
            unvisited[kept++] = u;
            continue;
          }
          // dist[u] = next cannot be mistaken for the current level by later organisations of this sweep.
          dist[u] = next;
          order[tail++] = u;
          if (wantBetweenness) sigma[u] = paths;
          nextOut += offsets[u + 1] - offsets[u];
          unvisitedIn -= inOffsets[u + 1] - inOffsets[u];
        }
        unvisitedCount = kept;
      } else {
        // Top-down: the frontier's ties to new organisations, and to organisations one level further.
        for (let j = levelStart[level], end = levelStart[level + 1]; j < end; j++) {
          const v = order[j];
          const paths = wantBetweenness ? sigma[v] : 0;
          for (let k = offsets[v], stop = offsets[v + 1]; k < stop; k++) {
            const w = neighbours[k];
            const dw = dist[w];
            if (dw < 0) {
              dist[w] = next;
              order[tail++] = w;
              nextOut += offsets[w + 1] - offsets[w];
              unvisitedIn -= inOffsets[w + 1] - inOffsets[w];
              if (wantBetweenness) {
                sigma[w] = paths;
                dagFrom[dagSize] = v;
                dagTo[dagSize++] = w;
              }
            } else if (wantBetweenness && dw === next) {
              sigma[w] += paths;
              dagFrom[dagSize] = v;
              dagTo[dagSize++] = w;
            }
          }
        }
      }
      const found = tail - levelStart[level + 1];
      if (next <= horizon) near += found;
      if (wantDistances && found > 0) {
        const inverse = 1 / next;
        for (let j = levelStart[level + 1]; j < tail; j++) {
          const w = order[j];
          distanceSum[w] += next;
          reachedBy[w] += 1;
          harmonicSum[w] += inverse;
        }
        distances += next * found;
      }
      frontierOut = nextOut;
      level = next;
      levelStart[level + 1] = tail;
    }

    if (wantBetweenness) {
      // Deepest level first. With share(w) = (1 + δ(w)) / σ(w) final for level L + 1, the DAG edges out of
      // level L give δ(v) = σ(v) · Σ share(w) (Brandes) with one division per organisation, none per edge.
      dagStart[level] = dagSize;
      for (let L = level; L >= 0; L--) {
        for (let e = dagStart[L], end = L < level ? dagStart[L + 1] : dagStart[L]; e < end; e++) sum[dagFrom[e]] += share[dagTo[e]];
        for (let j = levelStart[L], end = levelStart[L + 1]; j < end; j++) {
          const v = order[j];
          const dependency = sigma[v] * sum[v];
          sum[v] = 0;
          share[v] = (1 + dependency) / sigma[v];
          if (L > 0) betweenness[v] += dependency;
        }
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
