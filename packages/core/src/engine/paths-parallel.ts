// Runs a path plan on workers (Node's or the browser's, behind PathWorkerHandle): sources cut into chunks
// handed out as workers free up, sums folded in chunk order, so results depend on neither timing nor count.
import type { PathPartial, PathTask } from './paths-kernel.js';
import { addPartial } from './paths-kernel.js';
import type { PathReplyMessage, PathWorkerMessage } from './paths-worker-source.js';
import { type PathPlan, type PathSums, type PathWants, pathTasks, sumsOf } from './paths.js';

/** What the runner needs from one worker running pathWorkerSource(). */
export interface PathWorkerHandle {
  send(message: PathWorkerMessage): void;
  /** Replies to tasks, and failures (an uncaught error, an early exit). */
  listen(onReply: (reply: PathReplyMessage) => void, onFailure: (error: Error) => void): void;
}

export const PARALLEL_DEFAULTS = {
  /**
   * Chunks each task's sources are cut into, whatever the number of workers (so any worker count gives the
   * same sums): enough to balance uneven searches over many workers, few enough to keep messaging cheap.
   */
  chunks: 64,
  /** No chunk smaller than this many sources. */
  minChunk: 16,
};

export interface ParallelOptions {
  chunks: number;
  minChunk: number;
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

/** Checks worker, chunk and minChunk counts at the door of a runner; `caller` names it in messages. */
export function checkParallelOptions(caller: string, options: { workers: number; chunks: number; minChunk: number }): void {
  for (const name of ['workers', 'chunks', 'minChunk'] as const) {
    const value = options[name];
    const least = name === 'workers' ? 0 : 1;
    if (!Number.isSafeInteger(value) || value < least) {
      throw new Error(`knet: ${caller}: ${name} must be a whole number, ${least} or more, got ${String(value)}.`);
    }
  }
}

interface Chunk {
  /** Which of the plan's tasks this chunk belongs to. */
  readonly of: number;
  readonly task: PathTask;
}

function chunksOf(tasks: readonly PathTask[], options: ParallelOptions): Chunk[] {
  const chunks: Chunk[] = [];
  tasks.forEach((task, of) => {
    // Each task is cut on its own: a sample's few full searches cost far more than the horizon searches
    // that follow them, and must not end up in a single chunk.
    const size = Math.max(options.minChunk, Math.ceil((task.to - task.from) / options.chunks));
    for (let from = task.from; from < task.to; from += size) {
      chunks.push({ of, task: { ...task, from, to: Math.min(task.to, from + size) } });
    }
    // An empty task (no organisations) still needs one (empty) result.
    if (task.from === task.to) chunks.push({ of, task });
  });
  return chunks;
}

/** The sums of `plan` computed on `workers`, which must already hold the plan's graph. */
export function runPathsParallel(
  plan: PathPlan,
  wants: PathWants,
  workers: readonly PathWorkerHandle[],
  options: Partial<ParallelOptions> = {},
): Promise<PathSums> {
  const resolved: ParallelOptions = { ...PARALLEL_DEFAULTS, ...options };
  if (workers.length === 0) return Promise.reject(new Error('knet: runPathsParallel: at least one worker is needed.'));
  const tasks = pathTasks(plan, wants);
  if (tasks.length === 0) return Promise.reject(new Error('knet: runPathsParallel: nothing was asked for.'));
  const chunks = chunksOf(tasks, resolved);
  const totalSources = tasks.reduce((sum, task) => sum + task.to - task.from, 0);

  return new Promise<PathSums>((resolve, reject) => {
    const results: (PathPartial | undefined)[] = tasks.map(() => undefined);
    const arrived = new Map<number, PathPartial>();
    let nextChunk = 0;
    let nextFold = 0;
    let doneSources = 0;
    let settled = false;

    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const { signal } = resolved;
    if (signal?.aborted) return fail(signal.reason);
    signal?.addEventListener('abort', () => fail(signal.reason), { once: true });

    const dispatch = (worker: PathWorkerHandle) => {
      if (settled || nextChunk >= chunks.length) return;
      const id = nextChunk++;
      worker.send({ type: 'task', id, task: chunks[id].task });
    };
    // Fold in chunk order, whatever order replies come in: the same sums run after run.
    const fold = () => {
      while (arrived.has(nextFold)) {
        const partial = arrived.get(nextFold)!;
        arrived.delete(nextFold);
        const of = chunks[nextFold].of;
        const sum = results[of];
        if (sum === undefined) results[of] = partial;
        else addPartial(sum, partial);
        nextFold++;
      }
    };

    for (const worker of workers) {
      worker.listen(
        (reply) => {
          if (settled) return;
          if (reply.error !== undefined) return fail(new Error(`knet: a path worker failed: ${reply.error}`));
          arrived.set(reply.id, reply.partial);
          const task = chunks[reply.id].task;
          doneSources += task.to - task.from;
          fold();
          resolved.onProgress?.(doneSources, totalSources);
          if (nextFold === chunks.length) {
            settled = true;
            resolve(sumsOf(tasks, results as PathPartial[]));
          } else {
            dispatch(worker);
          }
        },
        (error) => fail(new Error(`knet: a path worker stopped: ${error.message}`)),
      );
    }
    for (const worker of workers) dispatch(worker);
  });
}
