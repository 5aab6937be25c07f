// Percentile ranks: where an organisation's value sits among everyone's in this network ("higher than 83%").
// Ties count half, so equal values get equal ranks and the rank of the median is 50%.

export interface SortedValues {
  /** The non-empty values, ascending. */
  readonly sorted: Float64Array;
}

/** Sorts a metric column once, leaving out empty (NaN) cells. */
export function sortValues(values: ArrayLike<number>): SortedValues {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) kept.push(values[i]);
  return { sorted: Float64Array.from(kept).sort() };
}

/** Share (0..1) of values below `value`, plus half of those equal to it; NaN for an empty cell or no values. */
export function percentileRank(values: SortedValues, value: number): number {
  const { sorted } = values;
  if (Number.isNaN(value) || sorted.length === 0) return Number.NaN;
  const below = lowerBound(sorted, value);
  const equal = upperBound(sorted, value) - below;
  return (below + equal / 2) / sorted.length;
}

/**
 * percentileRank by counting, without sorting: one pass over the values. A few lookups in a 100,000-value
 * column (one organisation's panel) cost far less than sorting it.
 */
export function percentileRankByCount(values: ArrayLike<number>, value: number): number {
  if (Number.isNaN(value)) return Number.NaN;
  let below = 0;
  let equal = 0;
  let present = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    present++;
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return present === 0 ? Number.NaN : (below + equal / 2) / present;
}

/** The median of the non-empty values (NaN when there are none). */
export function medianOf(values: SortedValues): number {
  const { sorted } = values;
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
