// graphology's JSON serialisation (graph.export(): { options, attributes, nodes: [{ key, attributes }],
// edges: [{ source, target, attributes, undirected }] }) in and out, with the CSV policy (from-graph.ts).
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { textOf } from '../decode.js';
import { KnetInputError, WarningCollector } from '../problems.js';
import type { ReadResult } from '../result.js';
import type { LoadedSource } from '../source.js';
import { networkFromGraph, type GraphEdge, type GraphNode } from './from-graph.js';

export interface JsonWriteOptions {
  /** Spaces of indentation; 0 writes one line (default 0: these files are for programs). */
  indent?: number;
}

export const JSON_DEFAULTS: Required<JsonWriteOptions> = { indent: 0 };

interface SerializedGraph {
  options?: { type?: string };
  nodes: { key: unknown; attributes?: Record<string, unknown> }[];
  edges?: { source: unknown; target: unknown; attributes?: Record<string, unknown>; undirected?: boolean }[];
}

export function readJson(source: LoadedSource, options: { directed?: boolean } = {}): ReadResult {
  const warnings = new WarningCollector();
  const file = source.name;
  const text = textOf(source, warnings);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KnetInputError('bad-format', { file, ...positionOf(text, error as Error) }, `this is not valid JSON (${(error as Error).message}).`);
  }
  const graph = validate(file, data);
  const type = graph.options?.type ?? 'mixed';
  const edges = graph.edges ?? [];
  const network = networkFromGraph(
    {
      file,
      nodes: graph.nodes.map((node): GraphNode => ({ key: String(node.key), attributes: node.attributes ?? {} })),
      edges: edges.map((edge): GraphEdge => ({
        source: String(edge.source),
        target: String(edge.target),
        attributes: edge.attributes ?? {},
        undirected: type === 'undirected' || (type !== 'directed' && edge.undirected === true),
      })),
      declaredDirected: type === 'directed',
      size: edges.length,
    },
    options.directed === true,
    warnings,
  );
  return { network, warnings: warnings.list(), format: 'json' };
}

/** The network as graphology JSON (the format of graph.export()): one edge per linked pair. */
export function writeJson(network: Network, options: JsonWriteOptions = {}): string {
  const { indent } = { ...JSON_DEFAULTS, ...options };
  const graph = checkNetwork(network, 'writeJson').toGraph();
  // `flows` (how many flows were merged into an edge) is only worth writing when some edge merged several.
  let merged = false;
  graph.forEachEdge((_edge, attributes) => {
    if ((attributes.flows as number) > 1) merged = true;
  });
  // Built here rather than by graph.export(), which copies attributes into plain objects and so loses `__proto__`.
  const serialized = {
    options: { type: graph.type, multi: false, allowSelfLoops: true },
    attributes: {},
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target) => ({ key, source, target, attributes: merged ? attributes : withoutFlows(attributes) })),
  };
  return JSON.stringify(serialized, null, indent || undefined);
}

function validate(file: string, data: unknown): SerializedGraph {
  const fail = (what: string) =>
    new KnetInputError('bad-format', { file }, `this JSON is not a graph in graphology's format: ${what} (expected { "nodes": [{ "key": ... }], "edges": [{ "source": ..., "target": ... }] }).`);
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw fail('the top level is not an object');
  const graph = data as SerializedGraph;
  if (!Array.isArray(graph.nodes)) throw fail('it has no "nodes" list');
  if (graph.edges !== undefined && !Array.isArray(graph.edges)) throw fail('"edges" is not a list');
  graph.nodes.forEach((node, i) => {
    if (!node || typeof node !== 'object' || node.key === undefined || node.key === null) throw fail(`node ${i + 1} has no "key"`);
    if (node.attributes !== undefined && (typeof node.attributes !== 'object' || node.attributes === null)) throw fail(`node ${i + 1}'s "attributes" is not an object`);
  });
  (graph.edges ?? []).forEach((edge, i) => {
    if (!edge || typeof edge !== 'object' || edge.source === undefined || edge.source === null || edge.target === undefined || edge.target === null) throw fail(`edge ${i + 1} has no "source" or "target"`);
    if (edge.attributes !== undefined && (typeof edge.attributes !== 'object' || edge.attributes === null)) throw fail(`edge ${i + 1}'s "attributes" is not an object`);
  });
  return graph;
}

// V8 names the offset of a JSON syntax error ("at position 42", or "line 3 column 5" in newer versions).
function positionOf(text: string, error: Error): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  if (!position) return {};
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

function withoutFlows(attributes: Record<string, unknown> | undefined): Record<string, unknown> {
  const kept: Record<string, unknown> = Object.create(null);
  for (const name of Object.keys(attributes ?? {})) {
    if (name !== 'flows') Object.defineProperty(kept, name, { value: attributes![name], enumerable: true, writable: true, configurable: true });
  }
  return kept;
}
