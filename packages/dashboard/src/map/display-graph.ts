// What the map draws from a Network: one node per organisation (key = its id, `i` = its index) and the ties,
// i.e. flows merged per pair (per direction when directed), kept as typed arrays with an adjacency index.
// Small maps also put the ties in the graphology graph sigma draws; big maps draw a chosen few (drawn-ties.ts).
// Nodes carry positions only: colours and sizes come from reducers, so restyling never rebuilds the graph.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Network } from '@knet/core';
import { seededRandom } from '@knet/core';

export interface DisplayNode {
  x: number;
  y: number;
  /** Index in network.organisations. */
  i: number;
  label: string;
  size: number;
}

export interface DisplayEdge {
  /** Tie number (0..ties-1), for the per-tie arrays. */
  k: number;
  weight: number;
  size: number;
}

export type DisplayGraph = AbstractGraph<DisplayNode, DisplayEdge>;

/** Ties as columns: ends (organisation indices), summed weight; and for each organisation its tie numbers. */
export interface TieTable {
  count: number;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  /** Ties of organisation v are tieIds[offsets[v] .. offsets[v+1]). */
  offsets: Int32Array;
  tieIds: Int32Array;
}

export interface Display {
  graph: DisplayGraph;
  ties: TieTable;
  /** Tie number of each flow (-1 for self-loops, which are not drawn). */
  edgeOfFlow: Int32Array;
  /** Node keys by organisation index (the ids). */
  keys: readonly string[];
  /** Whether `graph` holds every tie (small maps) or none (big maps, which add a chosen few). */
  tiesInGraph: boolean;
}

export const DISPLAY_DEFAULTS = {
  /** Seed of the starting positions, so a network always starts (and so settles) the same way. */
  seed: 7,
  /** Put every tie in the graphology graph (small maps). */
  tiesInGraph: true,
};

export function buildDisplay(network: Network, options: Partial<typeof DISPLAY_DEFAULTS> = {}): Display {
  const { seed, tiesInGraph } = { ...DISPLAY_DEFAULTS, ...options };
  const graph: DisplayGraph = network.directed
    ? new DirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false })
    : new UndirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
  const random = seededRandom(seed);
  const n = network.order;
  // A disc whose area grows with n, so the layout starts near its final scale and settles sooner.
  const radius = 10 * Math.sqrt(Math.max(1, n));
  const keys = network.organisations.map((organisation) => organisation.id);
  network.organisations.forEach((organisation, i) => {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.addNode(organisation.id, { x: r * Math.cos(angle), y: r * Math.sin(angle), i, label: organisation.label, size: 4 });
  });
  const { ties, edgeOfFlow } = mergeFlows(network);
  if (tiesInGraph) {
    for (let k = 0; k < ties.count; k++) {
      graph.addEdgeWithKey(`e${k}`, keys[ties.source[k]], keys[ties.target[k]], { k, weight: ties.weight[k], size: tieSize(ties.weight[k]) });
    }
  }
  return { graph, ties, edgeOfFlow, keys, tiesInGraph };
}

/** Line width for a tie: thicker for stronger ties, gently (log), so heavy ties do not hide the rest. */
export function tieSize(weight: number): number {
  return Math.min(4, 0.5 + Math.log2(1 + weight) * 0.5);
}

/** Flows merged per pair (undirected: either order; directed: per direction), weights summed; self-loops left out. */
export function mergeFlows(network: Network): { ties: TieTable; edgeOfFlow: Int32Array } {
  const n = network.order;
  const { flows } = network;
  const edgeOfFlow = new Int32Array(flows.count).fill(-1);
  const index = new Map<number, number>();
  const source: number[] = [];
  const target: number[] = [];
  const weight: number[] = [];
  for (let f = 0; f < flows.count; f++) {
    let s = flows.source[f];
    let t = flows.target[f];
    if (s === t) continue;
    if (!network.directed && s > t) [s, t] = [t, s];
    const pair = s * n + t;
    let k = index.get(pair);
    if (k === undefined) {
      k = source.length;
      index.set(pair, k);
      source.push(flows.source[f]);
      target.push(flows.target[f]);
      weight.push(0);
    }
    weight[k] += flows.weight[f];
    edgeOfFlow[f] = k;
  }
  const count = source.length;
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
  return {
    ties: { count, source: Int32Array.from(source), target: Int32Array.from(target), weight: Float64Array.from(weight), offsets, tieIds },
    edgeOfFlow,
  };
}

/** Which ties have at least one flow the filters keep. */
export function visibleEdges(display: Display, keptFlows: Uint8Array): Uint8Array {
  const visible = new Uint8Array(display.ties.count);
  const { edgeOfFlow } = display;
  for (let f = 0; f < edgeOfFlow.length; f++) if (keptFlows[f] && edgeOfFlow[f] >= 0) visible[edgeOfFlow[f]] = 1;
  return visible;
}

/** The organisation at the other end of tie k from v. */
export function otherEnd(ties: TieTable, k: number, v: number): number {
  return ties.source[k] === v ? ties.target[k] : ties.source[k];
}
