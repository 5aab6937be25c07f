// How the network grew, period by period (`knet trend --by year|quarter`): for each period, the network of
// the flows observed by its end, its fragmentation, components and average reach, and how cut off each pioneer was.
import { belowReachBar } from '../isolation/reasons.js';
import { median } from '../isolation/ranks.js';
import { fragmentation } from '../metrics/network/fragmentation.js';
import { components } from '../metrics/node/component.js';
import { reach } from '../metrics/node/reach.js';
import { filterNetworkMapped } from '../model/filter.js';
import { Network } from '../model/network.js';
import { asOf } from './as-of.js';
import { periods, type Period, type PeriodUnit } from './periods.js';
import { requireUndated, type UndatedFlows } from './slice.js';

export type TrendMembers = 'all' | 'joined';

export const TREND_DEFAULTS = {
  /** Period length: 'year', 'quarter' or 'month'. */
  by: 'year' as PeriodUnit,
  /** Steps counted by reach, as everywhere (2: a partner, or a partner's partner). */
  horizon: 2,
  /** Weakly connected: outside the largest component, or reach at most `relative` × the period's median reach. */
  relative: 0.5,
  /**
   * Flows without a date cannot be placed in a period: 'drop' leaves them out of every period, 'keep'
   * counts them in every period (as if observed before the first). Either way `Trend.undated` counts them.
   */
  undated: 'drop' as UndatedFlows,
  /**
   * Who is in each period's network: 'all' every organisation in the input (n fixed, so figures compare
   * like for like, and one that joins later counts as cut off before it joins); 'joined' only those named
   * by a flow observed by the period's end (the network as it was known then).
   */
  members: 'all' as TrendMembers,
};

export type TrendOptions = typeof TREND_DEFAULTS;

/** One pioneer in one period. */
export interface PioneerInPeriod {
  id: string;
  label: string;
  /** Position in the input network's organisations. */
  index: number;
  /** In this period's network (always true with members 'all'). */
  present: boolean;
  /** NaN when not present (or when the period's network has a single organisation). */
  reach: number;
  isolation: number;
  /** Component in this period, 0 = largest; -1 when not present. */
  component: number;
  /** Weakly connected in this period (SPEC section 6, the period's own median). */
  weak: boolean;
}

export interface TrendPeriod extends Period {
  /** Flows observed by the period's end (undated ones included when `undated` is 'keep'). */
  flows: number;
  /** Dated flows observed within the period itself. */
  newFlows: number;
  /** Organisations in the period's network. */
  organisations: number;
  /** Borgatti fragmentation: share of ordered pairs that cannot reach each other (NaN under 2 organisations). */
  fragmentation: number;
  /** Weak components, isolated organisations counting one each. */
  components: number;
  /** Share of organisations in the largest component. */
  largestShare: number;
  /** Organisations with no tie yet. */
  isolates: number;
  /** Mean and median reach over the period's organisations. */
  averageReach: number;
  medianReach: number;
  /** Weakly connected pioneers among those present. */
  weakPioneers: number;
  /** Every pioneer of the input, in input order. */
  pioneers: PioneerInPeriod[];
}

export interface Trend {
  by: PeriodUnit;
  horizon: number;
  relative: number;
  members: TrendMembers;
  undatedPolicy: UndatedFlows;
  /** Flows without a usable date, left out of every period ('drop') or counted in all ('keep'). */
  undated: number;
  /** From the earliest flow date's period to the latest, empty periods included; none without dated flows. */
  periods: TrendPeriod[];
}

/** The network period by period, cumulatively: each period holds every flow observed by its end. */
export function trend(network: Network, options: Partial<TrendOptions> = {}): Trend {
  if (!(network instanceof Network)) throw new TypeError('knet: trend: the first argument must be a Network.');
  const { by, horizon, relative, undated, members } = { ...TREND_DEFAULTS, ...options };
  requireUndated(undated, 'trend');
  if (members !== 'all' && members !== 'joined') {
    throw new TypeError(`knet: trend: \`members\` must be 'all' or 'joined', got ${JSON.stringify(members)}.`);
  }
  if (!(Number.isFinite(relative) && relative >= 0)) {
    throw new TypeError(`knet: trend: relative must be a number of 0 or more, got ${relative}.`);
  }
  // periods() validates `by`; reach() validates the horizon on the first period.
  const spans = periods(network, by);
  const pioneerIndices: number[] = [];
  network.organisations.forEach((organisation, v) => organisation.pioneer && pioneerIndices.push(v));
  // With no dated flow there are no periods: every flow is then undated (the cut-off does not matter).
  let undatedCount = spans.length === 0 ? asOf(network, '1970', { undated }).undated : 0;
  let keptBefore = 0;
  const result: TrendPeriod[] = spans.map((span) => {
    const slice = asOf(network, span.end, { undated });
    undatedCount = slice.undated;
    const newFlows = slice.kept - keptBefore;
    keptBefore = slice.kept;
    // asOf keeps every organisation in input order, so index v of the slice is organisation v of the input.
    const present = membersOf(slice.network, members);
    return { ...span, flows: slice.network.flows.count, newFlows, ...figures(present.network, present.organisationIndex) };
  });
  return { by, horizon, relative, members, undatedPolicy: undated, undated: undatedCount, periods: result };

  function figures(period: Network, organisationIndex: Int32Array | undefined) {
    const reaches = reach(period, { horizon });
    const parts = components(period);
    const medianReach = median(reaches);
    let sum = 0;
    let finite = 0;
    for (const value of reaches) if (Number.isFinite(value)) (sum += value), finite++;
    let weakPioneers = 0;
    const pioneers = pioneerIndices.map((v): PioneerInPeriod => {
      const organisation = network.organisations[v];
      const at = organisationIndex ? organisationIndex[v] : v;
      if (at < 0) {
        return { id: organisation.id, label: organisation.label, index: v, present: false, reach: Number.NaN, isolation: Number.NaN, component: -1, weak: false };
      }
      const component = parts.index[at];
      const weak = component !== 0 || belowReachBar(reaches[at], medianReach, relative);
      if (weak) weakPioneers++;
      return { id: organisation.id, label: organisation.label, index: v, present: true, reach: reaches[at], isolation: 1 - reaches[at], component, weak };
    });
    return {
      organisations: period.order,
      fragmentation: fragmentation(period),
      components: parts.count,
      largestShare: parts.largestShare,
      isolates: parts.isolates,
      averageReach: finite ? sum / finite : Number.NaN,
      medianReach,
      weakPioneers,
      pioneers,
    };
  }
}

/** With 'joined', the organisations named by at least one of the period's flows; else the network as it is. */
function membersOf(period: Network, members: TrendMembers): { network: Network; organisationIndex: Int32Array | undefined } {
  if (members === 'all') return { network: period, organisationIndex: undefined };
  const named = new Uint8Array(period.order);
  const { source, target, count } = period.flows;
  for (let f = 0; f < count; f++) named[source[f]] = named[target[f]] = 1;
  const { network, organisationIndex } = filterNetworkMapped(period, { organisation: (_, v) => named[v] === 1 });
  return { network, organisationIndex };
}

