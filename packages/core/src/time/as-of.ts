// The network as it stood on a date: only the flows observed by then. `--as-of 2014` in the CLI.
import { Network } from '../model/network.js';
import { requireDate } from './dates.js';
import { requireUndated, sliceByDay, type TimeSlice, type UndatedFlows } from './slice.js';

export const AS_OF_DEFAULTS = {
  /**
   * Flows without a date cannot be placed in time: 'drop' leaves them out (the slice says how many, so the
   * CLI can warn), 'keep' treats them as always observed.
   */
  undated: 'drop' as UndatedFlows,
};

/**
 * Flows observed by `date`. A flow's partial date is the START of its period (a flow dated 2014 counts from
 * 1 January 2014, one dated 2014-09 from 1 September); the as-of date is the END of its period (as of 2014
 * means by 31 December 2014). So asOf('2014-06-01') includes a flow dated 2014 but not one dated 2014-07.
 * Every organisation is kept, isolated ones included.
 */
export function asOf(network: Network, date: string | Date, options: Partial<typeof AS_OF_DEFAULTS> = {}): TimeSlice {
  if (!(network instanceof Network)) throw new TypeError('knet: asOf: the first argument must be a Network.');
  const { undated } = { ...AS_OF_DEFAULTS, ...options };
  const cutOff = requireDate(date, 'asOf');
  return sliceByDay(network, Number.NEGATIVE_INFINITY, cutOff.end, requireUndated(undated, 'asOf'));
}
