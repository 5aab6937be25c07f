// The ties of a network as a map from organisation id to id to weight (repeated flows merged, self-loops
// dropped, as every metric sees them), and the difference between two such maps.
import { csrOf } from '../engine/csr.js';
import type { Network } from '../model/network.js';

/** source id -> target id -> summed weight. Undirected: each tie once, smaller id first. */
export type TieMap = Map<string, Map<string, number>>;

export interface TieChange {
  source: string;
  target: string;
  /** Summed weight before and after; 0 where the tie is absent. */
  weightBefore: number;
  weightAfter: number;
}

/** Ties keyed by id. `directed` false folds direction (weights a_ij + a_ji, Burt's mutual weight). */
export function tieMap(network: Network, directed: boolean): TieMap {
  const csr = csrOf(network);
  const adjacency = directed ? csr.out : csr.undirected;
  const ids = network.organisations.map((o) => o.id);
  const ties: TieMap = new Map();
  for (let v = 0; v < csr.n; v++) {
    for (let e = adjacency.offsets[v]; e < adjacency.offsets[v + 1]; e++) {
      const u = adjacency.neighbours[e];
      let source = ids[v];
      let target = ids[u];
      if (!directed) {
        // Undirected ties appear from both ends: keep the one whose source id sorts first.
        if (target < source) continue;
      }
      let row = ties.get(source);
      if (!row) ties.set(source, (row = new Map()));
      row.set(target, adjacency.weights[e]);
    }
  }
  return ties;
}

export interface TieDifference {
  gained: TieChange[];
  lost: TieChange[];
  /** Ties in both, with a different weight. */
  reweighted: TieChange[];
  /** Ties in both (reweighted or not). */
  kept: number;
}

/** Ties gained, lost and reweighted from `before` to `after`, each list sorted by source id then target id. */
export function diffTies(before: TieMap, after: TieMap): TieDifference {
  const gained: TieChange[] = [];
  const lost: TieChange[] = [];
  const reweighted: TieChange[] = [];
  let kept = 0;
  for (const [source, row] of after) {
    const old = before.get(source);
    for (const [target, weightAfter] of row) {
      const weightBefore = old?.get(target);
      if (weightBefore === undefined) gained.push({ source, target, weightBefore: 0, weightAfter });
      else {
        kept++;
        if (weightBefore !== weightAfter) reweighted.push({ source, target, weightBefore, weightAfter });
      }
    }
  }
  for (const [source, row] of before) {
    const now = after.get(source);
    for (const [target, weightBefore] of row) {
      if (!now?.has(target)) lost.push({ source, target, weightBefore, weightAfter: 0 });
    }
  }
  return { gained: sortTies(gained), lost: sortTies(lost), reweighted: sortTies(reweighted), kept };
}

function sortTies(ties: TieChange[]): TieChange[] {
  // Plain code-unit order: the same on every machine and locale.
  return ties.sort((x, y) =>
    x.source < y.source ? -1 : x.source > y.source ? 1 : x.target < y.target ? -1 : x.target > y.target ? 1 : 0,
  );
}
