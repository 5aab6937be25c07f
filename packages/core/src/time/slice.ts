// The flows of a network observed within a span of days, as a new Network with every organisation kept
// (isolated ones included, so n is the same in every period). Shared by asOf and window.
import { filterNetwork } from '../model/filter.js';
import type { Network } from '../model/network.js';
import { formatDay, parseDate } from './dates.js';

export type UndatedFlows = 'drop' | 'keep';

export interface TimeSlice {
  network: Network;
  /** First day included (ISO), or undefined when the slice runs from the beginning. */
  from: string | undefined;
  /** Last day included (ISO). */
  to: string;
  /** Dated flows kept. */
  kept: number;
  /** Dated flows left out because they fall outside the span. */
  outside: number;
  /** Flows without a date (kept or dropped as asked): the count a caller should warn about. */
  undated: number;
}

/**
 * Day on which each distinct flow date starts (a partial date is the start of its period), indexed by
 * date code; NaN for "no date" and for text that is not a date.
 */
export function dateStarts(network: Network): Float64Array {
  const { dates } = network.flows;
  const starts = new Float64Array(dates.length).fill(Number.NaN);
  for (let code = 1; code < dates.length; code++) {
    const parsed = parseDate(dates[code]);
    if (parsed) starts[code] = parsed.start;
  }
  return starts;
}

/** Keeps flows whose date starts within [from, to] (day numbers; from may be -Infinity). */
export function sliceByDay(network: Network, from: number, to: number, undated: UndatedFlows): TimeSlice {
  const starts = dateStarts(network);
  const { dateCode } = network.flows;
  let kept = 0;
  let outside = 0;
  let withoutDate = 0;
  const sliced = filterNetwork(network, {
    flow: (f) => {
      const day = starts[dateCode[f]];
      if (Number.isNaN(day)) {
        withoutDate++;
        return undated === 'keep';
      }
      if (day >= from && day <= to) {
        kept++;
        return true;
      }
      outside++;
      return false;
    },
  });
  return {
    network: sliced,
    from: Number.isFinite(from) ? formatDay(from) : undefined,
    to: formatDay(to),
    kept,
    outside,
    undated: withoutDate,
  };
}

export function requireUndated(value: unknown, where: string): UndatedFlows {
  if (value === 'drop' || value === 'keep') return value;
  throw new TypeError(`knet: ${where}: \`undated\` must be 'drop' or 'keep', got ${JSON.stringify(value)}.`);
}
