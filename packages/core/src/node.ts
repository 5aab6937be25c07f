// @knet/core/node: helpers that need Node's file system (reading files by path). Not for browsers.
export { readNetworkFiles, type NetworkFiles } from './io/files.js';
// Path metrics on worker_threads (the browser counterpart, pathMetricsInWebWorkers, is in '@knet/core').
export { WORKER_DEFAULTS, betweennessInWorkers, pathMetricsInWorkers, type WorkerPathOptions } from './engine/paths-node-workers.js';
