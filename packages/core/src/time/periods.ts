// The periods a network's dated flows span, for trends (`knet trend --by year|quarter`): each period's
// label and its first and last day, so a trend is asOf(network, period.end) for each period in turn.
import { Network } from '../model/network.js';
import { calendarOf, dayOf, daysInMonth, formatDay } from './dates.js';
import { dateStarts } from './slice.js';

export type PeriodUnit = 'year' | 'quarter' | 'month';

export interface Period {
  /** 2014, 2014-Q3 or 2014-09. */
  label: string;
  /** First and last day (ISO). The cut-off for a cumulative trend is `end`. */
  start: string;
  end: string;
}

const MONTHS_PER: Record<PeriodUnit, number> = { year: 12, quarter: 3, month: 1 };

/**
 * Every period from the one holding the earliest flow date to the one holding the latest, empty periods
 * between included so a trend has a regular axis. A flow's partial date is the start of its period, so
 * a flow dated 2016 falls in 2016-Q1 and 2016-01. No dated flows: no periods.
 */
export function periods(network: Network, by: PeriodUnit = 'year'): Period[] {
  if (!(network instanceof Network)) throw new TypeError('knet: periods: the first argument must be a Network.');
  const step = MONTHS_PER[by];
  if (step === undefined) {
    throw new TypeError(`knet: periods: \`by\` must be 'year', 'quarter' or 'month', got ${JSON.stringify(by)}.`);
  }
  const starts = dateStarts(network);
  const { dateCode, count } = network.flows;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (let f = 0; f < count; f++) {
    const day = starts[dateCode[f]];
    if (Number.isNaN(day)) continue;
    if (day < first) first = day;
    if (day > last) last = day;
  }
  if (!Number.isFinite(first)) return [];

  const result: Period[] = [];
  // Periods as month indices (year * 12 + month - 1), aligned to the unit.
  const align = (day: number) => {
    const { year, month } = calendarOf(day);
    const index = year * 12 + month - 1;
    return index - (index % step);
  };
  for (let index = align(first); index <= align(last); index += step) {
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const endMonth = month + step - 1;
    result.push({
      label: labelOf(by, year, month),
      start: formatDay(dayOf(year, month, 1)),
      end: formatDay(dayOf(year, endMonth, daysInMonth(year, endMonth))),
    });
  }
  return result;
}

function labelOf(by: PeriodUnit, year: number, month: number): string {
  if (by === 'year') return String(year);
  if (by === 'quarter') return `${year}-Q${(month - 1) / 3 + 1}`;
  return `${year}-${String(month).padStart(2, '0')}`;
}
