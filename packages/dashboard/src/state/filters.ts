// Filters: which organisations and flows the dashboard analyses. Pure data and predicates (no DOM), shared by
// the store, the URL state and the analysis worker, which computes every metric on the filtered network.
import { type Network, type NetworkFilter, parseFlowDate } from '@knet/core';

export interface Filters {
  /** Organisation types kept; empty = every type. */
  types: string[];
  sectors: string[];
  regions: string[];
  /** Flow types kept; empty = every type. */
  flowTypes: string[];
  /** First and last date kept (ISO 8601: 2014, 2014-09 or 2014-09-02); '' = open. */
  from: string;
  to: string;
  /** Flows lighter than this are left out (0 = keep all). */
  minWeight: number;
}

export const FILTER_DEFAULTS: Readonly<Filters> = Object.freeze({
  types: [],
  sectors: [],
  regions: [],
  flowTypes: [],
  from: '',
  to: '',
  minWeight: 0,
});

export function emptyFilters(): Filters {
  return { ...FILTER_DEFAULTS, types: [], sectors: [], regions: [], flowTypes: [] };
}

export function filtersActive(filters: Filters): boolean {
  return (
    filters.types.length > 0 ||
    filters.sectors.length > 0 ||
    filters.regions.length > 0 ||
    filters.flowTypes.length > 0 ||
    filters.from !== '' ||
    filters.to !== '' ||
    filters.minWeight > 0
  );
}

/** A date bound as a day number: the start of `from`'s period, the end of `to`'s; undefined when open or invalid. */
export function dateBound(text: string, side: 'from' | 'to'): number | undefined {
  if (!text) return undefined;
  const parsed = parseFlowDate(text);
  if (!parsed) return undefined;
  return side === 'from' ? parsed.start : parsed.end;
}

/**
 * The filter as @knet/core's filterNetwork takes it. A flow's partial date counts from the start of its
 * period (as core's time functions read it); flows without a date are left out once a date range is set.
 */
export function networkFilter(network: Network, filters: Filters): NetworkFilter {
  const keep: NetworkFilter = {};
  const types = new Set(filters.types);
  const sectors = new Set(filters.sectors);
  const regions = new Set(filters.regions);
  if (types.size || sectors.size || regions.size) {
    keep.organisation = (organisation) =>
      (!types.size || types.has(organisation.type)) &&
      (!sectors.size || sectors.has(organisation.sector)) &&
      (!regions.size || regions.has(organisation.region));
  }
  const flowTypes = new Set(filters.flowTypes);
  const from = dateBound(filters.from, 'from');
  const to = dateBound(filters.to, 'to');
  const minWeight = filters.minWeight;
  if (flowTypes.size || from !== undefined || to !== undefined || minWeight > 0) {
    const flows = network.flows;
    // Date codes are parsed once each, not once per flow.
    const starts = flows.dates.map((date, code) => (code === 0 ? Number.NaN : parseFlowDate(date)?.start ?? Number.NaN));
    keep.flow = (f) => {
      if (flowTypes.size && !flowTypes.has(flows.type(f))) return false;
      if (minWeight > 0 && !(flows.weight[f] >= minWeight)) return false;
      if (from !== undefined || to !== undefined) {
        const start = starts[flows.dateCode[f]];
        if (Number.isNaN(start)) return false;
        if (from !== undefined && start < from) return false;
        if (to !== undefined && start > to) return false;
      }
      return true;
    };
  }
  return keep;
}

/**
 * The filters with the time slider's date applied: only flows observed by the end of `asOf`'s period, as
 * @knet/core's asOf reads it (a flow's partial date is the start of its period; undated flows are left out).
 * The earlier of the filter's own last date and `asOf` wins.
 */
export function filtersAsOf(filters: Filters, asOf: string): Filters {
  const cutOff = dateBound(asOf, 'to');
  if (cutOff === undefined) return filters;
  const own = dateBound(filters.to, 'to');
  return own !== undefined && own <= cutOff ? filters : { ...filters, to: asOf };
}

/** The distinct values of a field across the network, most common first (for filter and legend choices). */
export function valueCounts(values: Iterable<string>): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return sortedCounts(counts);
}

/**
 * valueCounts for a dictionary-coded column (value = dictionary[code]): counts the codes, so 500,000 flow
 * types take a few milliseconds rather than a string lookup each.
 */
export function codeCounts(codes: ArrayLike<number>, dictionary: readonly string[]): { value: string; count: number }[] {
  const perCode = new Float64Array(dictionary.length);
  for (let k = 0; k < codes.length; k++) perCode[codes[k]]++;
  const counts = new Map<string, number>();
  perCode.forEach((count, code) => {
    if (count > 0) counts.set(dictionary[code], (counts.get(dictionary[code]) ?? 0) + count);
  });
  return sortedCounts(counts);
}

function sortedCounts(counts: Map<string, number>): { value: string; count: number }[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
