// A funding plan: the `budget` introductions that together most reduce the weakly connected pioneers' total
// isolation, chosen greedily on the exact marginal gain (see docs/weaving.md for what that does and does not promise).
import { csrOf } from '../engine/csr.js';
import { addExtraTie, HorizonSearch, removeLastTie } from '../engine/horizon-search.js';
import { type WeakConnection, weaklyConnected, WEAKLY_CONNECTED_DEFAULTS } from '../isolation/weakly-connected.js';
import type { MetricsReport } from '../metrics/report-types.js';
import type { Organisation } from '../model/organisation.js';

export const PLAN_DEFAULTS = {
  /** Introductions to fund. */
  budget: 3,
  /** Weakly connected pioneers: reach at most this share of the median reach (SPEC section 6). */
  relative: WEAKLY_CONNECTED_DEFAULTS.relative,
};

export type PlanOptions = typeof PLAN_DEFAULTS & {
  /** The pioneers whose isolation counts (indices); default: the weakly connected pioneers. */
  pioneers?: readonly number[];
};

export interface PlannedIntroduction {
  /** The pioneer introduced, and to whom. */
  readonly index: number;
  readonly organisation: Organisation;
  readonly partnerIndex: number;
  readonly partner: Organisation;
  /** How much this tie lowers the pioneers' total isolation, given the ties chosen before it. */
  readonly gain: number;
  /** The pioneers' total isolation once this tie and those before it exist. */
  readonly totalAfter: number;
}

export interface IntroductionPlan {
  readonly horizon: number;
  /** The pioneers whose isolation is summed, most isolated first. */
  readonly pioneers: readonly number[];
  /** Σ (1 − reach) over those pioneers, now and with the plan's ties. */
  readonly totalBefore: number;
  readonly totalAfter: number;
  readonly introductions: readonly PlannedIntroduction[];
  /** Candidate ties considered each round: (pioneer, organisation) pairs not already tied. */
  readonly candidates: number;
  /** True when fewer than `budget` ties were chosen because no remaining tie lowered isolation. */
  readonly stoppedEarly: boolean;
  /** Each pioneer's isolation now and with the plan's ties, in `pioneers` order. */
  readonly isolation: readonly { readonly index: number; readonly before: number; readonly after: number }[];
}

export function planIntroductions(report: MetricsReport, options: Partial<PlanOptions> = {}): IntroductionPlan {
  if (!report || !report.network || !report.columns) throw new Error('knet: plan: expected a metrics report (from metricsReport(network)).');
  const resolved = { ...PLAN_DEFAULTS, ...options };
  const { budget } = resolved;
  if (!Number.isSafeInteger(budget) || budget < 1) throw new Error(`knet: plan: budget must be a whole number of introductions, 1 or more, got ${budget}.`);
  const network = report.network;
  const n = network.order;
  const pioneers = resolved.pioneers ? [...resolved.pioneers] : weaklyConnected(report, { relative: resolved.relative }).map((entry: WeakConnection) => entry.index);
  for (const p of pioneers) if (!(Number.isSafeInteger(p) && p >= 0 && p < n)) throw new Error(`knet: plan: pioneer index ${p} is not an organisation of the network.`);
  if (new Set(pioneers).size !== pioneers.length) throw new Error('knet: plan: a pioneer is listed twice; its isolation would count twice.');

  const horizon = report.horizon;
  const csr = csrOf(network);
  const search = new HorizonSearch(csr.out);
  const extra = new Map<number, number[]>();
  const others = Math.max(1, n - 1);
  // Work in whole counts of organisations reached, so gains compare exactly; shares only at the end.
  const reached = pioneers.map((p) => search.search(p, horizon, extra));
  const startCounts = [...reached];
  // Position in `pioneers` + 1 (0: not a pioneer whose isolation counts).
  const pioneerRank = new Int32Array(n);
  pioneers.forEach((p, i) => (pioneerRank[p] = i + 1));

  const tied = new Set<number>();
  const tie = (a: number, b: number) => (a < b ? a * n + b : b * n + a);
  const { offsets, neighbours } = csr.undirected;
  for (const p of pioneers) for (let k = offsets[p]; k < offsets[p + 1]; k++) tied.add(tie(p, neighbours[k]));
  const candidates: [number, number][] = [];
  for (const p of pioneers) {
    for (let c = 0; c < n; c++) {
      // A pair of two pioneers is one candidate, listed under the first of them.
      if (c === p || tied.has(tie(p, c)) || (pioneerRank[c] > 0 && pioneerRank[c] < pioneerRank[p])) continue;
      candidates.push([p, c]);
    }
  }

  const chosen: PlannedIntroduction[] = [];
  const near = pioneers.map(() => new Uint8Array(n));
  let total = pioneers.length - sum(reached) / others;
  let stoppedEarly = false;
  const used = new Set<number>();
  while (chosen.length < budget) {
    // A new tie a–b can only change q's reach if q already reaches a or b within horizon − 1 steps.
    pioneers.forEach((q, i) => {
      near[i].fill(0);
      search.search(q, horizon - 1, extra);
      for (const v of search.reached()) near[i][v] = 1;
    });
    let best = -1;
    let bestGain = 0;
    for (let k = 0; k < candidates.length; k++) {
      const [a, b] = candidates[k];
      if (used.has(k)) continue;
      addExtraTie(extra, a, b);
      let gain = 0;
      for (let i = 0; i < pioneers.length; i++) {
        if (near[i][a] || near[i][b]) gain += search.search(pioneers[i], horizon, extra) - reached[i];
      }
      removeLastTie(extra, a, b);
      if (gain > bestGain) {
        best = k;
        bestGain = gain;
      }
    }
    if (best < 0) {
      stoppedEarly = true;
      break;
    }
    used.add(best);
    const [a, b] = candidates[best];
    addExtraTie(extra, a, b);
    pioneers.forEach((q, i) => (reached[i] = search.search(q, horizon, extra)));
    total = pioneers.length - sum(reached) / others;
    chosen.push({
      index: a,
      organisation: network.organisations[a],
      partnerIndex: b,
      partner: network.organisations[b],
      gain: bestGain / others,
      totalAfter: total,
    });
  }
  return {
    horizon,
    pioneers,
    totalBefore: pioneers.length - sum(startCounts) / others,
    totalAfter: total,
    introductions: chosen,
    candidates: candidates.length,
    stoppedEarly,
    isolation: pioneers.map((index, i) => ({ index, before: 1 - startCounts[i] / others, after: 1 - reached[i] / others })),
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
