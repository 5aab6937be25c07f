// The analysis worker: reads the files and computes every metric off the page's thread, posting progress.
// It keeps the full network; each 'analyse' request filters it and recomputes the report for what is left.
import {
  csrOf,
  filterNetworkMapped,
  KnetInputError,
  median,
  metricsReport,
  type MetricsReport,
  type Network,
  pathMetrics,
  pathMetricsInWebWorkers,
  type PathMetrics,
  readNetwork,
  weaklyConnected,
} from '@knet/core';
import { chooseDrawnTies } from '../map/drawn-ties.js';
import { copyTies, mergeFlows, smallerDegrees, type TieTable, tieBuffers, visibleTies } from '../map/ties.js';
import { type Filters, filtersActive, networkFilter } from '../state/filters.js';
import {
  type AnalysisPayload,
  analysisTransfer,
  type NetworkFacts,
  networkToPayload,
  type WorkerReply,
  type WorkerRequest,
} from './protocol.js';

export const WORKER_DEFAULTS = {
  /** From this many organisations the path stage is spread over further workers... */
  parallelFrom: 2000,
  /** ...when the machine has cores to spare: the page and the map layout keep two for themselves. */
  coresKept: 2,
  /** Organisations per message to the page (a message is received in one task; 100,000 at once take seconds). */
  organisationsPerMessage: 5000,
  /** Weakly connected organisations per message (each carries its reasons in words). */
  weakPerMessage: 5000,
  /**
   * Above this many organisations betweenness, closeness and harmonic are estimated from a seeded sample of
   * sources (exact all-pairs searches on 100,000 organisations take many minutes); reach and isolation stay exact.
   */
  exactUpTo: 20_000,
  sampleSources: 1000,
};

const scope = self as unknown as { postMessage(message: WorkerReply, transfer?: Transferable[]): void; onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null };
let network: Network | undefined;
/** The map's ties for `network` (built here, off the page), and their smaller end-degrees. */
let ties: { table: TieTable; smaller: Float64Array } | undefined;

scope.onmessage = (event) => {
  const request = event.data;
  handle(request).catch((error: unknown) => {
    const problem = error instanceof KnetInputError
      ? { name: error.name, message: error.message, code: error.code, file: error.file, line: error.line, column: error.column }
      : { name: 'Error', message: error instanceof Error ? error.message : String(error) };
    scope.postMessage({ kind: 'error', id: request.id, error: problem });
  });
};

async function handle(request: WorkerRequest): Promise<void> {
  const progress = (stage: string, fraction: number) => scope.postMessage({ kind: 'progress', id: request.id, stage, fraction });
  if (request.kind === 'load') {
    progress('reading the files', 0);
    const read = await readNetwork(request.sources);
    network = read.network;
    const table = mergeFlows(network);
    const smaller = smallerDegrees(table);
    table.drawn = Int32Array.from(chooseDrawnTies(table.weight, null, smaller));
    ties = { table, smaller };
    const { payload, transfer } = networkToPayload(network);
    const step = WORKER_DEFAULTS.organisationsPerMessage;
    for (let from = 0; from < payload.organisations.length; from += step) {
      scope.postMessage({ kind: 'organisations', id: request.id, organisations: payload.organisations.slice(from, from + step) });
    }
    payload.organisations = [];
    const tieCopy = copyTies(table);
    scope.postMessage({ kind: 'loaded', id: request.id, network: payload, ties: tieCopy, warnings: read.warnings, format: read.format }, [...transfer, ...tieBuffers(tieCopy)]);
    return;
  }
  if (!network) throw new Error('knet dashboard: no network is loaded yet.');
  const analysis = await analyse(network, ties!, request.filters, request.horizon, progress);
  const step = WORKER_DEFAULTS.weakPerMessage;
  for (let from = 0; from < analysis.weak.length; from += step) {
    scope.postMessage({ kind: 'weak', id: request.id, weak: analysis.weak.slice(from, from + step) });
  }
  analysis.weak = [];
  scope.postMessage({ kind: 'analysed', id: request.id, analysis }, analysisTransfer(analysis));
}

async function analyse(full: Network, mapTies: { table: TieTable; smaller: Float64Array }, filters: Filters, horizon: number, progress: (stage: string, fraction: number) => void): Promise<AnalysisPayload> {
  const n = full.order;
  const filtered = filtersActive(filters);
  const mapped = filtered ? filterNetworkMapped(full, networkFilter(full, filters)) : undefined;
  const sub = mapped ? mapped.network : full;
  let paths: PathMetrics | undefined;
  const spare = (navigator.hardwareConcurrency || 1) - WORKER_DEFAULTS.coresKept;
  const sampleSources = sub.order > WORKER_DEFAULTS.exactUpTo ? WORKER_DEFAULTS.sampleSources : 0;
  const pathStage = sampleSources ? `betweenness and closeness (from ${sampleSources.toLocaleString('en-GB')} sources) and reach` : 'betweenness, closeness and reach';
  const onPaths = (done: number, total: number) => progress(pathStage, (0.8 * done) / Math.max(1, total));
  if (sub.order >= WORKER_DEFAULTS.parallelFrom && typeof Worker === 'function' && spare >= 2) {
    paths = await pathMetricsInWebWorkers(sub, { horizon, sampleSources, workers: spare, onProgress: onPaths });
  } else if (sampleSources) {
    // metricsReport's own path stage is exact: a sampled run goes first here, on this worker.
    paths = pathMetrics(sub, { horizon, sampleSources, onProgress: onPaths });
  }
  const report = metricsReport(sub, {
    horizon,
    paths,
    onProgress: ({ stage, done, total }) => progress(stage, paths ? 0.8 + (0.2 * done) / total : done / total),
  });
  const weak = weaklyConnected(report, { pioneersOnly: false });

  // Spread the filtered network's results back over the full network's organisations.
  const position = mapped ? mapped.organisationIndex : identity(n);
  const kept = new Uint8Array(n);
  for (let v = 0; v < n; v++) kept[v] = position[v] >= 0 ? 1 : 0;
  const columns: AnalysisPayload['columns'] = {};
  for (const id of report.columnIds) {
    const column = report.columns[id];
    if (!column) continue;
    const spread = new Float64Array(n).fill(Number.NaN);
    for (let v = 0; v < n; v++) if (position[v] >= 0) spread[v] = column[position[v]];
    columns[id] = spread;
  }
  const component = spreadInts(report.components.index, position);
  const community = spreadInts(report.communities.community, position);
  const fullIndex = new Int32Array(sub.order);
  for (let v = 0; v < n; v++) if (position[v] >= 0) fullIndex[position[v]] = v;
  const keptFlows = new Uint8Array(full.flows.count);
  if (mapped) for (const f of mapped.flowOrigin) keptFlows[f] = 1;
  else keptFlows.fill(1);

  const tieVisible = visibleTies(mapTies.table, keptFlows);
  const drawnTies = Int32Array.from(chooseDrawnTies(mapTies.table.weight, tieVisible, mapTies.smaller));

  return {
    horizon,
    filtered,
    tieVisible,
    drawnTies,
    kept,
    keptFlows,
    columnIds: [...report.columnIds],
    columns,
    component,
    componentSizes: [...report.components.sizes],
    community,
    communityCount: report.communities.count,
    modularity: report.communities.modularity,
    weak: weak.map((entry) => ({
      index: fullIndex[entry.index],
      reach: entry.reach,
      isolation: entry.isolation,
      ties: entry.ties,
      component: entry.component,
      pioneer: entry.organisation.pioneer,
      reasons: entry.reasons.map((reason) => ({ code: reason.code, text: reason.text })),
    })),
    facts: factsOf(sub, report),
    paths: { exact: paths?.exact ?? true, sources: paths?.sources ?? sub.order },
  };
}

function factsOf(network: Network, report: MetricsReport): NetworkFacts {
  const n = network.order;
  const csr = csrOf(network);
  const arcs = csr.out.offsets[n];
  const ties = network.directed ? arcs : arcs / 2;
  const pairs = network.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  const sizes = report.components.sizes;
  return {
    organisations: n,
    ties,
    flows: network.flows.count,
    density: pairs > 0 ? ties / pairs : Number.NaN,
    components: sizes.length,
    largestShare: n > 0 ? sizes[0] / n : Number.NaN,
    isolates: sizes.filter((size) => size === 1).length,
    pioneers: network.organisations.filter((organisation) => organisation.pioneer).length,
    medianReach: median(report.columns.reach ?? new Float64Array()),
  };
}

function identity(n: number): Int32Array {
  const index = new Int32Array(n);
  for (let v = 0; v < n; v++) index[v] = v;
  return index;
}

function spreadInts(values: Int32Array, position: Int32Array): Int32Array {
  const spread = new Int32Array(position.length).fill(-1);
  for (let v = 0; v < position.length; v++) if (position[v] >= 0) spread[v] = values[position[v]];
  return spread;
}
