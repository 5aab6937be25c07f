// GEXF (Gephi's format) in and out through graphology-gexf. Reading goes through the same policy as CSV
// (from-graph.ts); writing uses network.toGraph(), so repeated flows are merged with weights summed.
import { MultiGraph } from 'graphology';
import { parse, write } from 'graphology-gexf';
import type { Attributes } from '../../model/attributes.js';
import { createAttributes, setAttribute } from '../../model/attributes.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { textOf } from '../decode.js';
import { KnetInputError, WarningCollector } from '../problems.js';
import type { ReadResult } from '../result.js';
import type { LoadedSource } from '../source.js';
import { networkFromGraph } from './from-graph.js';
import { graphEntries } from './graph-entries.js';
import { protectDocument, protectName, restoreNames, xmlSafeText } from './safe-names.js';
import { dropUnreadableElements, parseXml } from './xml.js';

export interface GexfWriteOptions {
  /** Indent the XML (default true). */
  pretty?: boolean;
  /** GEXF version written (default '1.3', what Gephi 0.10 writes). */
  version?: '1.2' | '1.3';
}

export const GEXF_DEFAULTS: Required<GexfWriteOptions> = { pretty: true, version: '1.3' };

export function readGexf(source: LoadedSource, options: { directed?: boolean } = {}): ReadResult {
  const warnings = new WarningCollector();
  const file = source.name;
  const document = parseXml(file, textOf(source, warnings), 'gexf');
  const { declared, idsOfDroppedEdges } = dropUnreadableElements(document, file, warnings);
  protectDocument(document, [
    { tag: 'attribute', attributes: ['id', 'title'] },
    { tag: 'attvalue', attributes: ['for', 'id'] },
  ]);
  const graphElement = document.getElementsByTagName('graph')[0];
  if (!graphElement) throw new KnetInputError('bad-format', { file }, 'this GEXF file has no <graph> element.');
  let graph;
  try {
    graph = parse(MultiGraph, document, { addMissingNodes: true, allowUndeclaredAttributes: true });
  } catch (error) {
    throw new KnetInputError('bad-format', { file }, `this GEXF file could not be read: ${(error as Error).message.replace(/^graphology-gexf\/parser: /, '')}.`);
  }
  const network = networkFromGraph(
    { file, ...graphEntries(graph, declared), idsOfSkippedEdges: idsOfDroppedEdges, declaredDirected: graphElement.getAttribute('defaultedgetype') === 'directed', size: graph.size },
    options.directed === true,
    warnings,
  );
  return { network, warnings: warnings.list(), format: 'gexf' };
}

/** The network as GEXF text: organisations with their fields and attributes, one edge per linked pair. */
export function writeGexf(network: Network, options: GexfWriteOptions = {}): string {
  const { pretty, version } = { ...GEXF_DEFAULTS, ...options };
  const graph = checkNetwork(network, 'writeGexf').toGraph();
  // `flows` (how many flows were merged into an edge) is only worth writing when some edge merged several.
  let merged = false;
  graph.forEachEdge((_edge, attributes) => {
    if ((attributes.flows as number) > 1) merged = true;
  });
  const xml = write(graph, {
    pretty,
    version,
    formatNode: (_key, attributes) => ({ label: String(attributes.label ?? ''), attributes: others(attributes, ['label']) }),
    formatEdge: (_key, attributes) => ({
      weight: attributes.weight as number,
      attributes: others(attributes, merged ? ['weight'] : ['weight', 'flows']),
    }),
  });
  return restoreNames(xmlSafeText(xml));
}

// Everything but the named keys, in a record that can hold `__proto__` (renamed so graphology's writer keeps it).
function others(attributes: Attributes, without: string[]): Attributes {
  const kept = createAttributes();
  for (const name of Object.keys(attributes)) {
    if (!without.includes(name) && attributes[name] !== undefined) setAttribute(kept, protectName(name), attributes[name]);
  }
  return kept;
}
