// Which ties a big map draws: all of them is a grey fog at 50,000 and costs a software renderer seconds per
// frame, so big maps draw the strongest visible ties up to a cap (ties between lighter-tied organisations win
// ties of weight, so sparse corners keep their lines); every tie of the organisation in focus is drawn on top.

export const DRAWN_TIES_DEFAULTS = {
  /** Ties drawn on a big map. */
  cap: 8000,
};

/**
 * Edge numbers to draw: every visible edge when they fit under the cap, else the strongest, and among equal
 * weights those whose ends have the fewest ties. `degree` is each edge's smaller end-degree.
 */
export function chooseDrawnTies(weights: ArrayLike<number>, visible: Uint8Array | null, smallerDegree: ArrayLike<number>, cap = DRAWN_TIES_DEFAULTS.cap): number[] {
  const candidates: number[] = [];
  for (let k = 0; k < weights.length; k++) if (!visible || visible[k]) candidates.push(k);
  if (candidates.length <= cap) return candidates;
  candidates.sort((a, b) => weights[b] - weights[a] || smallerDegree[a] - smallerDegree[b] || a - b);
  return candidates.slice(0, cap).sort((a, b) => a - b);
}
