// Metrics: node/ holds one file per organisation-level metric, network/ the network-level figures.
// Every node metric returns a Float64Array aligned with network.organisations (NaN = empty cell).

// -- path-based metrics (shared BFS pass) --
export * from './node/betweenness.js';
export * from './node/closeness.js';
export * from './node/harmonic.js';
export * from './node/reach.js';
export * from './node/component.js';
export * from './network/components.js';
export * from './network/fragmentation.js';
export * from './network/average-shortest-path.js';
export { PATH_DEFAULTS, pathMetrics, type PathMetrics, type PathOptions } from '../engine/paths.js';
export { WEB_WORKER_DEFAULTS, pathMetricsInWebWorkers, type WebWorkerPathOptions } from '../engine/paths-web-workers.js';
export { pathWorkerSource, type PathReplyMessage, type PathWorkerMessage } from '../engine/paths-worker-source.js';

// -- local and spectral metrics, communities --
export * from './node/degree.js';
export * from './node/pagerank.js';
export * from './node/eigenvector.js';
export * from './node/clustering.js';
export * from './node/constraint.js';
export * from './node/effective-size.js';
export * from './node/core-number.js';
export * from './node/community.js';
export * from './network/density.js';
export * from './network/average-clustering.js';
export * from './network/modularity.js';
export * from './network/ei-index.js';
export * from './network/group-matrix.js';
export * from './node/organisation-ei.js';


// -- the report: catalogue of columns, every column at once, the network summary --
export * from './catalogue.js';
export * from './report-types.js';
export * from './report.js';
export * from './summary.js';
