// Breadth-first searches on the CSR with a few extra ties laid over it: what a network's reach would be if
// some introductions were made, counted exactly without copying the network. Integer indices throughout.
import type { Adjacency } from './csr.js';

/** Ties laid over the adjacency: `extra.get(v)` are the organisations v would also reach in one step. */
export type ExtraTies = ReadonlyMap<number, readonly number[]>;

/** Adds the tie a–b both ways (an introduction: the two now know each other). */
export function addExtraTie(extra: Map<number, number[]>, a: number, b: number): void {
  for (const [from, to] of [[a, b], [b, a]]) {
    const list = extra.get(from);
    if (list) list.push(to);
    else extra.set(from, [to]);
  }
}

/** Undoes addExtraTie(extra, a, b) for the tie added last. */
export function removeLastTie(extra: Map<number, number[]>, a: number, b: number): void {
  for (const from of [a, b]) {
    const list = extra.get(from)!;
    list.pop();
    if (list.length === 0) extra.delete(from);
  }
}

/**
 * Reusable search state for one adjacency: stamps instead of clearing arrays, so each search costs only
 * the organisations it visits (what makes thousands of what-if searches per second affordable).
 */
export class HorizonSearch {
  readonly n: number;
  private readonly adjacency: Adjacency;
  private readonly seen: Int32Array;
  private readonly steps: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;
  /** Organisations visited by the last search, in visiting order: queue[0 .. visited). */
  private visited = 0;

  constructor(adjacency: Adjacency) {
    this.adjacency = adjacency;
    this.n = adjacency.offsets.length - 1;
    this.seen = new Int32Array(this.n);
    this.steps = new Int32Array(this.n);
    this.queue = new Int32Array(this.n);
  }

  /**
   * Visits everyone within `horizon` steps of `source` (Infinity: no limit), over the adjacency plus
   * `extra`; returns how many others were reached. `stepsTo` and `reached` then describe this search.
   */
  search(source: number, horizon: number, extra?: ExtraTies): number {
    if (++this.stamp === 0x7fffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const { offsets, neighbours } = this.adjacency;
    const { seen, steps, queue, stamp } = this;
    let head = 0;
    let tail = 0;
    seen[source] = stamp;
    steps[source] = 0;
    queue[tail++] = source;
    while (head < tail) {
      const v = queue[head++];
      const next = steps[v] + 1;
      if (next > horizon) continue;
      for (let k = offsets[v]; k < offsets[v + 1]; k++) {
        const u = neighbours[k];
        if (seen[u] !== stamp) {
          seen[u] = stamp;
          steps[u] = next;
          queue[tail++] = u;
        }
      }
      const more = extra?.get(v);
      if (more) {
        for (const u of more) {
          if (seen[u] !== stamp) {
            seen[u] = stamp;
            steps[u] = next;
            queue[tail++] = u;
          }
        }
      }
    }
    this.visited = tail;
    return tail - 1;
  }

  /** Steps from the last search's source to v, or -1 when it was not reached. */
  stepsTo(v: number): number {
    return this.seen[v] === this.stamp ? this.steps[v] : -1;
  }

  /** The organisations the last search reached, source first, nearest first. */
  reached(): Int32Array {
    return this.queue.slice(0, this.visited);
  }
}
