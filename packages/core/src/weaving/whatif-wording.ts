// How a what-if comparison reads in words: the figures compared, each value, and the change ("−1",
// "+0.6 points" for shares, "no change"). One wording for `knet whatif`, the dashboard and the report.
import { percent } from '../isolation/ranks.js';
import type { NetworkFigures } from './whatif.js';

/** The figures compared, in order: key, words, and whether it is a share (changes in percentage points). */
export const WHATIF_FIGURES: readonly [keyof NetworkFigures, string, boolean][] = [
  ['fragmentation', 'fragmentation (pairs that cannot reach each other)', false],
  ['components', 'components', false],
  ['largestShare', 'in the largest component', true],
  ['averageReach', 'average reach', true],
  ['modularity', 'modularity', false],
  ['communities', 'communities', false],
];

/** A figure as people read it: whole numbers with thousands separators, others to 3 significant digits. */
export function formatFigure(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return Math.round(value).toLocaleString('en-GB');
  return String(Number(value.toPrecision(3)));
}

/** A value of a figure: shares as percentages, the rest as formatFigure. */
export function showFigure(value: number, share: boolean): string {
  return share ? percent(value) : formatFigure(value);
}

/** "+2", "−0.0128", "−4.2 points" (shares change in percentage points), "no change". */
export function formatChange(before: number, after: number, share: boolean): string {
  const delta = share ? Math.round((after - before) * 1000) / 10 : after - before;
  if (!Number.isFinite(delta)) return '–';
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${formatFigure(Math.abs(delta))}${share ? ' points' : ''}`;
}
