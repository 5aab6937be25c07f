// Turns the generated CSV files into the two things compared: a knet Network (through the library's own
// reader when it exists) and a graphology Graph (the peer's data structure), from the same files.
import { readFileSync } from 'node:fs';
import { UndirectedGraph } from 'graphology';

/** Calls `onRow(fields)` for each data row of a generated CSV (plain commas, no quoting: the generator's own format). */
export function eachRow(path, onRow) {
  const text = readFileSync(path, 'utf8');
  let start = text.indexOf('\n') + 1;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    if (end > start) onRow(text.slice(start, end).split(','));
    start = end + 1;
  }
}

/** Which knet reader this build offers, best first; null when none has landed yet. */
export function knetReaderName(core) {
  if (core.has('readNetworkFiles')) return 'readNetworkFiles';
  if (core.has('readNetwork')) return 'readNetwork';
  return null;
}

/** The files read by the library's reader, as a user would (null when no reader has landed). */
export async function readWithKnet(core, files) {
  const reader = knetReaderName(core);
  // Planned shape: { network, warnings, format }; a bare Network is accepted too.
  if (reader === 'readNetworkFiles') return networkOf(await core.api.readNetworkFiles({ nodes: files.nodes, edges: files.edges }));
  if (reader === 'readNetwork') {
    const source = (path, name) => ({ name, content: new Uint8Array(readFileSync(path)) });
    return networkOf(await core.api.readNetwork({ nodes: source(files.nodes, 'nodes.csv'), edges: source(files.edges, 'edges.csv') }));
  }
  return null;
}

/** Stand-in while the reader is missing: the Network built with NetworkBuilder from the bench's parser. */
export function buildWithNetworkBuilder(core, files, m) {
  const builder = new (core.get('NetworkBuilder'))(false, m);
  eachRow(files.nodes, ([id, label, type, sector, region, pioneer, themes]) => {
    builder.addOrganisation({ id, label, type, sector, region, pioneer: pioneer === 'true', themes: themes ? themes.split(';') : [] });
  });
  eachRow(files.edges, ([source, target, weight, type, date]) => {
    builder.addFlowByIndex(builder.ensureOrganisation(source), builder.ensureOrganisation(target), Number(weight), type, date);
  });
  return builder.finish();
}

/** The peer's graph: graphology's UndirectedGraph with the same attributes, built row by row. */
export function buildGraphologyGraph(files) {
  const graph = new UndirectedGraph();
  eachRow(files.nodes, ([id, label, type, sector, region, pioneer, themes]) => {
    graph.addNode(id, { label, type, sector, region, pioneer: pioneer === 'true', themes });
  });
  eachRow(files.edges, ([source, target, weight, type, date]) => {
    graph.addEdge(source, target, { weight: Number(weight), type, date });
  });
  return graph;
}

/** The sub-graph of `graph` on the ids in `keep` (a Set). */
export function graphologySubgraph(graph, keep) {
  const sub = new UndirectedGraph();
  graph.forEachNode((id, attributes) => {
    if (keep.has(id)) sub.addNode(id, attributes);
  });
  graph.forEachEdge((_, attributes, source, target) => {
    if (keep.has(source) && keep.has(target)) sub.addEdge(source, target, attributes);
  });
  return sub;
}

/** A peer result (id -> value mapping) as a column aligned with network.organisations. */
export function alignedColumn(network, mapping) {
  return Float64Array.from(network.organisations, (organisation) => mapping[organisation.id] ?? NaN);
}

function networkOf(read) {
  return read && typeof read === 'object' && 'network' in read ? read.network : read;
}
