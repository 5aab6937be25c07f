// Colours of the silo matrix: one light-to-dark blue (a single hue, so it reads the same with any colour
// vision deficiency and in greyscale), and for each fill the text colour with the most contrast, which is
// always at least WCAG AA's 4.5:1 (black or white on any colour gives at least 4.58:1).
import { interpolateBlues } from 'd3';
import { contrast } from '../contrast.js';

export const MATRIX_COLOURS = {
  /** Cells with no tie: white with a grey border, so "none" is not mistaken for "few". */
  empty: '#ffffff',
  emptyText: '#555555',
  border: '#d6d6d6',
  darkText: '#000000',
  lightText: '#ffffff',
  /** Lightest and darkest share of the Blues ramp used: a cell with one tie is visibly tinted. */
  low: 0.12,
  high: 0.95,
};

/** Fill and text colour for a cell with `ties` ties when the fullest cell has `most` (square-root scale). */
export function cellColours(ties: number, most: number): { fill: string; text: string } {
  if (!(ties > 0) || !(most > 0)) return { fill: MATRIX_COLOURS.empty, text: MATRIX_COLOURS.emptyText };
  const { low, high } = MATRIX_COLOURS;
  const fill = interpolateBlues(low + (high - low) * Math.sqrt(Math.min(1, ties / most)));
  const text = contrast(fill, MATRIX_COLOURS.darkText) >= contrast(fill, MATRIX_COLOURS.lightText) ? MATRIX_COLOURS.darkText : MATRIX_COLOURS.lightText;
  return { fill, text };
}
