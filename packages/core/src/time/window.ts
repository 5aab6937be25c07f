// The network over the last N months: only flows observed in that window. `--window 12` in the CLI.
import { Network } from '../model/network.js';
import { monthsBefore, parseDate, requireDate } from './dates.js';
import { requireUndated, sliceByDay, type TimeSlice, type UndatedFlows } from './slice.js';

export const TIME_WINDOW_DEFAULTS = {
  /** Last day of the window (its period's end for a partial date); default: the latest flow date's end. */
  end: undefined as string | Date | undefined,
  /** As in asOf: flows without a date are dropped ('drop', and counted) or always kept ('keep'). */
  undated: 'drop' as UndatedFlows,
};

/**
 * Flows in the `months` months ending on `end`: dated after the same day `months` months earlier, up to and
 * including `end` (ending 2016-12-31, 12 months is 2016-01-01 to 2016-12-31). Flow dates are read as the
 * start of their period, as in asOf. Every organisation is kept. With no dated flow and no `end`, the
 * window is empty and ends today.
 */
export function timeWindow(
  network: Network,
  months: number,
  options: Partial<typeof TIME_WINDOW_DEFAULTS> = {},
): TimeSlice {
  if (!(network instanceof Network)) throw new TypeError('knet: timeWindow: the first argument must be a Network.');
  // 10,000 years covers every ISO 8601 date (0000-9999); more would run the window's start off the calendar.
  if (!Number.isInteger(months) || months < 1 || months > 120_000) {
    throw new RangeError(`knet: timeWindow: months must be a whole number from 1 to 120000, got ${months}.`);
  }
  const { end, undated } = { ...TIME_WINDOW_DEFAULTS, ...options };
  const last = end === undefined ? latestDay(network) : requireDate(end, 'timeWindow').end;
  return sliceByDay(network, monthsBefore(last, months) + 1, last, requireUndated(undated, 'timeWindow'));
}

/** The last day of the latest-ending flow date (2016 ends on 2016-12-31), or today without dates. */
function latestDay(network: Network): number {
  const { dates, dateCode, count } = network.flows;
  // Only codes in use: a filtered network shares its parent's date dictionary.
  const used = new Uint8Array(dates.length);
  for (let f = 0; f < count; f++) used[dateCode[f]] = 1;
  let latest = Number.NEGATIVE_INFINITY;
  for (let code = 1; code < dates.length; code++) {
    const parsed = used[code] ? parseDate(dates[code]) : undefined;
    if (parsed) latest = Math.max(latest, parsed.end);
  }
  return Number.isFinite(latest) ? latest : Math.floor(Date.now() / 86_400_000);
}
