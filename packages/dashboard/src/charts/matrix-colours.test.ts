// The silo matrix's numbers stay readable on every fill (WCAG AA 4.5:1), and the ramp is one hue getting
// darker (ordered by lightness, so it reads without telling colours apart).
import { describe, expect, test } from 'vitest';
import { contrast, luminance } from '../contrast.js';
import { cellColours, MATRIX_COLOURS } from './matrix-colours.js';

describe('silo matrix colours', () => {
  test('every cell text has at least 4.5:1 on its fill', () => {
    for (let ties = 0; ties <= 200; ties++) {
      const { fill, text } = cellColours(ties, 200);
      expect(contrast(fill, text), `${ties} ties: ${text} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast(MATRIX_COLOURS.emptyText, MATRIX_COLOURS.empty)).toBeGreaterThanOrEqual(4.5);
  });

  test('more ties, darker cell; empty cells stay white', () => {
    const shades = [1, 2, 5, 10, 50, 100].map((ties) => luminance(cellColours(ties, 100).fill));
    for (let k = 1; k < shades.length; k++) expect(shades[k]).toBeLessThan(shades[k - 1]);
    expect(cellColours(0, 100).fill).toBe('#ffffff');
    expect(cellColours(1, 100).fill).not.toBe('#ffffff');
  });
});
