// A scatter's dots, ready to paint: positions in chart units (the viewBox), grouped by colour, biggest group
// first so a small group is not buried under a big one in a dense corner, and the unpicked ones (faded)
// under all of them when a brush has picked some. Flat typed arrays: 100,000 dots go to a worker in one copy.

export interface ScatterDots {
  /** Dot positions in chart units, in painting order. */
  x: Float32Array;
  y: Float32Array;
  /** Organisation index of each dot, in painting order. */
  index: Int32Array;
  /** Group g is dots [starts[g], starts[g + 1]), painted in `colours[g]`. */
  starts: Uint32Array;
  colours: string[];
}

export interface DotInputs {
  /** Organisation index of each candidate point, and its position in chart units (NaN: not drawn). */
  indices: readonly number[];
  px: ArrayLike<number>;
  py: ArrayLike<number>;
  /** Colour of each organisation, by organisation index. */
  colours: readonly string[];
  /** Organisations picked by a brush (the others are faded), or null. */
  brushed: ReadonlySet<number> | null;
  faded: string;
}

export function scatterDots(inputs: DotInputs): ScatterDots {
  const { indices, px, py, colours, brushed, faded } = inputs;
  const count = indices.length;
  // A colour key per candidate: 0 is the faded colour (when brushing), then one per distinct colour.
  const keyOf = new Map<string, number>();
  const keyColours: string[] = [];
  const keys = new Int32Array(count).fill(-1);
  const fadedKey = brushed ? 0 : -1;
  if (brushed) {
    keyOf.set(`faded:${faded}`, 0);
    keyColours.push(faded);
  }
  for (let k = 0; k < count; k++) {
    if (Number.isNaN(px[k]) || Number.isNaN(py[k])) continue;
    const i = indices[k];
    if (brushed && !brushed.has(i)) {
      keys[k] = fadedKey;
      continue;
    }
    const colour = colours[i];
    let key = keyOf.get(colour);
    if (key === undefined) {
      key = keyColours.length;
      keyOf.set(colour, key);
      keyColours.push(colour);
    }
    keys[k] = key;
  }
  const sizes = new Uint32Array(keyColours.length);
  for (let k = 0; k < count; k++) if (keys[k] >= 0) sizes[keys[k]]++;
  // Faded first (beneath), then the coloured groups biggest first; empty groups are left out.
  const order = keyColours.map((_, key) => key).filter((key) => sizes[key] > 0 && key !== fadedKey);
  order.sort((a, b) => sizes[b] - sizes[a] || a - b);
  if (fadedKey >= 0 && sizes[fadedKey] > 0) order.unshift(fadedKey);
  const starts = new Uint32Array(order.length + 1);
  const at = new Uint32Array(keyColours.length);
  order.forEach((key, g) => {
    at[key] = starts[g];
    starts[g + 1] = starts[g] + sizes[key];
  });
  const total = starts[order.length];
  const x = new Float32Array(total);
  const y = new Float32Array(total);
  const index = new Int32Array(total);
  for (let k = 0; k < count; k++) {
    const key = keys[k];
    if (key < 0) continue;
    const to = at[key]++;
    x[to] = px[k];
    y[to] = py[k];
    index[to] = indices[k];
  }
  return { x, y, index, starts, colours: order.map((key) => keyColours[key]) };
}
