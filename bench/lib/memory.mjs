// Peak memory of this process (resident set size), sampled every few milliseconds from a worker thread, so
// it keeps counting while the main thread is busy inside a long synchronous metric.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';

export const SAMPLER_DEFAULTS = {
  /** Milliseconds between samples. */
  every: 5,
};

const SAMPLER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { cells, every } = workerData;
for (;;) {
  const mb = Math.ceil(process.memoryUsage.rss() / 1048576);
  if (mb > Atomics.load(cells, 0)) Atomics.store(cells, 0, mb);
  if (Atomics.load(cells, 1) === 1) break;
  Atomics.wait(cells, 1, 0, every);
}`;

/** Starts the sampler: reset() starts a new window, peakMB() reads its peak, stop() ends the thread. */
export function startMemorySampler(options = {}) {
  const { every } = { ...SAMPLER_DEFAULTS, ...options };
  if (!(every > 0)) throw new Error(`knet bench: the memory sampling interval must be positive, got ${every}.`);
  // cells[0]: peak RSS in MB since the last reset; cells[1]: 1 asks the sampler to stop.
  const cells = new Int32Array(new SharedArrayBuffer(8));
  const currentMB = () => Math.ceil(process.memoryUsage.rss() / 1048576);
  Atomics.store(cells, 0, currentMB());
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { cells, every } });
  worker.unref();
  return {
    reset() {
      Atomics.store(cells, 0, currentMB());
    },
    peakMB() {
      return Math.max(Atomics.load(cells, 0), currentMB());
    },
    async stop() {
      Atomics.store(cells, 1, 1);
      Atomics.notify(cells, 1);
      await worker.terminate();
    },
  };
}

/** A full garbage collection, so one measurement does not pay for the garbage of the one before. */
export const collectGarbage = (() => {
  if (typeof globalThis.gc === 'function') return globalThis.gc;
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc');
  return () => gc();
})();
