// Reads a network from CSV: nodes.csv + edges.csv, edges.csv alone (organisations made from the ids it names)
// or nodes.csv alone (organisations with no flows). Synchronous, on text or bytes already in memory.
import { NetworkAssembler } from '../assemble.js';
import { decodeBytes, encodeString } from '../decode.js';
import { KnetInputError, WarningCollector } from '../problems.js';
import type { LoadedSource } from '../source.js';
import type { ReadResult } from '../result.js';
import type { CsvFile } from './cells.js';
import { detectDelimiter } from './dialect.js';
import { readEdgesCsv } from './edges.js';
import { readNodesCsv } from './nodes.js';

export interface CsvNetworkInput {
  nodes?: LoadedSource;
  edges?: LoadedSource;
  /** true: a directed network whatever the files say (like `--directed`). */
  directed?: boolean;
}

export function readCsvNetwork(input: CsvNetworkInput): ReadResult {
  if (!input || typeof input !== 'object' || (!input.nodes && !input.edges)) {
    throw new TypeError('knet: readCsvNetwork: give a nodes file, an edges file or both ({ nodes?, edges? }).');
  }
  const warnings = new WarningCollector();
  const nodes = input.nodes && prepare(input.nodes, warnings);
  const edges = input.edges && prepare(input.edges, warnings);
  const assembler = new NetworkAssembler(edges ? countLines(edges.bytes) : 16, warnings);

  const nodeRows = nodes ? readNodesCsv(assembler, nodes) : 0;
  const read = edges ? readEdgesCsv(assembler, edges, nodes?.name) : undefined;
  const edgeRows = read?.rows ?? 0;
  if (nodeRows + edgeRows === 0) {
    const files = [nodes, edges].filter((file) => file !== undefined);
    throw new KnetInputError('no-rows', { file: files[files.length - 1]!.name }, `there is a header but no rows${files.length > 1 ? `, and ${files[0]!.name} has none either` : ''}: no organisation or flow to read.`);
  }
  const forced = input.directed === true;
  const options = read ? read.direction.resolve(forced, assembler.warnings) : { directed: forced };
  const network = assembler.finish(options);
  if (network.order === 0) {
    const warnings = assembler.warnings.list();
    const why = warnings.length > 0 ? ` (${warnings.map((w) => w.message).join('; ')})` : '';
    throw new KnetInputError('no-rows', { file: (edges ?? nodes)!.name }, `every row was skipped, so there is no organisation to analyse${why}.`);
  }
  return { network, warnings: assembler.warnings.list(), format: 'csv' };
}

function prepare(source: LoadedSource, warnings: WarningCollector): CsvFile {
  const { bytes } = typeof source.content === 'string' ? encodeString(source.name, source.content) : decodeBytes(source.name, source.content, warnings);
  if (isBlank(bytes)) throw new KnetInputError('empty', { file: source.name }, 'this file is empty: it has no header and no rows.');
  return { name: source.name, bytes, delimiter: detectDelimiter(bytes) };
}

function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b !== 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d) return false;
  }
  return true;
}

// Line count sizes the flow columns once instead of growing them (a native scan, cheap next to parsing).
function countLines(bytes: Uint8Array): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at >= 0; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count + 1;
}
