// Seeded random numbers for the benchmark generator (mulberry32, as @knet/core's seededRandom), kept here
// so the generator needs no build of the library: the same seed gives the same graphs on every machine.

/** Uniform numbers in [0, 1) from a 32-bit seed. */
export function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An index drawn from `cumulative` (running totals of weights) within [from, to), by binary search. */
export function drawFromCumulative(cumulative, from, to, random) {
  const base = from === 0 ? 0 : cumulative[from - 1];
  const target = base + random() * (cumulative[to - 1] - base);
  let low = from;
  let high = to - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cumulative[mid] > target) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** A name from `choices` ([name, weight][]), drawn by weight. */
export function weightedChooser(choices, random) {
  const names = choices.map(([name]) => name);
  const cumulative = Float64Array.from(choices.map(([, weight]) => weight));
  for (let i = 1; i < cumulative.length; i++) cumulative[i] += cumulative[i - 1];
  return () => names[drawFromCumulative(cumulative, 0, names.length, random)];
}

/** Shuffles a typed array or array in place (Fisher–Yates). */
export function shuffle(array, random) {
  for (let i = array.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = array[i];
    array[i] = array[j];
    array[j] = swap;
  }
  return array;
}
