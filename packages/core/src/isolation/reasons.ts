// Why an organisation is weakly connected, in words built from its own metrics (SPEC section 6). Each reason
// has a code, the numbers it cites and a sentence; each is given exactly when its documented condition holds.
import { csrOf } from '../engine/csr.js';
import type { MetricsReport } from '../metrics/report-types.js';
import { reportColumn } from '../metrics/report-types.js';
import { findBrokers, stepsToNearest } from './brokers.js';
import { median, percent, plural, quote, topPercent, topShare } from './ranks.js';

/** Every reason, in the order they are listed for an organisation. */
export const REASON_CODES = [
  'no-ties',
  'outside-main-network',
  'low-reach',
  'receives-only',
  'one-sector',
  'one-community',
  'few-ties',
  'closed-circle',
  'far-from-brokers',
] as const;

export type ReasonCode = (typeof REASON_CODES)[number];

export interface IsolationReason {
  readonly code: ReasonCode;
  /** The figures the sentence cites, by name (e.g. { steps: 4 }). */
  readonly numbers: Readonly<Record<string, number>>;
  /** e.g. "nearest broker is 4 steps away". Sector names are user text: show as text, never HTML. */
  readonly text: string;
}

export const REASON_DEFAULTS = {
  /** Low reach: at most this share of the median organisation's reach. */
  relative: 0.5,
  /** Few ties: at most this many partners (and fewer than the median organisation). */
  fewTies: 2,
  /** Closed circle: constraint in this top share of organisations with two or more partners... */
  constraintTop: 0.05,
  /** ...and clustering above this (most pairs of its contacts are tied). */
  minClustering: 0.5,
  /** Brokers: betweenness in this top share (at least the highest one). */
  brokerTop: 0.1,
  /** Far from brokers: the nearest broker at least this many steps away (or none reachable). */
  brokerSteps: 3,
};

export type ReasonOptions = typeof REASON_DEFAULTS;

/** Everything the reasons need, computed once per report. */
export interface ReasonContext {
  readonly report: MetricsReport;
  readonly options: ReasonOptions;
  /** Distinct partners of each organisation, direction ignored. */
  readonly ties: Int32Array;
  readonly medianTies: number;
  readonly reach: Float64Array;
  readonly medianReach: number;
  readonly communitySizes: readonly number[];
  /** Constraint values of organisations with two or more partners: the population "top 5%" refers to. */
  readonly constraintPopulation: readonly number[];
  readonly brokers: Uint8Array;
  readonly brokerCount: number;
  /** Steps to the nearest broker, direction ignored; -1 when none can be reached. */
  readonly brokerSteps: Int32Array;
}

export function reasonContext(report: MetricsReport, options: Partial<ReasonOptions> = {}): ReasonContext {
  const resolved = { ...REASON_DEFAULTS, ...options };
  const csr = csrOf(report.network);
  const n = csr.n;
  const ties = new Int32Array(n);
  for (let v = 0; v < n; v++) ties[v] = csr.undirected.offsets[v + 1] - csr.undirected.offsets[v];
  const reach = reportColumn(report, 'reach');
  const constraint = reportColumn(report, 'constraint');
  const constraintPopulation: number[] = [];
  for (let v = 0; v < n; v++) if (ties[v] >= 2 && Number.isFinite(constraint[v])) constraintPopulation.push(constraint[v]);
  const communitySizes: number[] = new Array(report.communities.count).fill(0);
  for (const c of report.communities.community) if (c >= 0) communitySizes[c] = (communitySizes[c] ?? 0) + 1;
  const brokers = findBrokers(reportColumn(report, 'betweenness'), { top: resolved.brokerTop });
  let brokerCount = 0;
  for (const b of brokers) brokerCount += b;
  return {
    report,
    options: resolved,
    ties,
    medianTies: median(ties),
    reach,
    medianReach: median(reach),
    communitySizes,
    constraintPopulation,
    brokers,
    brokerCount,
    brokerSteps: stepsToNearest(csr.undirected, brokers),
  };
}

/** Low reach, the test SPEC section 6 flags on: reach at most `relative` × the median reach. */
export function hasLowReach(context: ReasonContext, v: number): boolean {
  return belowReachBar(context.reach[v], context.medianReach, context.options.relative);
}

/** The low-reach test of SPEC section 6 on bare numbers (trends apply it period by period without a full report). */
export function belowReachBar(reach: number, medianReach: number, relative: number): boolean {
  return Number.isFinite(reach) && Number.isFinite(medianReach) && reach <= relative * medianReach;
}

/** The reasons for organisation `v`, most telling first. */
export function reasonsFor(context: ReasonContext, v: number): IsolationReason[] {
  const { report, options, ties } = context;
  const k = ties[v];
  if (k === 0) {
    // Nothing else can be said: every other reason is a consequence of this one.
    return [{ code: 'no-ties', numbers: { ties: 0 }, text: 'no ties to any other organisation' }];
  }
  const reasons: IsolationReason[] = [];
  const component = report.components.index[v];
  if (component !== 0) {
    const group = report.components.sizes[component];
    reasons.push({
      code: 'outside-main-network',
      numbers: { groupSize: group, mainSize: report.components.sizes[0] },
      text: `outside the main network (a group of ${group})`,
    });
  }
  if (hasLowReach(context, v)) {
    const horizon = report.horizon;
    reasons.push({
      code: 'low-reach',
      numbers: { reach: context.reach[v], medianReach: context.medianReach, horizon },
      // No ';' inside a reason: lists of reasons are joined with '; ' (CSV output).
      text: `reaches ${percent(context.reach[v])} of the network within ${plural(horizon, 'step', 'steps')}, against ${percent(context.medianReach)} for the median organisation`,
    });
  }
  const receivesOnly = receivesOnlyReason(context, v);
  if (receivesOnly) reasons.push(receivesOnly);
  const narrow = oneSectorReason(context, v) ?? oneCommunityReason(context, v);
  if (narrow) reasons.push(narrow);
  else if (k <= options.fewTies && k < context.medianTies) {
    reasons.push({
      code: 'few-ties',
      numbers: { ties: k, medianTies: context.medianTies },
      text: `only ${plural(k, 'tie', 'ties')}, against ${quote(context.medianTies)} for the median organisation`,
    });
  }
  const closed = closedCircleReason(context, v);
  if (closed) reasons.push(closed);
  const far = farFromBrokersReason(context, v);
  if (far) reasons.push(far);
  return reasons;
}

/** Directed only: it has partners, but every flow points towards it, so it passes nothing on. */
function receivesOnlyReason(context: ReasonContext, v: number): IsolationReason | undefined {
  const csr = csrOf(context.report.network);
  if (!csr.directed) return undefined;
  const out = csr.out.offsets[v + 1] - csr.out.offsets[v];
  if (out > 0) return undefined;
  const k = context.ties[v];
  return {
    code: 'receives-only',
    numbers: { ties: k, outgoing: 0 },
    text: k === 1 ? 'its only tie flows towards it; it shares with no one' : `all ${k} of its ties flow towards it; it shares with no one`,
  };
}

/** "2 ties, both inside social care": it has a sector, and every partner has the same one. */
function oneSectorReason(context: ReasonContext, v: number): IsolationReason | undefined {
  const { organisations } = context.report.network;
  const sector = organisations[v].sector;
  if (!sector) return undefined;
  if (!everyPartner(context, v, (u) => organisations[u].sector === sector)) return undefined;
  return { code: 'one-sector', numbers: { ties: context.ties[v] }, text: inside(context.ties[v], sector) };
}

/** "3 ties, all inside its own community": in the main network, every partner shares its community. */
function oneCommunityReason(context: ReasonContext, v: number): IsolationReason | undefined {
  const { report } = context;
  // Outside the main network its community is its group: the group reason already says so.
  if (report.components.index[v] !== 0) return undefined;
  const community = report.communities.community[v];
  if (community < 0) return undefined;
  if (!everyPartner(context, v, (u) => report.communities.community[u] === community)) return undefined;
  const size = context.communitySizes[community];
  return {
    code: 'one-community',
    numbers: { ties: context.ties[v], community, communitySize: size },
    text: inside(context.ties[v], `its own community (community ${community}, ${size} organisations)`),
  };
}

/** "its contacts all know each other (constraint 0.92, top 5%)". */
function closedCircleReason(context: ReasonContext, v: number): IsolationReason | undefined {
  const { report, options } = context;
  if (context.ties[v] < 2) return undefined;
  const constraint = reportColumn(report, 'constraint')[v];
  const clustering = reportColumn(report, 'clustering')[v];
  if (!Number.isFinite(constraint) || !(clustering > options.minClustering)) return undefined;
  const share = topShare(constraint, context.constraintPopulation);
  if (!(share <= options.constraintTop)) return undefined;
  const circle = clustering >= 1 ? 'its contacts all know each other' : 'most pairs of its contacts know each other';
  return {
    code: 'closed-circle',
    numbers: { constraint, clustering, topShare: share },
    text: `${circle} (constraint ${quote(constraint)}, ${topPercent(share)})`,
  };
}

/** "nearest broker is 4 steps away", or no broker reachable at all. */
function farFromBrokersReason(context: ReasonContext, v: number): IsolationReason | undefined {
  if (context.brokerCount === 0 || context.brokers[v]) return undefined;
  const steps = context.brokerSteps[v];
  if (steps === -1) {
    return { code: 'far-from-brokers', numbers: { brokers: context.brokerCount }, text: 'no broker can be reached from its group' };
  }
  if (steps < context.options.brokerSteps) return undefined;
  return { code: 'far-from-brokers', numbers: { steps, brokers: context.brokerCount }, text: `nearest broker is ${steps} steps away` };
}

function everyPartner(context: ReasonContext, v: number, test: (u: number) => boolean): boolean {
  const { offsets, neighbours } = csrOf(context.report.network).undirected;
  for (let e = offsets[v]; e < offsets[v + 1]; e++) if (!test(neighbours[e])) return false;
  return true;
}

/** "its only tie is inside health", "2 ties, both inside health", "5 ties, all inside health". */
function inside(k: number, where: string): string {
  if (k === 1) return `its only tie is inside ${where}`;
  return `${k} ties, ${k === 2 ? 'both' : 'all'} inside ${where}`;
}
