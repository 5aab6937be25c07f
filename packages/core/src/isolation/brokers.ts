// Brokers and the distance to the nearest one. A broker is an organisation whose betweenness is among the
// top `top` share (at least the single highest), and above 0: the ones knowledge must pass through.
import type { Adjacency } from '../engine/csr.js';

export const BROKER_DEFAULTS = {
  /** Share of organisations, by betweenness, counted as brokers. */
  top: 0.1,
};

/** 1 for each broker. Ties at the boundary are all brokers, so the set can be a little larger than `top`. */
export function findBrokers(betweenness: Float64Array, options: Partial<typeof BROKER_DEFAULTS> = {}): Uint8Array {
  const { top } = { ...BROKER_DEFAULTS, ...options };
  if (!(top > 0 && top <= 1)) throw new Error(`knet: brokers: top must be a share in (0, 1], got ${top}.`);
  const n = betweenness.length;
  const budget = Math.max(1, Math.ceil(top * n));
  const sorted = Array.from(betweenness).filter(Number.isFinite).sort((a, b) => b - a);
  const isBroker = new Uint8Array(n);
  if (sorted.length === 0) return isBroker;
  // The budget-th highest value is the bar: everyone at or above it, and above 0, is a broker.
  const bar = sorted[Math.min(budget, sorted.length) - 1];
  for (let v = 0; v < n; v++) if (betweenness[v] > 0 && betweenness[v] >= bar) isBroker[v] = 1;
  return isBroker;
}

/**
 * Steps from every organisation to the nearest marked one (a multi-source BFS over `adjacency`),
 * 0 for the marked ones themselves and -1 where none can be reached.
 */
export function stepsToNearest(adjacency: Adjacency, marked: Uint8Array): Int32Array {
  const n = marked.length;
  const steps = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) {
    if (marked[v]) {
      steps[v] = 0;
      queue[tail++] = v;
    }
  }
  const { offsets, neighbours } = adjacency;
  while (head < tail) {
    const v = queue[head++];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbours[k];
      if (steps[u] === -1) {
        steps[u] = steps[v] + 1;
        queue[tail++] = u;
      }
    }
  }
  return steps;
}
