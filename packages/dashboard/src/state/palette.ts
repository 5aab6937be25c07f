// Colour-blind-safe categorical colours (Tableau 10, as in d3-scale-chromatic) with stable colours for SPEC's
// known organisation types, plus the greys and ring colours the map uses. Every colour is from one place.
import { KNOWN_TYPES, TABLEAU10 } from '@knet/core';

export { TABLEAU10 };

export const COLOURS = {
  /** Groups beyond the palette, and organisations with no value. */
  rest: '#8a8a8a',
  /** Organisations and ties faded while another one is highlighted. */
  faded: '#e4e4e4',
  fadedEdge: '#f0f0f0',
  edge: '#c9c9c9',
  highlightedEdge: '#3d3d3d',
  /** Pioneer rings: dark on every fill colour; the gap separates the ring from the fill. */
  ring: '#1b1b1b',
  ringGap: '#ffffff',
  selected: '#111111',
  /** Proposed ties (dashed) and a path between theme groups: distinct from the greys and from each other by hue and dash. */
  proposed: '#b0006d',
  path: '#1d5fa8',
} as const;

/** Known types keep their colour whatever the data; 'other' shares the rest colour. */
const TYPE_COLOURS = new Map<string, string>(
  KNOWN_TYPES.filter((type) => type !== 'other').map((type, i) => [type, TABLEAU10[i % TABLEAU10.length]]),
);

export interface CategoryColour {
  value: string;
  colour: string;
  count: number;
}

export const PALETTE_DEFAULTS = {
  /** Colours given to the most common groups; smaller groups share the rest colour. */
  maxColours: TABLEAU10.length - 1,
};

/**
 * Colours for the values of a grouping (most common first). For organisation types the known types keep
 * their fixed colours; other groupings get the palette in order of size. Returns the legend entries and
 * a lookup; values beyond the palette map to COLOURS.rest.
 */
export function categoryColours(
  counts: readonly { value: string; count: number }[],
  options: { fixedTypes?: boolean; maxColours?: number } = {},
): { entries: CategoryColour[]; colourOf: (value: string) => string } {
  const maxColours = options.maxColours ?? PALETTE_DEFAULTS.maxColours;
  const lookup = new Map<string, string>();
  const entries: CategoryColour[] = [];
  let next = 0;
  for (const { value, count } of counts) {
    let colour: string = COLOURS.rest;
    if (value === '') colour = COLOURS.rest;
    else if (options.fixedTypes && TYPE_COLOURS.has(value)) colour = TYPE_COLOURS.get(value)!;
    else if (!options.fixedTypes && next < maxColours) colour = TABLEAU10[next++];
    lookup.set(value, colour);
    entries.push({ value, colour, count });
  }
  return { entries, colourOf: (value) => lookup.get(value) ?? COLOURS.rest };
}
