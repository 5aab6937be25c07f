// Weakly connected organisations (SPEC section 6): outside the largest component, or with reach at most
// `relative` times the median reach. Pioneers only by default; most isolated first, each with its reasons.
import type { MetricsReport } from '../metrics/report-types.js';
import type { Organisation } from '../model/organisation.js';
import type { IsolationReason, ReasonOptions } from './reasons.js';
import { hasLowReach, REASON_DEFAULTS, reasonContext, reasonsFor } from './reasons.js';

export const WEAKLY_CONNECTED_DEFAULTS = {
  ...REASON_DEFAULTS,
  /** Only organisations marked as pioneers (false: every weakly connected organisation). */
  pioneersOnly: true,
};

export type WeaklyConnectedOptions = ReasonOptions & { pioneersOnly: boolean };

export interface WeakConnection {
  /** Position in network.organisations. */
  readonly index: number;
  readonly organisation: Organisation;
  readonly reach: number;
  readonly isolation: number;
  /** Distinct partners, direction ignored. */
  readonly ties: number;
  /** 0 = the main network. */
  readonly component: number;
  readonly reasons: readonly IsolationReason[];
}

export function weaklyConnected(report: MetricsReport, options: Partial<WeaklyConnectedOptions> = {}): WeakConnection[] {
  if (!report || !report.network || !report.columns) {
    throw new Error('knet: weaklyConnected: expected a metrics report (from metricsReport(network)).');
  }
  const resolved = { ...WEAKLY_CONNECTED_DEFAULTS, ...options };
  if (!(Number.isFinite(resolved.relative) && resolved.relative >= 0)) {
    throw new Error(`knet: weaklyConnected: relative must be a number of 0 or more, got ${options.relative}.`);
  }
  const context = reasonContext(report, resolved);
  const { organisations } = report.network;
  const found: WeakConnection[] = [];
  for (let v = 0; v < organisations.length; v++) {
    if (resolved.pioneersOnly && !organisations[v].pioneer) continue;
    const component = report.components.index[v];
    if (component === 0 && !hasLowReach(context, v)) continue;
    const reach = context.reach[v];
    found.push({
      index: v,
      organisation: organisations[v],
      reach,
      isolation: 1 - reach,
      ties: context.ties[v],
      component,
      reasons: reasonsFor(context, v),
    });
  }
  // Most isolated first; among equals, fewer ties, then a smaller group, then input order.
  return found.sort(
    (a, b) =>
      order(a.reach) - order(b.reach) ||
      a.ties - b.ties ||
      report.components.sizes[a.component] - report.components.sizes[b.component] ||
      a.index - b.index,
  );
}

/** NaN reach (a one-organisation network) sorts last. */
function order(reach: number): number {
  return Number.isNaN(reach) ? Number.POSITIVE_INFINITY : reach;
}
