// The metrics CSV for what the dashboard shows: the organisations the filters keep, in network order, with
// every metric of the current analysis.
import type { Network } from '@knet/core';
import type { Analysis } from '../state/analysis.js';
import { metricsTable, toCsv } from './csv.js';

export function csvTable(network: Network, analysis: Analysis, indices?: readonly number[]): string {
  const rows = indices ?? network.organisations.map((_, i) => i).filter((i) => analysis.kept(i));
  return toCsv(metricsTable(network, analysis.payload.columns, analysis.metricIds, rows));
}
