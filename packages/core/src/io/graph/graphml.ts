// GraphML in and out. Reading goes through graphology-graphml and the CSV policy (from-graph.ts); graphology
// has no GraphML writer, so writing is done here: typed <key> declarations, then nodes and merged edges.
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import type { Attributes, AttributeValue } from '../../model/attributes.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { textOf } from '../decode.js';
import { KnetInputError, WarningCollector } from '../problems.js';
import type { ReadResult } from '../result.js';
import type { LoadedSource } from '../source.js';
import { networkFromGraph } from './from-graph.js';
import { graphEntries } from './graph-entries.js';
import { protectDocument, xmlSafeText } from './safe-names.js';
import { dropUnreadableElements, parseXml } from './xml.js';

export function readGraphml(source: LoadedSource, options: { directed?: boolean } = {}): ReadResult {
  const warnings = new WarningCollector();
  const file = source.name;
  const document = parseXml(file, textOf(source, warnings), 'graphml');
  const graphElement = document.getElementsByTagName('graph')[0];
  if (!graphElement) throw new KnetInputError('bad-format', { file }, 'this GraphML file has no <graph> element.');
  const { declared, idsOfDroppedEdges } = dropUnreadableElements(document, file, warnings);
  protectDocument(document, [{ tag: 'key', attributes: ['attr.name'] }]);
  let graph;
  try {
    graph = parse(MultiGraph, document, { addMissingNodes: true });
  } catch (error) {
    throw new KnetInputError('bad-format', { file }, `this GraphML file could not be read: ${(error as Error).message.replace(/^graphology-graphml\/parser: /, '')}.`);
  }
  const network = networkFromGraph(
    { file, ...graphEntries(graph, declared), idsOfSkippedEdges: idsOfDroppedEdges, declaredDirected: graphElement.getAttribute('edgedefault') === 'directed', size: graph.size },
    options.directed === true,
    warnings,
  );
  return { network, warnings: warnings.list(), format: 'graphml' };
}

type GraphmlType = 'boolean' | 'long' | 'double' | 'string';

/** The network as GraphML text: one <key> per attribute, organisations as nodes, one edge per linked pair. */
export function writeGraphml(network: Network): string {
  const graph = checkNetwork(network, 'writeGraphml').toGraph();
  const nodeKeys = declareKeys(graph.mapNodes((_node, attributes) => attributes));
  const edgeAttributes = graph.mapEdges((_edge, attributes) => attributes);
  // `flows` counts flows merged into an edge: only written when some edge merged several.
  const merged = edgeAttributes.some((attributes) => (attributes.flows as number) > 1);
  const edgeKeys = declareKeys(edgeAttributes, merged ? [] : ['flows'], nodeKeys.size);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const [kind, keys] of [['node', nodeKeys], ['edge', edgeKeys]] as const) {
    for (const [name, key] of keys) lines.push(`  <key id="${key.id}" for="${kind}" attr.name="${attribute(name)}" attr.type="${key.type}"/>`);
  }
  lines.push(`  <graph edgedefault="${network.directed ? 'directed' : 'undirected'}">`);
  graph.forEachNode((node, attributes) => lines.push(element('node', `id="${attribute(node)}"`, attributes, nodeKeys)));
  graph.forEachEdge((_edge, attributes, source, target) => lines.push(element('edge', `source="${attribute(source)}" target="${attribute(target)}"`, attributes, edgeKeys)));
  lines.push('  </graph>', '</graphml>', '');
  return xmlSafeText(lines.join('\n'));
}

interface KeyDeclaration {
  id: string;
  type: GraphmlType;
}

// One key per attribute name, typed from every value it takes (mixed kinds fall back to string).
function declareKeys(records: Attributes[], skip: string[] = [], offset = 0): Map<string, KeyDeclaration> {
  const keys = new Map<string, KeyDeclaration>();
  for (const record of records) {
    for (const name of Object.keys(record)) {
      if (skip.includes(name)) continue;
      const type = typeOf(record[name]);
      const known = keys.get(name);
      if (!known) keys.set(name, { id: `d${offset + keys.size}`, type });
      else if (known.type !== type) known.type = known.type === 'long' && type === 'double' ? 'double' : known.type === 'double' && type === 'long' ? 'double' : 'string';
    }
  }
  return keys;
}

function typeOf(value: AttributeValue): GraphmlType {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') return Number.isSafeInteger(value) ? 'long' : 'double';
  return 'string';
}

function element(tag: 'node' | 'edge', head: string, attributes: Attributes, keys: Map<string, KeyDeclaration>): string {
  const data: string[] = [];
  for (const name of Object.keys(attributes)) {
    const key = keys.get(name);
    if (key && attributes[name] !== undefined) data.push(`<data key="${key.id}">${textContent(String(attributes[name]))}</data>`);
  }
  return data.length === 0 ? `    <${tag} ${head}/>` : `    <${tag} ${head}>${data.join('')}</${tag}>`;
}

// Text content keeps line breaks, but a CR would be normalised away by XML parsers: write it as a reference.
function textContent(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

// Attribute values lose line breaks and tabs to normalisation unless written as references.
function attribute(text: string): string {
  return textContent(text).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
