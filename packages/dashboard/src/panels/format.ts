// Number formatting for panels and tables: percentages for shares, fixed digits for scores, whole numbers
// for counts; an empty cell reads as an en dash, never "NaN".
import { metricColumn, percent, type MetricColumnId } from '@knet/core';

const SHARES = new Set<MetricColumnId>(['reach', 'isolation']);

export function formatMetric(id: MetricColumnId, value: number): string {
  if (Number.isNaN(value)) return '–';
  if (SHARES.has(id)) return formatPercent(value);
  if (metricColumn(id).integer || Number.isInteger(value)) return formatCount(value);
  const size = Math.abs(value);
  if (size >= 100) return value.toFixed(0);
  if (size >= 10) return value.toFixed(1);
  if (size >= 0.01) return value.toFixed(3);
  // Small but not zero: two significant digits, never a misleading 0.000.
  return value.toPrecision(2);
}

/** The CLI's wording: never rounded up to 100% nor down to 0%, one decimal under 1%. */
export function formatPercent(share: number): string {
  if (Number.isNaN(share)) return '–';
  return percent(share);
}

export function formatCount(value: number): string {
  if (Number.isNaN(value)) return '–';
  return Math.round(value).toLocaleString('en-GB');
}

/** "1 organisation", "2 organisations": a count and its word, singular for exactly one. */
export function countOf(value: number, word: string, plural = `${word}s`): string {
  return `${formatCount(value)} ${Math.round(value) === 1 ? word : plural}`;
}

/** "higher than 83% of organisations" style rank, as a short ordinal percentile ("83rd"). */
export function formatPercentile(share: number): string {
  if (Number.isNaN(share)) return '–';
  const p = Math.round(share * 100);
  const suffix = p % 100 >= 11 && p % 100 <= 13 ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[p % 10] ?? 'th';
  return `${p}${suffix}`;
}

export function metricLabel(id: MetricColumnId): string {
  return metricColumn(id).label;
}

/** An ISO date in words: 2012-12-31 -> "31 Dec 2012"; a year or month stays as written. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const month = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][Number(match[2]) - 1];
  return month ? `${Number(match[3])} ${month} ${match[1]}` : iso;
}
