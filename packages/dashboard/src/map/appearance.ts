// What each organisation looks like: colour from the chosen grouping, size from the chosen metric, a ring for
// pioneers and a double ring for weakly connected pioneers. Pure: arrays in, arrays out, no sigma, no DOM.
import type { Network } from '@knet/core';
import type { Analysis } from '../state/analysis.js';
import { valueCounts } from '../state/filters.js';
import { type CategoryColour, categoryColours, COLOURS } from '../state/palette.js';
import type { ColourBy, SizeBy } from '../state/view-state.js';

export const APPEARANCE_DEFAULTS = {
  /** Node radius in pixels at zoom 1 for the smallest and largest metric values (scaled down for big maps). */
  minSize: 3,
  maxSize: 14,
  /** Used while there is no metric to size by. */
  plainSize: 5,
  /** Rings, as shares of the node's radius: pioneer, then weakly connected pioneer (outer ring and gap). */
  pioneerRing: 0.22,
  weakRing: 0.3,
  weakGap: 0.16,
};

export interface LegendEntry extends CategoryColour {
  /** Words for the value ("charity", "Community 0", "(none)"). */
  label: string;
}

export interface Appearance {
  colours: string[];
  sizes: Float32Array;
  /** Ring thickness (share of radius) and the white gap inside it; 0 = no ring. */
  rings: Float32Array;
  gaps: Float32Array;
  legend: LegendEntry[];
  /** The grouping's value for each organisation (what the legend lists). */
  groups: string[];
  /** How many weakly connected pioneers carry the double ring. */
  weakCount: number;
}

export function computeAppearance(
  network: Network,
  analysis: Analysis | null,
  colourBy: ColourBy,
  sizeBy: SizeBy,
  options: Partial<typeof APPEARANCE_DEFAULTS> = {},
): Appearance {
  const settings = { ...APPEARANCE_DEFAULTS, ...options };
  const n = network.order;
  const groups = groupsOf(network, analysis, colourBy);
  const kept = (v: number) => !analysis || analysis.kept(v);
  const counted: string[] = [];
  for (let v = 0; v < n; v++) if (kept(v)) counted.push(groups[v]);
  const { entries, colourOf } = categoryColours(valueCounts(counted), { fixedTypes: colourBy === 'type' });
  const colours = groups.map(colourOf);

  // Big maps get smaller dots, so the picture is not a solid blot at first sight.
  const shrink = n > 2000 ? 0.6 : n > 500 ? 0.8 : 1;
  const minSize = settings.minSize * shrink;
  const maxSize = settings.maxSize * shrink;
  const sizes = new Float32Array(n).fill(settings.plainSize * shrink);
  if (analysis && sizeBy !== 'none') {
    const values = analysis.column(sizeBy);
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (let v = 0; v < n; v++) {
      const value = values[v];
      if (Number.isNaN(value)) continue;
      if (value < lo) lo = value;
      if (value > hi) hi = value;
    }
    if (hi > lo) {
      // Area proportional to the value: radius by square root.
      for (let v = 0; v < n; v++) {
        const value = values[v];
        sizes[v] = Number.isNaN(value) ? minSize : minSize + (maxSize - minSize) * Math.sqrt((value - lo) / (hi - lo));
      }
    }
  }

  const rings = new Float32Array(n);
  const gaps = new Float32Array(n);
  let weakCount = 0;
  network.organisations.forEach((organisation, v) => {
    if (!organisation.pioneer) return;
    if (analysis?.isWeakPioneer(v)) {
      rings[v] = settings.weakRing;
      gaps[v] = settings.weakGap;
      weakCount++;
      // A weakly connected pioneer is never drawn smaller than a middling dot: it is what the map is for.
      sizes[v] = Math.max(sizes[v], (minSize + maxSize) / 2);
    } else rings[v] = settings.pioneerRing;
  });

  const legend = entries.map((entry) => ({ ...entry, label: groupLabel(colourBy, entry.value) }));
  return { colours, sizes, rings, gaps, legend, groups, weakCount };
}

function groupsOf(network: Network, analysis: Analysis | null, colourBy: ColourBy): string[] {
  if (colourBy === 'community' || colourBy === 'component') {
    const ints = analysis ? (colourBy === 'community' ? analysis.payload.community : analysis.payload.component) : null;
    return network.organisations.map((_, v) => (ints && ints[v] >= 0 ? String(ints[v]) : ''));
  }
  return network.organisations.map((organisation) => organisation[colourBy]);
}

export function groupLabel(colourBy: ColourBy, value: string): string {
  if (value === '') return colourBy === 'community' ? '(not computed)' : '(none given)';
  if (colourBy === 'community') return `Community ${value}`;
  if (colourBy === 'component') return value === '0' ? 'Main network' : `Group ${value}`;
  return value.replace(/_/g, ' ');
}

export { COLOURS };
