// Colours of the silo matrix: one light-to-dark blue (a single hue, so it reads the same with any colour
// vision deficiency and in greyscale), and for each fill the text colour with the most contrast, which is
// always at least WCAG AA's 4.5:1 (black or white on any colour gives at least 4.58:1).
import { interpolateBlues } from 'd3';

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

/** WCAG 2.x relative luminance of #rrggbb or rgb(r, g, b). */
export function luminance(colour: string): number {
  const channels = colour.startsWith('#')
    ? [1, 3, 5].map((at) => Number.parseInt(colour.slice(at, at + 2), 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const [r, g, b] = channels.map((value) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Fill and text colour for a cell with `ties` ties when the fullest cell has `most` (square-root scale). */
export function cellColours(ties: number, most: number): { fill: string; text: string } {
  if (!(ties > 0) || !(most > 0)) return { fill: MATRIX_COLOURS.empty, text: MATRIX_COLOURS.emptyText };
  const { low, high } = MATRIX_COLOURS;
  const fill = interpolateBlues(low + (high - low) * Math.sqrt(Math.min(1, ties / most)));
  const text = contrast(fill, MATRIX_COLOURS.darkText) >= contrast(fill, MATRIX_COLOURS.lightText) ? MATRIX_COLOURS.darkText : MATRIX_COLOURS.lightText;
  return { fill, text };
}
