// Random small networks for property tests (self-loops, repeated flows and isolates included), built both
// as a knet Network and, independently, as a graphology graph; plus Floyd–Warshall hop distances.
import fc from 'fast-check';
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { createNetwork } from '../../src/model/builder.js';
import type { Network } from '../../src/model/network.js';

export interface RandomGraph {
  n: number;
  directed: boolean;
  /** [source, target] index pairs; may repeat and may be self-loops. */
  flows: [number, number][];
}

/** Graphs of 1..maxOrder organisations with up to `maxFlows` flows (sparse and dense both appear). */
export function randomGraph(maxOrder = 24, maxFlows = 70): fc.Arbitrary<RandomGraph> {
  return fc.record({ n: fc.integer({ min: 1, max: maxOrder }), directed: fc.boolean() }).chain(({ n, directed }) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: maxFlows })
      .map((flows) => ({ n, directed, flows: flows as [number, number][] })),
  );
}

export const idOf = (i: number): string => `org${i}`;

export function networkOf(graph: RandomGraph): Network {
  return createNetwork({
    directed: graph.directed,
    organisations: Array.from({ length: graph.n }, (_, i) => ({ id: idOf(i) })),
    flows: graph.flows.map(([s, t]) => ({ source: idOf(s), target: idOf(t), weight: 1 })),
  });
}

/** The same graph in graphology, built straight from the flow list (self-loops dropped, repeats merged). */
export function graphologyOf(graph: RandomGraph): AbstractGraph {
  const g: AbstractGraph = graph.directed ? new DirectedGraph() : new UndirectedGraph();
  for (let i = 0; i < graph.n; i++) g.addNode(idOf(i));
  for (const [s, t] of graph.flows) if (s !== t) g.mergeEdge(idOf(s), idOf(t));
  return g;
}

/** Hop distances d[u][v] (Infinity when unreachable), following direction when directed. */
export function floydWarshall(graph: RandomGraph): number[][] {
  const { n } = graph;
  const d = Array.from({ length: n }, (_, u) => Array.from({ length: n }, (_, v) => (u === v ? 0 : Infinity)));
  for (const [s, t] of graph.flows) {
    if (s === t) continue;
    d[s][t] = 1;
    if (!graph.directed) d[t][s] = 1;
  }
  for (let k = 0; k < n; k++) for (let u = 0; u < n; u++) for (let v = 0; v < n; v++) {
    if (d[u][k] + d[k][v] < d[u][v]) d[u][v] = d[u][k] + d[k][v];
  }
  return d;
}

/** |a − b| within 1e-9 × (1 + |b|), NaN only against NaN. */
export function close(a: number, b: number, tolerance = 1e-9): boolean {
  if (Number.isNaN(b)) return Number.isNaN(a);
  return Math.abs(a - b) <= tolerance * (1 + Math.abs(b));
}
