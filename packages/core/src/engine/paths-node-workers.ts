// pathMetrics and betweenness on Node worker_threads: the sources are split across workers that share the graph
// through SharedArrayBuffer; the columns equal the serial run's to rounding (sums are folded in a fixed order).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Network } from '../model/network.js';
import { scaleBetweenness } from './paths-finish.js';
import type { PathGraph } from './paths-kernel.js';
import { PARALLEL_DEFAULTS, type PathWorkerHandle, checkParallelOptions, runPathsParallel } from './paths-parallel.js';
import type { PathReplyMessage, PathWorkerMessage } from './paths-worker-source.js';
import { pathWorkerSource } from './paths-worker-source.js';
import {
  PATH_DEFAULTS,
  type PathMetrics,
  type PathOptions,
  type PathPlan,
  type PathSums,
  type PathWants,
  finishPathMetrics,
  pathMetricsWants,
  planPaths,
  resolvePathOptions,
} from './paths.js';

export const WORKER_DEFAULTS = {
  ...PATH_DEFAULTS,
  /** Worker threads; 0 means one per available core. */
  workers: 0,
  ...PARALLEL_DEFAULTS,
};

export interface WorkerPathOptions extends PathOptions {
  workers: number;
  chunks: number;
  minChunk: number;
  /** Stops the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** pathMetrics(network, options), computed on worker threads. */
export async function pathMetricsInWorkers(network: Network, options: Partial<WorkerPathOptions> = {}): Promise<PathMetrics> {
  const { plan, sums, resolved } = await sumsInWorkers('pathMetricsInWorkers', network, options, pathMetricsWants);
  return finishPathMetrics(network, plan, sums, resolved);
}

/**
 * betweenness(network, options), computed on worker threads: the Brandes pass alone, without the distance sums
 * and reach that pathMetricsInWorkers adds.
 */
export async function betweennessInWorkers(
  network: Network,
  options: Partial<Omit<WorkerPathOptions, 'betweenness' | 'horizon'>> = {},
): Promise<Float64Array> {
  const wants = (): PathWants => ({ betweenness: true, distances: false, reach: false });
  const { plan, sums } = await sumsInWorkers('betweennessInWorkers', network, options, wants);
  return scaleBetweenness(sums.main.betweenness, plan);
}

/** The kernel's sums for what `wants` asks, from worker threads started for this call and stopped after it. */
async function sumsInWorkers(
  caller: string,
  network: Network,
  options: Partial<WorkerPathOptions>,
  wants: (resolved: WorkerPathOptions) => PathWants,
): Promise<{ plan: PathPlan; sums: PathSums; resolved: WorkerPathOptions }> {
  const resolved = { ...WORKER_DEFAULTS, ...resolvePathOptions(caller, network, options) } as WorkerPathOptions;
  checkParallelOptions(caller, resolved);
  const plan = planPaths(network, resolved);
  const threads = resolved.workers || availableParallelism();
  const graph = sharedGraph(plan.graph);
  const workers = Array.from({ length: threads }, () => new Worker(pathWorkerSource(), { eval: true }));
  try {
    const handles = workers.map((worker) => handleOf(worker));
    for (const handle of handles) handle.send({ type: 'graph', graph });
    const sums = await runPathsParallel(plan, wants(resolved), handles, resolved);
    return { plan, sums, resolved };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

/** The graph's arrays copied once into shared memory, so every worker reads the same bytes. */
function sharedGraph(graph: PathGraph): PathGraph {
  const share = (array: Int32Array) => {
    const shared = new Int32Array(new SharedArrayBuffer(Math.max(4, array.byteLength)), 0, array.length);
    shared.set(array);
    return shared;
  };
  const offsets = share(graph.offsets);
  const neighbours = share(graph.neighbours);
  // Undirected graphs use one array for both sides: share it once.
  const inOffsets = graph.inOffsets === graph.offsets ? offsets : share(graph.inOffsets);
  const inNeighbours = graph.inNeighbours === graph.neighbours ? neighbours : share(graph.inNeighbours);
  return { n: graph.n, offsets, neighbours, inOffsets, inNeighbours };
}

function handleOf(worker: Worker): PathWorkerHandle {
  return {
    send: (message: PathWorkerMessage) => worker.postMessage(message),
    listen: (onReply, onFailure) => {
      worker.on('message', (reply: PathReplyMessage) => onReply(reply));
      worker.on('error', onFailure);
      worker.on('exit', (code) => onFailure(new Error(`exited with code ${code}`)));
    },
  };
}
