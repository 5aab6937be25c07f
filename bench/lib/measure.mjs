// Times a function several times in this process: garbage collected before each run, peak RSS sampled
// during it, the median kept. A run longer than `longRunSeconds` is not repeated. Short runs get an untimed
// warm-up first (V8 optimises a function only after watching it run: the first call of a 30 ms metric can take
// twice as long as the rest, whoever wrote it) and more repetitions (a shared 2-core machine's speed drifts by
// up to 2× over seconds, and a median of three short runs follows the drift).
import { collectGarbage } from './memory.mjs';
import { median } from './stats.mjs';

export const MEASURE_DEFAULTS = {
  reps: 3,
  longRunSeconds: 60,
  /** A first run shorter than this is a warm-up: timed apart (`firstMs`), left out of the median. */
  warmUpBelowSeconds: 2,
  /** Runs shorter than this are repeated at least `shortReps` times (unless one run was asked for). */
  shortRunSeconds: 0.5,
  shortReps: 11,
};

/**
 * Runs `prepare()` (untimed) then `run(prepared)` (timed). Returns
 * { ms (median), runs, times, firstMs (the warm-up, when there was one), peakMB, result (of the last run) }.
 */
export async function measure({ prepare = () => undefined, run }, sampler, options = {}) {
  const { reps, longRunSeconds, warmUpBelowSeconds, shortRunSeconds, shortReps } = { ...MEASURE_DEFAULTS, ...options };
  let peakMB = 0;
  let result;
  const timeOnce = async () => {
    result = undefined;
    const prepared = await prepare();
    collectGarbage();
    sampler.reset();
    const started = performance.now();
    result = await run(prepared);
    const ms = performance.now() - started;
    peakMB = Math.max(peakMB, sampler.peakMB());
    return ms;
  };

  let first = await timeOnce();
  let firstMs;
  if (reps > 1 && first < warmUpBelowSeconds * 1000) {
    firstMs = first;
    first = await timeOnce();
  }
  const times = [first];
  const wanted = first > longRunSeconds * 1000 ? 1 : first < shortRunSeconds * 1000 && reps > 1 ? Math.max(reps, shortReps) : reps;
  while (times.length < wanted) {
    const ms = await timeOnce();
    times.push(ms);
    if (ms > longRunSeconds * 1000) break;
  }
  return { ms: median(times), runs: times.length, times, firstMs, peakMB, result };
}
