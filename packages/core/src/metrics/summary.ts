// The network figures of SPEC section 5 in one record: size, density, components, isolates, fragmentation,
// clustering, distance, communities and the E-I index by type, sector and region (overall and per group).
import { csrOf, tieCount } from '../engine/csr.js';
import { GROUPING_FIELDS, type GroupingField } from '../model/organisation.js';
import type { Network } from '../model/network.js';
import { averageShortestPath } from './network/average-shortest-path.js';
import { density } from './network/density.js';
import { eiIndex } from './network/ei-index.js';
import { fragmentation } from './network/fragmentation.js';
import { type MetricsReport, reportColumn } from './report-types.js';

export interface GroupMixing {
  /** The attribute value ('' = organisations with no value). */
  readonly group: string;
  readonly organisations: number;
  /** Ties with both ends in the group. */
  readonly internal: number;
  /** Ties with one end in the group. */
  readonly external: number;
  /** (external − internal) / (external + internal); NaN for a group with no ties. */
  readonly ei: number;
}

export interface EiSummary {
  readonly attribute: GroupingField;
  /** Over every tie: −1 all inside groups, +1 all across. NaN with no ties. */
  readonly overall: number;
  readonly internal: number;
  readonly external: number;
  /** Largest group first. */
  readonly groups: readonly GroupMixing[];
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
  const clustering = reportColumn(report, 'clustering');
  let clusteringSum = 0;
  for (let v = 0; v < n; v++) clusteringSum += Number.isNaN(clustering[v]) ? 0 : clustering[v];
  return {
    organisations: n,
    ties: tieCount(csr),
    directed: network.directed,
    density: density(network),
    components: { count: sizes.length, largest: sizes[0] ?? 0, largestShare: n ? (sizes[0] ?? 0) / n : Number.NaN },
    isolates,
    fragmentation: fragmentation(network),
    // nx.average_clustering: the mean over every organisation, those with fewer than two ties counting 0.
    averageClustering: n ? clusteringSum / n : Number.NaN,
    averageShortestPath: averageShortestPath(network),
    communities: { count: report.communities.count, modularity: report.communities.modularity },
    horizon: report.horizon,
    medianReach: medianOf(reportColumn(report, 'reach')),
    pioneers: network.organisations.filter((organisation) => organisation.pioneer).length,
    ei: GROUPING_FIELDS.map((attribute) => eiSummary(network, attribute)),
  };
}

function eiSummary(network: Network, attribute: GroupingField): EiSummary {
  const result = eiIndex(network, attribute);
  return { attribute, ...result };
}

function medianOf(values: Float64Array): number {
  const finite = Array.from(values).filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}
