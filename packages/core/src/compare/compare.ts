// Two exports of the same network (before and after), matched by organisation id: organisations and ties
// gained and lost, and per organisation the before and after values of whatever metrics the caller passes.
import { Network } from '../model/network.js';
import { diffTies, tieMap, type TieChange } from './ties.js';

/** One metric's values for each network, aligned with its organisations (NaN = empty, as metrics return). */
export interface MetricPair {
  before: ArrayLike<number>;
  after: ArrayLike<number>;
}

export const COMPARE_DEFAULTS = {
  /** Metrics to set side by side, by name: { reach: { before: reachBefore, after: reachAfter } }. */
  metrics: {} as Record<string, MetricPair>,
};
export type CompareOptions = Partial<typeof COMPARE_DEFAULTS>;

export type OrganisationStatus = 'kept' | 'added' | 'removed';

export interface OrganisationChange {
  id: string;
  /** The label after (before, for a removed organisation). */
  label: string;
  status: OrganisationStatus;
  /** Per metric name; NaN where the organisation is absent from that network or the value is empty. */
  before: Record<string, number>;
  after: Record<string, number>;
  /** after - before; NaN unless both are numbers. */
  change: Record<string, number>;
}

export interface NetworkComparison {
  /** Whether ties were compared with direction: only when both networks are directed. */
  directed: boolean;
  /** True when one network is directed and the other is not (ties were then compared without direction). */
  directionDiffers: boolean;
  organisationsAdded: string[];
  organisationsRemoved: string[];
  organisationsKept: number;
  tiesGained: TieChange[];
  tiesLost: TieChange[];
  /** Ties in both networks whose summed weight changed. */
  tiesReweighted: TieChange[];
  tiesKept: number;
  /** Metric names, in the order given. */
  metrics: string[];
  /** Every organisation in either network: the after network's order, then the removed ones. */
  organisations: OrganisationChange[];
}

export function compareNetworks(before: Network, after: Network, options: CompareOptions = {}): NetworkComparison {
  if (!(before instanceof Network) || !(after instanceof Network)) {
    throw new TypeError('knet: compareNetworks: give two Networks, before and after.');
  }
  const { metrics } = { ...COMPARE_DEFAULTS, ...options };
  const names = Object.keys(metrics ?? {});
  for (const name of names) validatePair(name, metrics[name], before.order, after.order);

  const directed = before.directed && after.directed;
  const ties = diffTies(tieMap(before, directed), tieMap(after, directed));

  const organisations: OrganisationChange[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  after.organisations.forEach((organisation, a) => {
    const b = before.indexOf(organisation.id);
    if (b < 0) added.push(organisation.id);
    organisations.push(row(organisation.id, organisation.label, b < 0 ? 'added' : 'kept', b, a));
  });
  before.organisations.forEach((organisation, b) => {
    if (after.indexOf(organisation.id) >= 0) return;
    removed.push(organisation.id);
    organisations.push(row(organisation.id, organisation.label, 'removed', b, -1));
  });

  return {
    directed,
    directionDiffers: before.directed !== after.directed,
    organisationsAdded: added,
    organisationsRemoved: removed,
    organisationsKept: after.order - added.length,
    tiesGained: ties.gained,
    tiesLost: ties.lost,
    tiesReweighted: ties.reweighted,
    tiesKept: ties.kept,
    metrics: names,
    organisations,
  };

  function row(id: string, label: string, status: OrganisationStatus, b: number, a: number): OrganisationChange {
    const valuesBefore: Record<string, number> = Object.create(null);
    const valuesAfter: Record<string, number> = Object.create(null);
    const change: Record<string, number> = Object.create(null);
    for (const name of names) {
      const x = b < 0 ? Number.NaN : Number(metrics[name].before[b]);
      const y = a < 0 ? Number.NaN : Number(metrics[name].after[a]);
      valuesBefore[name] = x;
      valuesAfter[name] = y;
      change[name] = y - x;
    }
    return { id, label, status, before: valuesBefore, after: valuesAfter, change };
  }
}

function validatePair(name: string, pair: MetricPair | undefined, nBefore: number, nAfter: number): void {
  if (!pair || pair.before?.length === undefined || pair.after?.length === undefined) {
    throw new TypeError(`knet: compareNetworks: metric "${name}" needs { before, after } arrays.`);
  }
  if (pair.before.length !== nBefore || pair.after.length !== nAfter) {
    throw new TypeError(
      `knet: compareNetworks: metric "${name}" has ${pair.before.length} values before and ${pair.after.length} after, ` +
        `for ${nBefore} and ${nAfter} organisations.`,
    );
  }
}

export interface RankedChange {
  id: string;
  label: string;
  before: number;
  after: number;
  change: number;
}

/**
 * Organisations in both networks whose metric changed, largest increase first (for isolation: who became
 * more isolated first; reverse it for who became less). Empty values and unchanged ones are left out.
 */
export function rankChanges(comparison: NetworkComparison, metric: string): RankedChange[] {
  if (!comparison.metrics.includes(metric)) {
    throw new TypeError(`knet: rankChanges: the comparison has no metric "${metric}" (it has: ${comparison.metrics.join(', ') || 'none'}).`);
  }
  const ranked: RankedChange[] = [];
  for (const o of comparison.organisations) {
    const change = o.change[metric];
    if (o.status !== 'kept' || !Number.isFinite(change) || change === 0) continue;
    ranked.push({ id: o.id, label: o.label, before: o.before[metric], after: o.after[metric], change });
  }
  // Stable sort keeps the after network's order among equal changes.
  return ranked.sort((x, y) => y.change - x.change);
}
