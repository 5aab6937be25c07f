// The map's focus inputs from the store's state: hover beats the pinned selection, a tie being proposed
// unpins it, the silo matrix's picked flows become ties, and big maps redraw only the dots whose light changes.
import { createNetwork } from '@knet/core';
import { describe, expect, test } from 'vitest';
import type { Highlight } from '../state/highlight.js';
import { Store } from '../state/store.js';
import { buildDisplay } from './display-graph.js';
import { applyFocus, focusKeys, focusTieLines } from './map-focus.js';
import { MapStyle } from './styles.js';

// a–b, a–c, b–c (twice, merged), c–d; e alone.
const network = createNetwork({
  organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id })),
  flows: [['a', 'b'], ['a', 'c'], ['b', 'c'], ['c', 'b'], ['c', 'd']].map(([source, target]) => ({ source, target })),
});

function setup(patch: Parameters<Store['update']>[0] = {}, selected: string | null = null) {
  const store = new Store();
  store.update({ network, ...patch });
  store.updateView({ selected });
  const display = buildDisplay(network, { tiesInGraph: false });
  const style = new MapStyle();
  applyFocus(style, store.get(), display);
  return { style, display };
}

const sorted = (lines: [string, string][]) => lines.map((line) => [...line].sort().join('–')).sort();

describe('map focus', () => {
  test('the selection is pinned and in focus, with its neighbours', () => {
    const { style, display } = setup({}, 'c');
    expect([style.selected, style.pinned, style.focus]).toEqual([2, 2, 2]);
    expect([...style.neighbours].sort()).toEqual([0, 1, 3]);
    expect(sorted(focusTieLines(style, display))).toEqual(['a–c', 'b–c', 'c–d']);
  });

  test('a hovered organisation takes the focus from the selection, which stays pinned', () => {
    const { style, display } = setup({ hovered: 3 }, 'a');
    expect([style.selected, style.pinned, style.focus]).toEqual([0, 0, 3]);
    expect([...style.neighbours]).toEqual([2]);
    expect(sorted(focusTieLines(style, display))).toEqual(['c–d']);
  });

  test('while a tie is proposed the selection is not pinned', () => {
    const { style } = setup({ proposing: 'a' }, 'a');
    expect([style.selected, style.pinned, style.focus]).toEqual([0, null, null]);
  });

  test('no focus: the silo matrix’s picked flows are the overlay’s ties (a repeated flow once)', () => {
    const flows = Uint8Array.from([0, 0, 1, 1, 1]);
    const highlight = { row: 0, column: 0, label: '', flows, organisations: new Set([1, 2, 3]), ties: 2 } as Highlight;
    const { style, display } = setup({ highlight });
    expect(style.focus).toBeNull();
    expect(Array.from(style.pickedTies ?? [])).toEqual([0, 0, 1, 1]);
    expect(sorted(focusTieLines(style, display))).toEqual(['b–c', 'c–d']);
    expect(focusTieLines(setup().style, display)).toEqual([]);
  });

  test('ties filtered out are left off the overlay', () => {
    const { style, display } = setup({}, 'c');
    // Ties are numbered a–b, a–c, b–c, c–d: hide a–c and c–d.
    style.edgeVisible = Uint8Array.from([1, 0, 1, 0]);
    expect(sorted(focusTieLines(style, display))).toEqual(['b–c']);
  });

  test('a big map redraws only the lit dots and their proposed partners; a small one the neighbours too', () => {
    const { style, display } = setup({ hovered: 3 }, 'a');
    style.proposedWith = new Map([[0, new Set([4])]]);
    // Small map: the hovered d is lit, with its neighbour c; the selection a too (a partner shows only when lit).
    expect(focusKeys(style, display).sort()).toEqual(['a', 'c', 'd', 'd']);
    style.big = true;
    // lit = the pinned selection on a big map; the hover is drawn on sigma's hover layer instead.
    expect(focusKeys(style, display).sort()).toEqual(['a', 'a', 'd', 'e']);
    expect(focusKeys(style, null)).toEqual([]);
  });
});
