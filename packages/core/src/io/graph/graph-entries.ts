// A parsed graphology graph as the node and edge records from-graph.ts reads.
import type { AbstractGraph } from 'graphology-types';
import type { GraphEdge, GraphNode } from './from-graph.js';

/**
 * The graph's nodes and edges. Only the first `declared` nodes were declared by the file: the parsers add
 * nodes in file order and then create the ones edges name without declaring them, which must be reported.
 */
export function graphEntries(graph: AbstractGraph, declared = graph.order): { nodes: Iterable<GraphNode>; edges: Iterable<GraphEdge> } {
  return { nodes: declaredNodes(graph, declared), edges: edges(graph) };
}

function* declaredNodes(graph: AbstractGraph, declared: number): Generator<GraphNode> {
  let i = 0;
  for (const { node, attributes } of graph.nodeEntries()) {
    if (i++ >= declared) return;
    yield { key: node, attributes };
  }
}

function* edges(graph: AbstractGraph): Generator<GraphEdge> {
  for (const { attributes, source, target, undirected } of graph.edgeEntries()) yield { source, target, attributes, undirected };
}
