// The network figures of SPEC section 5 in one record: size, density, components, isolates, fragmentation,
// clustering, distance, communities and the E-I index by type, sector and region (overall and per group).
import { csrOf, tieCount } from '../engine/csr.js';
import { GROUPING_FIELDS, type GroupingField } from '../model/organisation.js';
import type { Network } from '../model/network.js';
import { averageShortestPath } from './network/average-shortest-path.js';
import { density } from './network/density.js';
import { averageClustering } from './network/average-clustering.js';
import { type EiIndexResult, eiIndex } from './network/ei-index.js';
import { fragmentation } from './network/fragmentation.js';
import { type MetricsReport, reportColumn } from './report-types.js';

/** The E-I index for one grouping attribute (eiIndex's result, named). */
export interface EiSummary extends EiIndexResult {
  readonly attribute: GroupingField;
}

export interface NetworkSummary {
  readonly organisations: number;
  /** Distinct ties: pairs (ordered pairs when directed), repeats merged, self-loops left out. */
  readonly ties: number;
  readonly directed: boolean;
  readonly density: number;
  readonly components: { readonly count: number; readonly largest: number; readonly largestShare: number };
  readonly isolates: number;
  readonly fragmentation: number;
  readonly averageClustering: number;
  readonly averageShortestPath: number;
  readonly communities: { readonly count: number; readonly modularity: number };
  readonly horizon: number;
  /** The median organisation's reach: the yardstick for weakly connected pioneers. */
  readonly medianReach: number;
  readonly pioneers: number;
  readonly ei: readonly EiSummary[];
}

/** The SPEC section 5 figures for a network and its metrics report. */
export function summarise(network: Network, report: MetricsReport): NetworkSummary {
  if (!report || report.network !== network) {
    throw new Error('knet: summarise: the metrics report must be the one computed for this network (metricsReport(network)).');
  }
  const n = network.order;
  const csr = csrOf(network);
  let isolates = 0;
  for (let v = 0; v < n; v++) if (csr.undirected.offsets[v + 1] === csr.undirected.offsets[v]) isolates++;
  const sizes = report.components.sizes;
  return {
    organisations: n,
    ties: tieCount(csr),
    directed: network.directed,
    density: density(network),
    components: { count: sizes.length, largest: sizes[0] ?? 0, largestShare: n ? (sizes[0] ?? 0) / n : Number.NaN },
    isolates,
    fragmentation: fragmentation(network),
    averageClustering: averageClustering(network),
    averageShortestPath: averageShortestPath(network),
    communities: { count: report.communities.count, modularity: report.communities.modularity },
    horizon: report.horizon,
    medianReach: medianOf(reportColumn(report, 'reach')),
    pioneers: network.organisations.filter((organisation) => organisation.pioneer).length,
    ei: GROUPING_FIELDS.map((attribute) => ({ attribute, ...eiIndex(network, attribute) })),
  };
}

function medianOf(values: Float64Array): number {
  const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}
