// The what-if figures as rows of words, worded as `knet whatif` prints them: before, after and the change
// ("−1", "+0.6 points" for shares, "no change"). Pure, for the proposals panel and its tests; no DOM.
import { percent } from '@knet/core';
import type { FiguresPayload, WhatIfPayload } from '../workers/protocol.js';

/** The figures compared, in the CLI's order: key, words, and whether it is a share (changes in points). */
export const WHATIF_FIGURES: readonly [keyof FiguresPayload, string, boolean][] = [
  ['fragmentation', 'fragmentation (pairs that cannot reach each other)', false],
  ['components', 'components', false],
  ['largestShare', 'in the largest component', true],
  ['averageReach', 'average reach', true],
  ['modularity', 'modularity', false],
  ['communities', 'communities', false],
];

/** As the CLI shows a figure: whole numbers as they are, others to 3 significant digits. */
export function formatFigure(value: number): string {
  if (!Number.isFinite(value)) return '–';
  if (Number.isInteger(value)) return Math.round(value).toLocaleString('en-GB');
  return String(Number(value.toPrecision(3)));
}

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

export interface FigureRow {
  key: keyof FiguresPayload;
  label: string;
  before: string;
  after: string;
  change: string;
}

export function figureRows(whatIf: WhatIfPayload): FigureRow[] {
  const { before, after } = whatIf;
  if (!before || !after) return [];
  return WHATIF_FIGURES.map(([key, label, share]) => ({
    key,
    label,
    before: showFigure(before[key], share),
    after: showFigure(after[key], share),
    change: formatChange(before[key], after[key], share),
  }));
}

export interface PioneerRow {
  index: number;
  before: string;
  after: string;
  change: string;
  /** "no longer weakly connected", "now weakly connected", "weakly connected" or ''. */
  status: string;
}

/** As the CLI's table: pioneers weakly connected before or after, or whose isolation changes; and how many others. */
export function pioneerRows(whatIf: WhatIfPayload): { rows: PioneerRow[]; others: number } {
  const shown = whatIf.pioneers.filter((p) => p.weakBefore || p.weakAfter || p.isolationBefore !== p.isolationAfter);
  const rows = shown.map((p) => ({
    index: p.index,
    before: percent(p.isolationBefore),
    after: percent(p.isolationAfter),
    change: formatChange(p.isolationBefore, p.isolationAfter, true),
    status: p.weakBefore === p.weakAfter ? (p.weakBefore ? 'weakly connected' : '') : p.weakBefore ? 'no longer weakly connected' : 'now weakly connected',
  }));
  return { rows, others: whatIf.pioneers.length - shown.length };
}
