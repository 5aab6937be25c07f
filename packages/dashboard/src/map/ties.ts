// The map's ties: flows merged per pair (undirected: either order; directed: per direction), weights summed,
// self-loops left out, as typed columns with an adjacency index. The analysis worker builds them while it
// reads the network and transfers them with it (rememberTies); tiesOf falls back to building them here.
import type { Network } from '@knet/core';

/** Ties as columns: ends (organisation indices), summed weight; and for each organisation its tie numbers. */
export interface TieTable {
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Ties of organisation v are tieIds[offsets[v] .. offsets[v+1]). */
  offsets: Int32Array;
  tieIds: Int32Array;
  /** Tie number of each flow (-1 for self-loops, which are not drawn). */
  edgeOfFlow: Int32Array;
  /** The ties a big map draws while nothing is filtered (drawn-ties.ts), when the worker chose them. */
  drawn?: Int32Array;
}

const received = new WeakMap<Network, TieTable>();

/** Ties built elsewhere (the worker) for this network. */
export function rememberTies(network: Network, ties: TieTable): void {
  received.set(network, ties);
}

export function tiesOf(network: Network): TieTable {
  return received.get(network) ?? mergeFlows(network);
}

/** A copy whose arrays can be transferred while the original is kept. */
export function copyTies(ties: TieTable): TieTable {
  return {
    count: ties.count,
    source: ties.source.slice(),
    target: ties.target.slice(),
    weight: ties.weight.slice(),
    offsets: ties.offsets.slice(),
    tieIds: ties.tieIds.slice(),
    edgeOfFlow: ties.edgeOfFlow.slice(),
    drawn: ties.drawn?.slice(),
  };
}

/** The typed arrays of a tie table, for postMessage's transfer list. */
export function tieBuffers(ties: TieTable): ArrayBuffer[] {
  const arrays = [ties.source, ties.target, ties.weight, ties.offsets, ties.tieIds, ties.edgeOfFlow, ...(ties.drawn ? [ties.drawn] : [])];
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

export function mergeFlows(network: Network): TieTable {
  const n = network.order;
  const { flows } = network;
  const edgeOfFlow = new Int32Array(flows.count).fill(-1);
  const index = new Map<number, number>();
  // At most one tie per flow: columns sized for that, cut to the count at the end.
  const source = new Int32Array(flows.count);
  const target = new Int32Array(flows.count);
  const weight = new Float64Array(flows.count);
  let count = 0;
  for (let f = 0; f < flows.count; f++) {
    let s = flows.source[f];
    let t = flows.target[f];
    if (s === t) continue;
    if (!network.directed && s > t) [s, t] = [t, s];
    const pair = s * n + t;
    let k = index.get(pair);
    if (k === undefined) {
      k = count++;
      index.set(pair, k);
      source[k] = flows.source[f];
      target[k] = flows.target[f];
    }
    weight[k] += flows.weight[f];
    edgeOfFlow[f] = k;
  }
  const offsets = new Int32Array(n + 1);
  for (let k = 0; k < count; k++) {
    offsets[source[k] + 1]++;
    offsets[target[k] + 1]++;
  }
  for (let v = 0; v < n; v++) offsets[v + 1] += offsets[v];
  const fill = offsets.slice(0, n);
  const tieIds = new Int32Array(2 * count);
  for (let k = 0; k < count; k++) {
    tieIds[fill[source[k]]++] = k;
    tieIds[fill[target[k]]++] = k;
  }
  return { count, source: source.slice(0, count), target: target.slice(0, count), weight: weight.slice(0, count), offsets, tieIds, edgeOfFlow };
}

/** Which ties have at least one flow the filters keep. */
export function visibleTies(ties: TieTable, keptFlows: Uint8Array): Uint8Array {
  const visible = new Uint8Array(ties.count);
  const { edgeOfFlow } = ties;
  for (let f = 0; f < edgeOfFlow.length; f++) if (keptFlows[f] && edgeOfFlow[f] >= 0) visible[edgeOfFlow[f]] = 1;
  return visible;
}

/** Each tie's smaller end-degree (in ties), the tie-break of drawn-ties.ts. */
export function smallerDegrees(ties: TieTable): Float64Array {
  const smaller = new Float64Array(ties.count);
  const degree = (v: number) => ties.offsets[v + 1] - ties.offsets[v];
  for (let k = 0; k < ties.count; k++) smaller[k] = Math.min(degree(ties.source[k]), degree(ties.target[k]));
  return smaller;
}

/** The organisation at the other end of tie k from v. */
export function otherEnd(ties: TieTable, k: number, v: number): number {
  return ties.source[k] === v ? ties.target[k] : ties.source[k];
}
