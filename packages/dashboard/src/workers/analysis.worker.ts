// The analysis worker: reads the files and computes every metric off the page's thread, posting progress.
// It keeps the full network; each 'analyse' request filters it and recomputes the report for what is left.
import {
  anonymise,
  csrOf,
  eiIndex,
  type Grouping,
  groupMatrix,
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
  reportHtml,
  trend,
  weaklyConnected,
} from '@knet/core';
import { chooseDrawnTies } from '../map/drawn-ties.js';
import { copyTies, mergeFlows, smallerDegrees, type TieTable, tieBuffers, visibleTies } from '../map/ties.js';
import { type Filters, filtersActive, filtersAsOf, networkFilter } from '../state/filters.js';
import type { SiloGrouping } from '../state/view-state.js';
import { silosPayload } from './silos.js';
import { introductionsOf, parallelOf, pioneerIntroductionsOf, whatIfOf } from './weaving.js';
import {
  type AnalysisPayload,
  analysisTransfer,
  type AnonymisedPayload,
  type NetworkFacts,
  networkToPayload,
  type SilosPayload,
  silosTransfer,
  type TrendPayload,
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
/** The latest analysed network, its flows' numbers in the full network (null: the same) and communities. */
let analysed: { sub: Network; flowOrigin: Int32Array | null; community: Int32Array; report: MetricsReport } | undefined;

/** The column that says who agreed to be named in exports. */
const CONSENT_COLUMN = 'consent';
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
    analysed = undefined;
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
  if (request.kind === 'silos') {
    const silos = silosOf(network, request.grouping);
    scope.postMessage({ kind: 'silos', id: request.id, silos }, silosTransfer(silos));
    return;
  }
  if (request.kind === 'trend') {
    scope.postMessage({ kind: 'trend', id: request.id, trend: trendOf(network, request.filters, request.horizon, request.by) });
    return;
  }
  if (request.kind === 'whatif' || request.kind === 'introductions' || request.kind === 'pioneerIntroductions' || request.kind === 'parallel') {
    if (!analysed) throw new Error('knet dashboard: no analysis yet to weave on.');
    const on = { full: network, sub: analysed.sub, report: analysed.report };
    if (request.kind === 'whatif') scope.postMessage({ kind: 'whatif', id: request.id, whatIf: whatIfOf(on, request.proposals) });
    else if (request.kind === 'introductions') scope.postMessage({ kind: 'introductions', id: request.id, introductions: introductionsOf(on, request.organisation, request.top) });
    else if (request.kind === 'pioneerIntroductions') scope.postMessage({ kind: 'pioneerIntroductions', id: request.id, pioneerIntroductions: pioneerIntroductionsOf(on, request.top) });
    else scope.postMessage({ kind: 'parallel', id: request.id, parallel: parallelOf(on, request.theme) });
    return;
  }
  if (request.kind === 'anonymise') {
    scope.postMessage({ kind: 'anonymised', id: request.id, anonymised: anonymised(network) });
    return;
  }
  if (request.kind === 'report') {
    scope.postMessage({ kind: 'report', id: request.id, html: await reportOf(network, request, progress) });
    return;
  }
  const analysis = await analyse(network, ties!, filtersAsOf(request.filters, request.asOf), request.horizon, progress);
  analysis.asOf = request.asOf;
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
  analysed = { sub, flowOrigin: mapped ? mapped.flowOrigin : null, community: report.communities.community, report };
  const keptFlows = new Uint8Array(full.flows.count);
  if (mapped) for (const f of mapped.flowOrigin) keptFlows[f] = 1;
  else keptFlows.fill(1);

  const tieVisible = visibleTies(mapTies.table, keptFlows);
  const drawnTies = Int32Array.from(chooseDrawnTies(mapTies.table.weight, tieVisible, mapTies.smaller));

  return {
    horizon,
    asOf: '',
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

/** The silo matrix and per-group E-I of the latest analysed network, its cells pointing at the full network's flows. */
function silosOf(full: Network, groupingName: SiloGrouping): SilosPayload {
  if (!analysed) throw new Error('knet dashboard: no analysis yet for the silo matrix.');
  const { sub, flowOrigin, community } = analysed;
  const grouping: Grouping = groupingName === 'community' ? (_organisation, v) => (community[v] >= 0 ? String(community[v]) : undefined) : groupingName;
  return silosPayload(groupingName, groupMatrix(sub, grouping), eiIndex(sub, grouping), flowOrigin, full.flows.count);
}

/** The filtered network (filters, not the time slider) period by period, as `knet trend` computes it. */
function trendOf(full: Network, filters: Filters, horizon: number, by: TrendPayload['by']): TrendPayload {
  const sub = filtersActive(filters) ? filterNetworkMapped(full, networkFilter(full, filters)).network : full;
  const result = trend(sub, { by, horizon });
  return {
    by,
    horizon,
    undated: result.undated,
    periods: result.periods.map((period) => ({
      label: period.label,
      end: period.end,
      flows: period.flows,
      fragmentation: period.fragmentation,
      components: period.components,
      averageReach: period.averageReach,
      weakPioneers: period.weakPioneers,
    })),
  };
}

/**
 * The report of the full network (filters and the time slider do not apply: it is the file \`knet report\`
 * writes for the same files), with pseudonyms when asked. Its metrics are computed afresh, as the CLI does.
 */
async function reportOf(full: Network, request: Extract<WorkerRequest, { kind: 'report' }>, progress: (stage: string, fraction: number) => void): Promise<string> {
  const anonymisedNetwork = request.anonymise ? withPseudonyms(full) : undefined;
  const network = anonymisedNetwork ? anonymisedNetwork.result.network : full;
  progress('computing the report', 0);
  const report = metricsReport(network, { horizon: request.horizon, onProgress: (event) => progress(event.stage, event.total ? event.done / event.total : 0) });
  return reportHtml(report, {
    source: request.source,
    anonymised: anonymisedNetwork && { consented: anonymisedNetwork.result.consented },
    generator: 'the knet dashboard',
  });
}

/** Pseudonyms for everyone without consent (the consent column, if the data has one), as knet --anonymise. */
function withPseudonyms(full: Network) {
  const hasColumn = full.organisations.some((o) => Object.prototype.hasOwnProperty.call(o.attributes, CONSENT_COLUMN));
  return { hasColumn, result: anonymise(full, { consent: hasColumn ? CONSENT_COLUMN : undefined }) };
}

function anonymised(full: Network): AnonymisedPayload {
  const { hasColumn, result } = withPseudonyms(full);
  return {
    network: networkToPayload(result.network).payload,
    mapping: result.mapping,
    consentColumn: hasColumn ? CONSENT_COLUMN : null,
    consented: result.consented,
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
