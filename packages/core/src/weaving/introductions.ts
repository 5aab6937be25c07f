// Introductions: for an organisation (or every weakly connected pioneer), the partners it is not yet tied to,
// ranked by relevance, the exact gain in its reach if the tie existed, and the partner's brokerage.
import { csrOf } from '../engine/csr.js';
import { addExtraTie, HorizonSearch } from '../engine/horizon-search.js';
import { findBrokers, stepsToNearest } from '../isolation/brokers.js';
import { percent, plural, topPercent, topShare } from '../isolation/ranks.js';
import { type WeakConnection, weaklyConnected, WEAKLY_CONNECTED_DEFAULTS } from '../isolation/weakly-connected.js';
import { reportColumn, type MetricsReport } from '../metrics/report-types.js';
import type { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';

export const INTRODUCTION_DEFAULTS = {
  /** Suggestions per organisation. */
  top: 5,
  /** score = relevance × w.relevance + reach gain (as a share of the best candidate's) × w.reach + betweenness percentile × w.brokerage. */
  weights: { relevance: 0.4, reach: 0.4, brokerage: 0.2 },
  /** Brokers, named in the explanation: betweenness in this top share (as the isolation reasons count them). */
  brokerTop: 0.1,
  /** Weakly connected pioneers (for pioneerIntroductions): reach at most this share of the median reach. */
  relative: WEAKLY_CONNECTED_DEFAULTS.relative,
};

export type IntroductionOptions = Omit<typeof INTRODUCTION_DEFAULTS, 'weights'> & { weights: typeof INTRODUCTION_DEFAULTS.weights };

/** Relevance in [0, 1]: any shared theme (0.5 + 0.25 × share of its themes shared) outranks a shared sector alone (0.25). */
export const RELEVANCE = { anyTheme: 0.5, themeShare: 0.25, sector: 0.25 } as const;

export interface Introducer {
  readonly organisation: Organisation;
  readonly index: number;
  /** Steps from the introducer to each side (direction ignored). */
  readonly stepsToOrganisation: number;
  readonly stepsToPartner: number;
  /** e.g. "ask Wigan Council, which works with both". */
  readonly text: string;
}

export interface Introduction {
  /** Who is being introduced, and to whom (indices into network.organisations). */
  readonly index: number;
  readonly organisation: Organisation;
  readonly partnerIndex: number;
  readonly partner: Organisation;
  readonly score: number;
  readonly relevance: { readonly sharedThemes: readonly string[]; readonly sameSector: boolean; readonly value: number };
  /** The organisation's reach now and with the tie (recomputed exactly), and the gain as a share of the best candidate's. */
  readonly reach: { readonly before: number; readonly after: number; readonly gain: number; readonly value: number };
  /** The partner's betweenness, its percentile (share of organisations below it), and the sectors it brokers between. */
  readonly brokerage: { readonly betweenness: number; readonly percentile: number; readonly broker: boolean; readonly topShare: number; readonly between: readonly string[] };
  /** Who could make the introduction; null when no path joins the two yet. */
  readonly introducer: Introducer | null;
  /** One sentence built from the numbers above. */
  readonly explanation: string;
}

export interface PioneerIntroductions {
  readonly pioneer: WeakConnection;
  readonly introductions: readonly Introduction[];
}

/** The best `top` introductions for the organisation with this id, best first. */
export function introductions(report: MetricsReport, id: string, options: Partial<IntroductionOptions> = {}): Introduction[] {
  const resolved = resolve('introductions', report, options);
  const v = report.network.indexOf(id);
  if (v < 0) throw new Error(`knet: introduce: unknown organisation "${id}".`);
  return suggest(context(report, resolved), v);
}

/** Introductions for every weakly connected pioneer, most isolated first. */
export function pioneerIntroductions(report: MetricsReport, options: Partial<IntroductionOptions> = {}): PioneerIntroductions[] {
  const resolved = resolve('pioneerIntroductions', report, options);
  const shared = context(report, resolved);
  return weaklyConnected(report, { relative: resolved.relative }).map((pioneer) => ({ pioneer, introductions: suggest(shared, pioneer.index) }));
}

function resolve(caller: string, report: MetricsReport, options: Partial<IntroductionOptions>): IntroductionOptions {
  if (!report || !report.network || !report.columns) throw new Error(`knet: ${caller}: expected a metrics report (from metricsReport(network)).`);
  const resolved = { ...INTRODUCTION_DEFAULTS, ...options, weights: { ...INTRODUCTION_DEFAULTS.weights, ...options.weights } };
  if (!Number.isSafeInteger(resolved.top) || resolved.top < 1) throw new Error(`knet: ${caller}: top must be a whole number, 1 or more, got ${resolved.top}.`);
  for (const [name, weight] of Object.entries(resolved.weights)) {
    if (!(Number.isFinite(weight) && weight >= 0)) throw new Error(`knet: ${caller}: the ${name} weight must be a number of 0 or more, got ${weight}.`);
  }
  return resolved;
}

interface Context {
  report: MetricsReport;
  options: IntroductionOptions;
  search: HorizonSearch;
  betweenness: Float64Array;
  percentile: Float64Array;
  brokers: Uint8Array;
}

function context(report: MetricsReport, options: IntroductionOptions): Context {
  const csr = csrOf(report.network);
  const betweenness = reportColumn(report, 'betweenness');
  return {
    report,
    options,
    search: new HorizonSearch(csr.out),
    betweenness,
    percentile: percentiles(betweenness),
    brokers: findBrokers(betweenness, { top: options.brokerTop }),
  };
}

/** Share of organisations whose value is strictly lower: 0 for the lowest, (n − 1)/n for a unique highest. */
function percentiles(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values).sort();
  const result = new Float64Array(values.length);
  for (let v = 0; v < values.length; v++) {
    // First position holding a value ≥ values[v] (binary search) = how many are strictly lower.
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (sorted[middle] < values[v]) low = middle + 1;
      else high = middle;
    }
    result[v] = values.length ? low / values.length : 0;
  }
  return result;
}

interface Candidate {
  partner: number;
  reachCount: number;
}

function suggest(context: Context, v: number): Introduction[] {
  const { report, options, search } = context;
  const network = report.network;
  const n = network.order;
  if (n < 2) return [];
  const csr = csrOf(network);
  const horizon = report.horizon;

  // Already tied either way: never suggested.
  const tied = new Uint8Array(n);
  tied[v] = 1;
  const { offsets, neighbours } = csr.undirected;
  for (let k = offsets[v]; k < offsets[v + 1]; k++) tied[neighbours[k]] = 1;

  const before = search.search(v, horizon);
  const candidates: Candidate[] = [];
  let bestGain = 0;
  const extra = new Map<number, number[]>();
  for (let c = 0; c < n; c++) {
    if (tied[c]) continue;
    // Exact: a fresh horizon search from v with the tie v–c laid over the network.
    extra.clear();
    addExtraTie(extra, v, c);
    const reachCount = search.search(v, horizon, extra);
    bestGain = Math.max(bestGain, reachCount - before);
    candidates.push({ partner: c, reachCount });
  }

  const { weights } = options;
  const scored = candidates.map(({ partner, reachCount }) => {
    const relevance = relevanceOf(network.organisations[v], network.organisations[partner]);
    const gain = reachCount - before;
    const reachValue = bestGain > 0 ? gain / bestGain : 0;
    const score = weights.relevance * relevance.value + weights.reach * reachValue + weights.brokerage * context.percentile[partner];
    return { partner, reachCount, gain, relevance, reachValue, score };
  });
  // Best score first; then the larger reach gain; then input order, so the ranking is stable.
  scored.sort((a, b) => b.score - a.score || b.gain - a.gain || a.partner - b.partner);

  return scored.slice(0, options.top).map((entry) => {
    const reach = { before: before / (n - 1), after: entry.reachCount / (n - 1), gain: entry.gain / (n - 1), value: entry.reachValue };
    const brokerage = brokerageOf(context, entry.partner);
    const introduction = {
      index: v,
      organisation: network.organisations[v],
      partnerIndex: entry.partner,
      partner: network.organisations[entry.partner],
      score: entry.score,
      relevance: entry.relevance,
      reach,
      brokerage,
      introducer: findIntroducer(network, context.betweenness, v, entry.partner),
    };
    return { ...introduction, explanation: explain(introduction, horizon) };
  });
}

function relevanceOf(organisation: Organisation, partner: Organisation) {
  const theirs = new Set(partner.themes);
  const sharedThemes = [...new Set(organisation.themes)].filter((theme) => theirs.has(theme));
  const sameSector = organisation.sector !== '' && organisation.sector === partner.sector;
  const themeShare = organisation.themes.length ? sharedThemes.length / new Set(organisation.themes).size : 0;
  const value = (sharedThemes.length ? RELEVANCE.anyTheme + RELEVANCE.themeShare * themeShare : 0) + (sameSector ? RELEVANCE.sector : 0);
  return { sharedThemes, sameSector, value };
}

function brokerageOf(context: Context, partner: number) {
  const { report, betweenness, brokers } = context;
  const network = report.network;
  const { offsets, neighbours } = csrOf(network).undirected;
  // The two sectors most of its partners are in: what it sits between.
  const counts = new Map<string, number>();
  for (let k = offsets[partner]; k < offsets[partner + 1]; k++) {
    const sector = network.organisations[neighbours[k]].sector;
    if (sector) counts.set(sector, (counts.get(sector) ?? 0) + 1);
  }
  const between = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 2).map(([sector]) => sector);
  return {
    betweenness: betweenness[partner],
    percentile: context.percentile[partner],
    broker: brokers[partner] === 1,
    topShare: topShare(betweenness[partner], Array.from(betweenness)),
    between: between.length === 2 ? between : [],
  };
}

/** Who could introduce organisations a and b (indices), as for a suggestion; null when nothing links them yet. */
export function introducerFor(report: MetricsReport, a: number, b: number): Introducer | null {
  const n = report.network.order;
  if (!(Number.isSafeInteger(a) && Number.isSafeInteger(b) && a >= 0 && b >= 0 && a < n && b < n)) {
    throw new Error(`knet: introducerFor: ${a} and ${b} must be organisation indices of the network.`);
  }
  return findIntroducer(report.network, reportColumn(report, 'betweenness'), a, b);
}

/**
 * Someone on a shortest path between the two (direction ignored): a common partner when there is one;
 * otherwise the one nearest the middle of the path, then the highest betweenness, then input order.
 */
function findIntroducer(network: Network, betweenness: Float64Array, v: number, partner: number): Introducer | null {
  const adjacency = csrOf(network).undirected;
  const from = stepsToNearest(adjacency, marked(network.order, v));
  const distance = from[partner];
  if (distance < 2) return null;
  const to = stepsToNearest(adjacency, marked(network.order, partner));
  let best = -1;
  for (let w = 0; w < network.order; w++) {
    if (w === v || w === partner || from[w] < 0 || from[w] + to[w] !== distance) continue;
    if (best < 0) best = w;
    const spread = Math.max(from[w], to[w]) - Math.max(from[best], to[best]);
    if (spread < 0 || (spread === 0 && betweenness[w] > betweenness[best])) best = w;
  }
  const organisation = network.organisations[best];
  const stepsToOrganisation = from[best];
  const stepsToPartner = to[best];
  const text =
    distance === 2
      ? `ask ${organisation.label}, which works with both`
      : `ask ${organisation.label}, which sits between them (${plural(stepsToOrganisation, 'step', 'steps')} from ${network.organisations[v].label}, ${plural(stepsToPartner, 'step', 'steps')} from ${network.organisations[partner].label})`;
  return { organisation, index: best, stepsToOrganisation, stepsToPartner, text };
}

function marked(n: number, v: number): Uint8Array {
  const marks = new Uint8Array(n);
  marks[v] = 1;
  return marks;
}

/** "shares 'co-production'; would bring 41% of the network within 2 steps (now 6%); brokers between health and housing". */
function explain(introduction: Omit<Introduction, 'explanation'>, horizon: number): string {
  const { relevance, reach, brokerage, partner } = introduction;
  const clauses: string[] = [];
  const shared = relevance.sharedThemes.map((theme) => `'${theme}'`);
  if (relevance.sameSector) shared.push(`the ${partner.sector} sector`);
  if (relevance.sharedThemes.length) clauses.push(`shares ${list(shared)}`);
  else clauses.push(relevance.sameSector ? `also works in ${partner.sector}` : 'no theme or sector in common');
  const within = `within ${plural(horizon, 'step', 'steps')}`;
  clauses.push(
    reach.gain > 0
      ? `would bring ${percent(reach.after)} of the network ${within} (now ${percent(reach.before)})`
      : `would bring no one new ${within} (now ${percent(reach.before)})`,
  );
  if (brokerage.broker) {
    clauses.push(
      brokerage.between.length === 2
        ? `brokers between ${brokerage.between[0]} and ${brokerage.between[1]}`
        : `a broker (betweenness in the ${topPercent(brokerage.topShare)})`,
    );
  }
  return clauses.join('; ');
}

function list(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
