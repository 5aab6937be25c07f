// readNetwork: the one entry point for every input the dashboard and the CLI accept. nodes.csv and/or
// edges.csv, or one file (GEXF, GraphML, graphology JSON, or an edges CSV), as text, bytes or a browser File.
import { readCsvNetwork } from './csv/read.js';
import { readGexf } from './graph/gexf.js';
import { readGraphml } from './graph/graphml.js';
import { readJson } from './graph/json.js';
import { KnetInputError } from './problems.js';
import type { ReadResult } from './result.js';
import { detectFormat, loadSource, type LoadedSource, type NetworkSource } from './source.js';

export interface ReadNetworkInput {
  nodes?: NetworkSource;
  edges?: NetworkSource;
  /** GEXF, GraphML, JSON or a single edges CSV (with `nodes` too, a CSV file is the edges file). */
  file?: NetworkSource;
  /** true: a directed network whatever the file says (like `--directed`). */
  directed?: boolean;
}

const FORMAT_NAMES = { csv: 'CSV', gexf: 'GEXF', graphml: 'GraphML', json: 'JSON' } as const;

export async function readNetwork(input: ReadNetworkInput): Promise<ReadResult> {
  if (!input || typeof input !== 'object') throw new TypeError('knet: readNetwork: expected { nodes?, edges?, file?, directed? }.');
  if (!input.nodes && !input.edges && !input.file) throw new TypeError('knet: readNetwork: give a nodes file, an edges file, both, or a single file.');
  const nodes = input.nodes && (await loadSource(input.nodes, 'nodes'));
  const edges = input.edges && (await loadSource(input.edges, 'edges'));
  const file = input.file && (await loadSource(input.file, 'file'));
  return readNetworkSync({ nodes, edges, file, directed: input.directed });
}

/** The same, on content already in memory (strings or bytes): synchronous. */
export function readNetworkSync(input: { nodes?: LoadedSource; edges?: LoadedSource; file?: LoadedSource; directed?: boolean }): ReadResult {
  const { nodes, edges, file } = input;
  const directed = input.directed === true;
  if (!file) return readCsvNetwork({ nodes, edges, directed });
  const format = detectFormat(file);
  if (format === 'csv') {
    if (edges) throw new KnetInputError('bad-format', { file: file.name }, `both an edges file (${edges.name}) and this file were given as the flows; give one of them.`);
    return readCsvNetwork({ nodes, edges: file, directed });
  }
  if (nodes || edges) {
    throw new KnetInputError('bad-format', { file: file.name }, `this ${FORMAT_NAMES[format]} file holds the whole network; give it alone, without a nodes or edges file.`);
  }
  if (format === 'gexf') return readGexf(file, { directed });
  if (format === 'graphml') return readGraphml(file, { directed });
  return readJson(file, { directed });
}
