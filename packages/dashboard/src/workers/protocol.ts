// Messages between the page and the analysis worker, and the plain-data forms of a Network and its analysis
// that cross the boundary (typed arrays are transferred, not copied).
import {
  FlowTable,
  type InputWarning,
  type MetricColumnId,
  Network,
  type Organisation,
  type AttributeValue,
  type PseudonymEntry,
} from '@knet/core';
import type { TieTable } from '../map/ties.js';
import type { Filters } from '../state/filters.js';
import type { Proposal } from '../state/proposals.js';
import type { SiloGrouping, TimeStep } from '../state/view-state.js';

export interface SourceFile {
  name: string;
  content: Blob | string | ArrayBuffer;
}

export interface NetworkSources {
  nodes?: SourceFile;
  edges?: SourceFile;
  /** A single-file format: GEXF, GraphML or graphology JSON. */
  file?: SourceFile;
  directed?: boolean;
}

export type WorkerRequest =
  | { kind: 'load'; id: number; sources: NetworkSources }
  | { kind: 'analyse'; id: number; filters: Filters; horizon: number; asOf: string }
  /** The silo matrix of the latest analysed network. */
  | { kind: 'silos'; id: number; grouping: SiloGrouping }
  /** The filtered network period by period (@knet/core trend). */
  | { kind: 'trend'; id: number; filters: Filters; horizon: number; by: TimeStep }
  /** The full network with pseudonyms (for exports). */
  | { kind: 'anonymise'; id: number }
  /** Weaving, on the latest analysed network: the proposed ties' what-if, introductions, a theme's parallel pioneers. */
  | { kind: 'whatif'; id: number; proposals: readonly Proposal[] }
  | { kind: 'introductions'; id: number; organisation: string; top: number }
  | { kind: 'pioneerIntroductions'; id: number; top: number }
  | { kind: 'parallel'; id: number; theme: string }
  /** The report a funder can send (@knet/core reportHtml) of the full network, as \`knet report\` writes it. */
  | { kind: 'report'; id: number; horizon: number; anonymise: boolean; source: string };

export interface ProblemPayload {
  name: string;
  message: string;
  code?: string;
  file?: string;
  line?: number;
  column?: number;
}

export type WorkerReply =
  | { kind: 'progress'; id: number; stage: string; fraction: number }
  /** Before 'loaded': the organisations in slices, so no single message takes long to receive on the page. */
  | { kind: 'organisations'; id: number; organisations: Organisation[] }
  /** Before 'analysed': the weakly connected organisations in slices (tens of thousands on a big network). */
  | { kind: 'weak'; id: number; weak: WeakPayload[] }
  | { kind: 'loaded'; id: number; network: NetworkPayload; ties: TieTable; warnings: InputWarning[]; format: string }
  | { kind: 'analysed'; id: number; analysis: AnalysisPayload }
  | { kind: 'silos'; id: number; silos: SilosPayload }
  | { kind: 'trend'; id: number; trend: TrendPayload }
  | { kind: 'anonymised'; id: number; anonymised: AnonymisedPayload }
  | { kind: 'whatif'; id: number; whatIf: WhatIfPayload }
  | { kind: 'introductions'; id: number; introductions: IntroductionsPayload }
  | { kind: 'pioneerIntroductions'; id: number; pioneerIntroductions: PioneerIntroductionsPayload }
  | { kind: 'parallel'; id: number; parallel: ParallelPayload }
  | { kind: 'report'; id: number; html: string }
  | { kind: 'error'; id: number; error: ProblemPayload };

export interface NetworkPayload {
  directed: boolean;
  organisations: Organisation[];
  flows: {
    count: number;
    source: Int32Array;
    target: Int32Array;
    weight: Float64Array;
    typeCode: Uint32Array;
    types: string[];
    dateCode: Uint32Array;
    dates: string[];
    attributes: [string, (AttributeValue | undefined)[]][];
  };
}

/** One weakly connected organisation, by index into the full network. */
export interface WeakPayload {
  index: number;
  reach: number;
  isolation: number;
  ties: number;
  component: number;
  pioneer: boolean;
  reasons: { code: string; text: string }[];
}

/** The headline figures of the (filtered) network, shown above the panels. */
export interface NetworkFacts {
  organisations: number;
  /** Distinct ties (repeated flows merged, self-loops left out). */
  ties: number;
  flows: number;
  density: number;
  components: number;
  largestShare: number;
  isolates: number;
  pioneers: number;
  medianReach: number;
}

/** Metrics of the filtered network, spread back over the full network's organisations (NaN = filtered out). */
export interface AnalysisPayload {
  horizon: number;
  /** The time slider's date the network was cut at ('' = every flow). */
  asOf: string;
  filtered: boolean;
  /** 1 where the organisation is in the filtered network. */
  kept: Uint8Array;
  /** 1 where the flow is in the filtered network. */
  keptFlows: Uint8Array;
  columnIds: MetricColumnId[];
  columns: Partial<Record<MetricColumnId, Float64Array>>;
  /** Component and community per organisation (-1 = filtered out); 0 = largest. */
  component: Int32Array;
  componentSizes: number[];
  community: Int32Array;
  communityCount: number;
  modularity: number;
  /** Every weakly connected organisation, most isolated first (pioneers are flagged). */
  weak: WeakPayload[];
  facts: NetworkFacts;
  /** 1 where the tie (map/ties.ts numbering) carries a kept flow, and the ties a big map draws (drawn-ties.ts). */
  tieVisible: Uint8Array;
  drawnTies: Int32Array;
  /** Whether betweenness, closeness and harmonic are exact, or estimated from `sources` sampled organisations. */
  paths: { exact: boolean; sources: number };
}

/** Ties between groups of the analysed network (@knet/core groupMatrix) and each group's E-I index. */
export interface SilosPayload {
  grouping: SiloGrouping;
  /** Largest group first; community numbers as text. */
  groups: string[];
  organisations: number[];
  /** groups × groups, row-major; symmetric unless directed. */
  ties: Float64Array;
  /** For each flow of the FULL network, the cell it counts in (row × groups + column), -1 for none. */
  flowCell: Int32Array;
  /** Per group, aligned with `groups`: ties inside, ties across, E-I (NaN with no ties). */
  ei: { internal: number; external: number; ei: number }[];
  overall: number;
  directed: boolean;
  unassigned: { organisations: number; ties: number };
}

/** The trend charts' figures, one entry per period (cumulative: every flow observed by the period's end). */
export interface TrendPayload {
  by: TimeStep;
  horizon: number;
  /** Flows without a date, left out of every period. */
  undated: number;
  periods: {
    label: string;
    end: string;
    flows: number;
    fragmentation: number;
    components: number;
    averageReach: number;
    weakPioneers: number;
  }[];
}

export interface AnonymisedPayload {
  network: NetworkPayload;
  /** Real name to pseudonym, per organisation in network order. Downloaded only when the user asks. */
  mapping: PseudonymEntry[];
  /** The consent column read ('consent'), or null when the data has none (nobody keeps their name). */
  consentColumn: string | null;
  consented: number;
}

/** The network's figures (as `knet whatif` compares them). */
export interface FiguresPayload {
  fragmentation: number;
  components: number;
  largestShare: number;
  averageReach: number;
  modularity: number;
  communities: number;
}

/** @knet/core whatIf of the proposals on the analysed network; before and after are null when none applies. */
export interface WhatIfPayload {
  horizon: number;
  applied: Proposal[];
  /** Proposals left out, and why (an end hidden by the filters, a tie that exists). */
  skipped: { tie: Proposal; reason: string }[];
  before: FiguresPayload | null;
  after: FiguresPayload | null;
  /** Every pioneer of the analysed network, most isolated first (before the change). */
  pioneers: { index: number; isolationBefore: number; isolationAfter: number; weakBefore: boolean; weakAfter: boolean }[];
}

/** One suggested introduction (@knet/core introductions), organisations by full-network index. */
export interface IntroductionPayload {
  partner: number;
  score: number;
  /** core's sentence: "shares 'co-production'; would bring 15% of the network within 2 steps (now 0.6%)". */
  explanation: string;
  introducer: number | null;
  /** "ask X, which works with both", or that nobody links them yet. */
  introducerText: string;
}

export interface IntroductionsPayload {
  /** The organisation the suggestions are for. */
  id: string;
  reach: number;
  introductions: IntroductionPayload[];
}

export interface PioneerIntroductionsPayload {
  pioneers: { index: number; introductions: IntroductionPayload[] }[];
}

/** One theme's parallel pioneers (@knet/core parallelPioneers); count 0 when nobody shown works on it. */
export interface ParallelPayload {
  theme: string;
  horizon: number;
  count: number;
  /** Largest first; members by full-network index. */
  groups: number[][];
  /** Every pair of groups (positions in groups), nearest first; path ends included, empty with no path. */
  paths: { from: number; to: number; steps: number | null; path: number[] }[];
}

export function networkToPayload(network: Network): { payload: NetworkPayload; transfer: ArrayBuffer[] } {
  const flows = network.flows;
  const payload: NetworkPayload = {
    directed: network.directed,
    organisations: network.organisations as Organisation[],
    flows: {
      count: flows.count,
      source: flows.source,
      target: flows.target,
      weight: flows.weight,
      typeCode: flows.typeCode,
      types: [...flows.types],
      dateCode: flows.dateCode,
      dates: [...flows.dates],
      attributes: [...flows.attributes].map(([name, values]) => [name, [...values]]),
    },
  };
  // The worker keeps its own Network, so the columns are copied before transfer.
  const f = payload.flows;
  f.source = f.source.slice();
  f.target = f.target.slice();
  f.weight = f.weight.slice();
  f.typeCode = f.typeCode.slice();
  f.dateCode = f.dateCode.slice();
  return { payload, transfer: [f.source.buffer, f.target.buffer, f.weight.buffer, f.typeCode.buffer, f.dateCode.buffer] as ArrayBuffer[] };
}

/** Organisations as received: attribute records come back as plain objects; they are re-created without a prototype. */
export function organisationsFromPayload(organisations: readonly Organisation[]): Organisation[] {
  return organisations.map((organisation) => ({ ...organisation, attributes: nullPrototype(organisation.attributes) }));
}

/** Rebuilds a Network on the page; `organisations` when they came in slices (already through organisationsFromPayload). */
/** `index`: the organisations' positions by id, when the caller built it as they arrived (see Network). */
export function networkFromPayload(payload: NetworkPayload, organisations = organisationsFromPayload(payload.organisations), index?: Map<string, number>): Network {
  const f = payload.flows;
  const table = new FlowTable(f.count, f.source, f.target, f.weight, f.typeCode, f.types, f.dateCode, f.dates, new Map(f.attributes));
  return new Network({ directed: payload.directed, organisations, flows: table, index });
}

function nullPrototype(record: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const copy = Object.create(null) as Record<string, AttributeValue>;
  for (const key of Object.keys(record)) {
    Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

export function silosTransfer(silos: SilosPayload): ArrayBuffer[] {
  return [silos.ties.buffer, silos.flowCell.buffer] as ArrayBuffer[];
}

/** The transferable buffers of an analysis. */
export function analysisTransfer(analysis: AnalysisPayload): ArrayBuffer[] {
  const buffers = [analysis.kept.buffer, analysis.keptFlows.buffer, analysis.component.buffer, analysis.community.buffer, analysis.tieVisible.buffer, analysis.drawnTies.buffer];
  for (const column of Object.values(analysis.columns)) if (column) buffers.push(column.buffer);
  return buffers as ArrayBuffer[];
}
