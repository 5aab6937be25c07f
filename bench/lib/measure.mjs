// Times a function several times in this process: garbage collected before each run, peak RSS sampled
// during it, the median kept. A run longer than `longRunSeconds` is not repeated.
import { collectGarbage } from './memory.mjs';
import { median } from './stats.mjs';

export const MEASURE_DEFAULTS = { reps: 3, longRunSeconds: 60 };

/**
 * Runs `prepare()` (untimed) then `run(prepared)` (timed) up to `reps` times. Returns
 * { ms (median), runs, times, peakMB, result (of the last run) }.
 */
export async function measure({ prepare = () => undefined, run }, sampler, options = {}) {
  const { reps, longRunSeconds } = { ...MEASURE_DEFAULTS, ...options };
  const times = [];
  let peakMB = 0;
  let result;
  for (let rep = 0; rep < reps; rep++) {
    result = undefined;
    const prepared = await prepare();
    collectGarbage();
    sampler.reset();
    const started = performance.now();
    result = await run(prepared);
    const ms = performance.now() - started;
    peakMB = Math.max(peakMB, sampler.peakMB());
    times.push(ms);
    if (ms > longRunSeconds * 1000) break;
  }
  return { ms: median(times), runs: times.length, times, peakMB, result };
}
