// WCAG AA contrast for the dashboard's text colours, read from app.css itself so the test follows the styles:
// 4.5:1 for body text, links, errors and muted hints on every background they appear on.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { contrast } from './contrast.js';

const css = readFileSync(new URL('./app.css', import.meta.url), 'utf8');

function variable(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-fA-F]{6})`).exec(css);
  if (!match) throw new Error(`app.css has no --${name} colour`);
  return match[1];
}

describe('contrast (WCAG AA)', () => {
  test('the formula matches WCAG reference values', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrast('rgb(119, 119, 119)', '#ffffff')).toBeCloseTo(4.48, 2);
  });

  const white = '#ffffff';
  const pairs: [string, string, string][] = [
    ['text on white', 'text', white],
    ['text on the side panels', 'text', 'panel'],
    ['muted hints on white', 'muted', white],
    ['muted hints on the side panels', 'muted', 'panel'],
    ['muted text on the warning box', 'muted', 'warning-bg'],
    ['text on the warning box', 'text', 'warning-bg'],
    ['links and the brand on white', 'accent', white],
    ['button text on the accent colour', 'accent-text', 'accent'],
    ['errors on white', 'danger', white],
  ];
  for (const [what, fore, back] of pairs) {
    test(what, () => {
      const f = variable(fore);
      const b = back.startsWith('#') ? back : variable(back);
      expect(contrast(f, b)).toBeGreaterThanOrEqual(4.5);
    });
  }

  test('the focus ring stands out from white (3:1 for non-text)', () => {
    expect(contrast(variable('focus'), white)).toBeGreaterThanOrEqual(3);
  });
});
