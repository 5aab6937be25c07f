// Computes the metrics report for a command, with progress; on big networks the long path stage
// (betweenness, closeness, reach) runs on worker threads first, then the report reuses it. Above
// `sampleAbove` organisations the exact stage would take hours, so it is estimated from sampled sources
// (reach stays exact), said on stderr; --exact insists on the exact run.
import { pathMetricsInWorkers } from '../engine/paths-node-workers.js';
import type { PathMetrics } from '../engine/paths.js';
import { metricsReport } from '../metrics/report.js';
import type { MetricsReport } from '../metrics/report-types.js';
import type { Network } from '../model/network.js';
import type { CommonOptions } from './options.js';
import { startProgress } from './progress.js';
import type { Terminal } from './terminal.js';

export const COMPUTE_DEFAULTS = {
  /** From this many organisations the path stage runs on worker threads (below, threads cost more than they save). */
  workersFrom: 2000,
  /** Above this many organisations betweenness, closeness and harmonic are estimated (exact: O(n·m), hours at 100,000). */
  sampleAbove: 50_000,
  /** Sources searched when estimating: on 10,000 organisations the estimates rank like the exact values (ρ ≥ 0.95). */
  sampleSources: 1000,
};

export async function computeReport(
  network: Network,
  common: CommonOptions,
  terminal: Terminal,
  settings: typeof COMPUTE_DEFAULTS = COMPUTE_DEFAULTS,
): Promise<MetricsReport> {
  const progress = startProgress(terminal, common.quiet);
  try {
    let paths: PathMetrics | undefined;
    const sampleSources = !common.exact && network.order > settings.sampleAbove ? settings.sampleSources : 0;
    if (network.order >= settings.workersFrom || sampleSources > 0) {
      paths = await pathMetricsInWorkers(network, {
        horizon: common.horizon,
        sampleSources,
        onProgress: (done, total) => progress.update({ stage: 'betweenness, closeness and reach', done, total }),
      });
      if (!paths.exact && !common.quiet) terminal.stderr.write(estimateNote(network.order, settings.sampleAbove, paths));
    }
    return metricsReport(network, { horizon: common.horizon, paths, onProgress: (event) => progress.update(event) });
  } finally {
    progress.done();
  }
}

/** What an estimated run tells the person, once, on stderr. */
export function estimateNote(organisations: number, sampleAbove: number, paths: PathMetrics): string {
  const count = (value: number) => value.toLocaleString('en-GB');
  return (
    `knet: note: ${count(organisations)} organisations (more than ${count(sampleAbove)}), so betweenness, ` +
    `closeness and harmonic are estimated from searches out of ${count(paths.sources)} sampled organisations ` +
    `(betweenness and harmonic within ±${paths.errorBound.toPrecision(2)} of the exact values, with 95% confidence); ` +
    'reach and isolation are exact. --exact computes every value exactly (hours at this size).\n'
  );
}
