// The shape of a metrics report: every SPEC section 4 column for one network, aligned with its organisations.
// Kept apart from report.ts so isolation and the dashboard can use the type without pulling in every metric.
import type { Network } from '../model/network.js';
import type { MetricColumnId } from './catalogue.js';

export interface ComponentsResult {
  /** Component of each organisation; 0 = largest. */
  readonly index: Int32Array;
  /** Size of each component, largest first. */
  readonly sizes: readonly number[];
}

export interface CommunitiesResult {
  /** Community of each organisation; 0 = largest. */
  readonly community: Int32Array;
  readonly modularity: number;
  readonly count: number;
}

export interface MetricsReport {
  readonly network: Network;
  /** Steps counted by reach and isolation. */
  readonly horizon: number;
  /** The columns present, in output order (in_degree and out_degree only when directed). */
  readonly columnIds: readonly MetricColumnId[];
  /** One Float64Array per column, aligned with network.organisations; NaN = empty cell. */
  readonly columns: Readonly<Partial<Record<MetricColumnId, Float64Array>>>;
  readonly components: ComponentsResult;
  readonly communities: CommunitiesResult;
}

/** A column of the report, or a clear error when it was not computed. */
export function reportColumn(report: MetricsReport, id: MetricColumnId): Float64Array {
  const column = report.columns[id];
  if (!column) throw new Error(`knet: the metrics report has no "${id}" column.`);
  return column;
}
