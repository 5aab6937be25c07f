// Computes the metrics report for a command, with progress; on big networks the long path stage
// (betweenness, closeness, reach) runs on worker threads first, then the report reuses it.
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
};

export async function computeReport(network: Network, common: CommonOptions, terminal: Terminal): Promise<MetricsReport> {
  const progress = startProgress(terminal, common.quiet);
  try {
    let paths: PathMetrics | undefined;
    if (network.order >= COMPUTE_DEFAULTS.workersFrom) {
      paths = await pathMetricsInWorkers(network, {
        horizon: common.horizon,
        onProgress: (done, total) => progress.update({ stage: 'betweenness, closeness and reach', done, total }),
      });
    }
    return metricsReport(network, { horizon: common.horizon, paths, onProgress: (event) => progress.update(event) });
  } finally {
    progress.done();
  }
}
