// Colours of the report: the map's groups (Tableau 10, as the dashboard) and the silo matrix's one-hue blue
// ramp with, for each fill, the text colour (black or white) that contrasts most. Only these colours are
// ever written into the page, never a colour from the data.
import { TABLEAU10 } from '../drawing/colours.js';

export const REPORT_COLOURS = {
  /** Groups beyond the palette, and organisations with no value. */
  rest: '#8a8a8a',
  edge: '#c9c9c9',
  ring: '#1b1b1b',
  /** A matrix cell with no tie: white, so "none" is not mistaken for "few". */
  empty: '#ffffff',
  emptyText: '#555555',
};

/** Colour of the k-th largest group: the palette for the first nine, grey for the rest. */
export function groupColour(rank: number): string {
  return rank >= 0 && rank < TABLEAU10.length - 1 ? TABLEAU10[rank] : REPORT_COLOURS.rest;
}

// d3's Blues, 9 classes: the ramp the dashboard's matrix interpolates.
const BLUES = ['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'];

/** Fill and text colour for a cell with `ties` ties when the fullest cell has `most` (square-root scale, as the dashboard). */
export function matrixCellColours(ties: number, most: number): { fill: string; text: string } {
  if (!(ties > 0) || !(most > 0)) return { fill: REPORT_COLOURS.empty, text: REPORT_COLOURS.emptyText };
  // From 0.12 to 0.95 of the ramp, so a cell with one tie is visibly tinted and the fullest is not black.
  const t = 0.12 + 0.83 * Math.sqrt(Math.min(1, ties / most));
  const fill = alongRamp(BLUES, t);
  // Black or white, whichever contrasts more (WCAG relative luminance; the crossover is at 0.179).
  return { fill, text: luminance(fill) > 0.179 ? '#000000' : '#ffffff' };
}

function alongRamp(stops: readonly string[], t: number): string {
  const at = Math.min(stops.length - 1, Math.max(0, t * (stops.length - 1)));
  const k = Math.min(stops.length - 2, Math.floor(at));
  const [a, b] = [rgb(stops[k]), rgb(stops[k + 1])];
  const f = at - k;
  return `#${a.map((c, i) => Math.round(c + (b[i] - c) * f).toString(16).padStart(2, '0')).join('')}`;
}

function rgb(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

function luminance(hex: string): number {
  const [r, g, b] = rgb(hex).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
