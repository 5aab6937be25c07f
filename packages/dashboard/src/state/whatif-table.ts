// The what-if figures as rows of words, worded as `knet whatif` prints them: before, after and the change
// ("−1", "+0.6 points" for shares, "no change"). Pure, for the proposals panel and its tests; no DOM.
import { formatChange, percent, showFigure, WHATIF_FIGURES } from '@knet/core';
import type { FiguresPayload, WhatIfPayload } from '../workers/protocol.js';

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
