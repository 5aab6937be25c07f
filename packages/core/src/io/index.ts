// Readers and writers: CSV first (nodes.csv + edges.csv, Gephi and Kumu conventions), plus GEXF, GraphML and
// graphology JSON for Gephi interop. Problems with input are values: KnetInputError and InputWarning.
export * from './problems.js';
export type { NetworkSource, LoadedSource, NetworkFormat } from './source.js';
export type { ReadResult } from './result.js';
export { readNetwork, readNetworkSync, type ReadNetworkInput } from './read.js';
export { readCsvNetwork, type CsvNetworkInput } from './csv/read.js';
export { csvCell, writeCsv, writeNodesCsv, writeEdgesCsv, CSV_DEFAULTS, type CsvWriteOptions } from './csv/write.js';
export { readGexf, writeGexf, GEXF_DEFAULTS, type GexfWriteOptions } from './graph/gexf.js';
export { readGraphml, writeGraphml } from './graph/graphml.js';
export { readJson, writeJson, JSON_DEFAULTS, type JsonWriteOptions } from './graph/json.js';
export { isIsoDate } from './iso-date.js';
