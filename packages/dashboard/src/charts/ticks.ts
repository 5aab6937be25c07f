// Axis ticks whose labels say something: on a narrow domain a coarse format repeats itself ("1 1 1 2 2 2",
// "100% 100% 100%") and rounds small negatives to "-0". Fewer, wider-spaced ticks until every label differs
// (so each label still sits at a tick d3 chose, not at a neighbour's place), and "-0" reads "0".
import type { ScaleLinear } from 'd3';

export interface Ticks {
  values: number[];
  format: (value: number) => string;
}

/** At most `count` ticks of `scale`, as many as `format` can tell apart. */
export function distinctTicks(scale: ScaleLinear<number, number>, count: number, format: (value: number) => string): Ticks {
  const label = (value: number) => format(value).replace(/^[-−](?=0(?:[.,]0+)?\D*$)/, '');
  for (let wanted = count; wanted >= 1; wanted--) {
    const values = scale.ticks(wanted);
    if (new Set(values.map(label)).size === values.length) return { values, format: label };
  }
  // Even one step is finer than the format: the first tick of each label.
  const seen = new Set<string>();
  const values = scale.ticks(1).filter((value) => !seen.has(label(value)) && Boolean(seen.add(label(value))));
  return { values, format: label };
}
