// The network's components as figures (SPEC section 5): how many, their sizes, the share in the largest,
// and isolated organisations. Per-organisation indices come from metrics/node/component.ts.
import type { Network } from '../../model/network.js';
import { components } from '../node/component.js';

export interface ComponentFigures {
  readonly count: number;
  /** Largest first. */
  readonly sizes: readonly number[];
  readonly largest: number;
  /** Share of organisations in the largest component (NaN for an empty network). */
  readonly largestShare: number;
  /** Organisations with no tie to another (self-loops do not count). */
  readonly isolates: number;
}

/** Component count, sizes, largest share and isolates, direction ignored (weak components). */
export function componentFigures(network: Network): ComponentFigures {
  const { count, sizes, largest, largestShare, isolates } = components(network);
  return { count, sizes, largest, largestShare, isolates };
}
