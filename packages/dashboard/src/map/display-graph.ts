// What the map draws from a Network: one node per organisation (key = its id, `i` = its index) and the ties
// (ties.ts: flows merged per pair, as typed arrays with an adjacency index).
// Small maps also put the ties in the graphology graph sigma draws; big maps draw a chosen few (drawn-ties.ts).
// Nodes carry positions only: colours and sizes come from reducers, so restyling never rebuilds the graph.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import type { Network } from '@knet/core';
import { seededRandom } from '@knet/core';
import { type TieTable, tiesOf } from './ties.js';

export type { TieTable } from './ties.js';

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

export interface Display {
  graph: DisplayGraph;
  ties: TieTable;
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
  const steps = displaySteps(network, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * buildDisplay in steps: yields after every `nodesPerStep` organisations (and after the ties), so a caller
 * can let the page breathe between them; 100,000 graph nodes at once would block it for a second or more.
 */
export function* displaySteps(network: Network, options: Partial<typeof DISPLAY_DEFAULTS> = {}, nodesPerStep = Number.POSITIVE_INFINITY): Generator<void, Display> {
  const { seed, tiesInGraph } = { ...DISPLAY_DEFAULTS, ...options };
  const graph: DisplayGraph = network.directed
    ? new DirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false })
    : new UndirectedGraph<DisplayNode, DisplayEdge>({ allowSelfLoops: false });
  const random = seededRandom(seed);
  const n = network.order;
  // A disc whose area grows with n, so the layout starts near its final scale and settles sooner.
  const radius = 10 * Math.sqrt(Math.max(1, n));
  const keys = network.organisations.map((organisation) => organisation.id);
  const organisations = network.organisations;
  for (let i = 0; i < n; i++) {
    if (i > 0 && i % nodesPerStep === 0) yield;
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    graph.addNode(organisations[i].id, { x: r * Math.cos(angle), y: r * Math.sin(angle), i, label: organisations[i].label, size: 4 });
  }
  const ties = tiesOf(network);
  if (tiesInGraph) {
    yield;
    for (let k = 0; k < ties.count; k++) {
      graph.addEdgeWithKey(`e${k}`, keys[ties.source[k]], keys[ties.target[k]], { k, weight: ties.weight[k], size: tieSize(ties.weight[k]) });
    }
  }
  return { graph, ties, keys, tiesInGraph };
}

/** Line width for a tie: thicker for stronger ties, gently (log), so heavy ties do not hide the rest. */
export function tieSize(weight: number): number {
  return Math.min(4, 0.5 + Math.log2(1 + weight) * 0.5);
}
