// Stand-in metrics report used only while @knet/core's metricsReport has not landed: ties and tie strength
// from the CSR view, path metrics and components from core; the other columns stay empty (NaN) until core
// computes them. core-bridge.ts switches to core's report once it is exported.
import {
  components,
  csrOf,
  type MetricColumnId,
  type MetricsReport,
  metricColumnsFor,
  type Network,
  pathMetrics,
  type PathMetrics,
} from '@knet/core';

export function fallbackReport(
  network: Network,
  options: { horizon: number; paths?: PathMetrics; onProgress?: (p: { stage: string; done: number; total: number }) => void },
): { report: MetricsReport; missing: MetricColumnId[] } {
  const n = network.order;
  const csr = csrOf(network);
  const degree = new Float64Array(n);
  const strength = new Float64Array(n);
  const inDegree = new Float64Array(n);
  const outDegree = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    outDegree[v] = csr.out.offsets[v + 1] - csr.out.offsets[v];
    inDegree[v] = csr.in.offsets[v + 1] - csr.in.offsets[v];
    degree[v] = network.directed ? inDegree[v] + outDegree[v] : outDegree[v];
    let sum = 0;
    for (let k = csr.out.offsets[v]; k < csr.out.offsets[v + 1]; k++) sum += csr.out.weights[k];
    if (network.directed) for (let k = csr.in.offsets[v]; k < csr.in.offsets[v + 1]; k++) sum += csr.in.weights[k];
    strength[v] = sum;
  }
  options.onProgress?.({ stage: 'components', done: 0, total: 2 });
  const found = components(network);
  const onPaths = options.onProgress && ((done: number, total: number) =>
    options.onProgress!({ stage: 'betweenness, closeness and reach', done: 1 + done / Math.max(1, total), total: 2 }));
  const paths = options.paths ?? pathMetrics(network, { horizon: options.horizon, onProgress: onPaths });
  const empty = () => new Float64Array(n).fill(Number.NaN);
  const columns: Partial<Record<MetricColumnId, Float64Array>> = {
    degree,
    weighted_degree: strength,
    betweenness: paths.betweenness,
    closeness: paths.closeness,
    harmonic: paths.harmonic,
    reach: paths.reach,
    isolation: paths.isolation,
    component: Float64Array.from(found.index),
  };
  if (network.directed) {
    columns.in_degree = inDegree;
    columns.out_degree = outDegree;
  }
  const missing: MetricColumnId[] = [];
  const columnIds = metricColumnsFor(network.directed).map((column) => column.id);
  for (const id of columnIds) {
    if (!columns[id]) {
      columns[id] = empty();
      missing.push(id);
    }
  }
  const report: MetricsReport = {
    network,
    horizon: options.horizon,
    columnIds,
    columns,
    components: { index: found.index, sizes: found.sizes },
    communities: { community: new Int32Array(n).fill(-1), modularity: Number.NaN, count: 0 },
  };
  return { report, missing };
}
