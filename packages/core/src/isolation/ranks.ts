// Small statistics the isolation reasons are phrased in: medians, "top 5%" shares, percentages in words.
// NaN cells (empty metrics) are left out of every population.

/** Median of the finite values (mean of the middle two for an even count); NaN when there are none. */
export function median(values: ArrayLike<number>): number {
  const finite: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) finite.push(values[i]);
  if (finite.length === 0) return Number.NaN;
  finite.sort((a, b) => a - b);
  const middle = finite.length >> 1;
  return finite.length % 2 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/**
 * The share of the population whose value is at least `value`: 0.05 means "top 5%".
 * Ties count against the organisation, so a value shared by half the population is never "top 5%".
 */
export function topShare(value: number, population: readonly number[]): number {
  if (population.length === 0) return Number.NaN;
  let atLeast = 0;
  for (const other of population) if (other >= value) atLeast++;
  return atLeast / population.length;
}

/** "6%", "0.3%", "less than 0.1%" style percentages that never round a true statement into a false one. */
export function percent(share: number): string {
  // No figure (a network of one): a dash, never "NaN%".
  if (Number.isNaN(share)) return '–';
  if (share <= 0) return '0%';
  if (share >= 1) return '100%';
  if (share < 0.001) return 'less than 0.1%';
  // Under 1%, one decimal (never rounded up to 1%), so a sparse network's small figures stay distinct.
  if (share < 0.01) return `${Math.min(0.9, Math.round(share * 1000) / 10)}%`;
  // Round, but never up to 100% nor down to 0% (handled above).
  return `${Math.min(99, Math.round(share * 100))}%`;
}

/** "top 5%": the share rounded up, so the text never claims more than the numbers support. */
export function topPercent(share: number): string {
  return `top ${Math.max(1, Math.ceil(share * 100 - 1e-9))}%`;
}

/** "1 tie", "3 ties". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Two significant decimals for a metric quoted in a sentence (0.92, 0.071). */
export function quote(value: number): string {
  if (value === 0) return '0';
  return Number(value.toPrecision(2)).toString();
}
