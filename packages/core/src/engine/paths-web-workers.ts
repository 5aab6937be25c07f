// pathMetrics on browser Web Workers (the dashboard): the worker source goes in through a Blob URL, the
// graph is shared when the page is cross-origin isolated and copied to each worker otherwise.
import type { Network } from '../model/network.js';
import type { PathGraph } from './paths-kernel.js';
import { PARALLEL_DEFAULTS, type PathWorkerHandle, checkParallelOptions, runPathsParallel } from './paths-parallel.js';
import type { PathReplyMessage } from './paths-worker-source.js';
import { pathWorkerSource } from './paths-worker-source.js';
import {
  PATH_DEFAULTS,
  type PathMetrics,
  type PathOptions,
  finishPathMetrics,
  pathMetricsWants,
  planPaths,
  resolvePathOptions,
} from './paths.js';

export const WEB_WORKER_DEFAULTS = {
  ...PATH_DEFAULTS,
  /** Workers; 0 means navigator.hardwareConcurrency (4 when unknown). */
  workers: 0,
  ...PARALLEL_DEFAULTS,
};

export interface WebWorkerPathOptions extends PathOptions {
  workers: number;
  chunks: number;
  minChunk: number;
  /** Stops the workers and rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** The few browser globals used, typed here so the library does not need the WebWorker lib. */
interface WebWorkerLike {
  postMessage(message: unknown): void;
  terminate(): void;
  onmessage: ((event: { data: unknown }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
type WebWorkerConstructor = new (url: string) => WebWorkerLike;

/** pathMetrics(network, options), computed on Web Workers; the page stays responsive meanwhile. */
export async function pathMetricsInWebWorkers(network: Network, options: Partial<WebWorkerPathOptions> = {}): Promise<PathMetrics> {
  const caller = 'pathMetricsInWebWorkers';
  const resolved = { ...WEB_WORKER_DEFAULTS, ...resolvePathOptions(caller, network, options) } as WebWorkerPathOptions;
  checkParallelOptions(caller, resolved);
  const scope = globalThis as unknown as { Worker?: WebWorkerConstructor; navigator?: { hardwareConcurrency?: number } };
  const WorkerClass = scope.Worker;
  if (typeof WorkerClass !== 'function') throw new Error(`knet: ${caller}: this environment has no Web Workers.`);

  const plan = planPaths(network, resolved);
  const graph = transferableGraph(plan.graph);
  const url = URL.createObjectURL(new Blob([pathWorkerSource()], { type: 'text/javascript' }));
  const threads = resolved.workers || scope.navigator?.hardwareConcurrency || 4;
  const workers: WebWorkerLike[] = [];
  try {
    for (let i = 0; i < threads; i++) workers.push(new WorkerClass(url));
    const handles = workers.map(handleOf);
    for (const handle of handles) handle.send({ type: 'graph', graph });
    const sums = await runPathsParallel(plan, pathMetricsWants(resolved), handles, resolved);
    return finishPathMetrics(network, plan, sums, resolved);
  } finally {
    for (const worker of workers) worker.terminate();
    URL.revokeObjectURL(url);
  }
}

/** Shared memory needs cross-origin isolation in browsers; without it each worker gets its own copy. */
function transferableGraph(graph: PathGraph): PathGraph {
  const isolated = (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true;
  if (!isolated || typeof SharedArrayBuffer !== 'function') return graph;
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

function handleOf(worker: WebWorkerLike): PathWorkerHandle {
  return {
    send: (message) => worker.postMessage(message),
    listen: (onReply, onFailure) => {
      worker.onmessage = (event) => onReply(event.data as PathReplyMessage);
      worker.onerror = (event) => onFailure(new Error(event.message ?? 'a Web Worker failed'));
    },
  };
}
