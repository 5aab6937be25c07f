// The graph sigma draws: one node per organisation (key = its id, `i` = its index in the network) and one
// edge per tied pair with the flows merged, plus the flow -> edge map the filters need. Only positions are
// stored on nodes; colours and sizes come from reducers so a change of colour never rebuilds the graph.
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
  /** Edge number (0..edges-1), for the per-edge arrays. */
  k: number;
  weight: number;
  size: number;
}

export type DisplayGraph = AbstractGraph<DisplayNode, DisplayEdge>;

export interface Display {
  graph: DisplayGraph;
  /** Edge number of each flow (-1 for self-loops, which are not drawn). */
  edgeOfFlow: Int32Array;
  edgeCount: number;
  /** Node keys by organisation index (the ids). */
  keys: readonly string[];
}

export const DISPLAY_DEFAULTS = {
  /** Seed of the starting positions, so a network always starts (and so settles) the same way. */
  seed: 7,
};

export function buildDisplay(network: Network, options: Partial<typeof DISPLAY_DEFAULTS> = {}): Display {
  const { seed } = { ...DISPLAY_DEFAULTS, ...options };
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
  const { flows } = network;
  const edgeOfFlow = new Int32Array(flows.count).fill(-1);
  let edgeCount = 0;
  for (let f = 0; f < flows.count; f++) {
    const s = flows.source[f];
    const t = flows.target[f];
    if (s === t) continue;
    const existing = graph.edge(keys[s], keys[t]);
    if (existing !== undefined) {
      const attributes = graph.getEdgeAttributes(existing);
      attributes.weight += flows.weight[f];
      edgeOfFlow[f] = attributes.k;
      continue;
    }
    const k = edgeCount++;
    graph.addEdgeWithKey(`e${k}`, keys[s], keys[t], { k, weight: flows.weight[f], size: 1 });
    edgeOfFlow[f] = k;
  }
  return { graph, edgeOfFlow, edgeCount, keys };
}

/** Which edges have at least one flow the filters keep. */
export function visibleEdges(display: Display, keptFlows: Uint8Array): Uint8Array {
  const visible = new Uint8Array(display.edgeCount);
  const { edgeOfFlow } = display;
  for (let f = 0; f < edgeOfFlow.length; f++) if (keptFlows[f] && edgeOfFlow[f] >= 0) visible[edgeOfFlow[f]] = 1;
  return visible;
}
