// Messages between the page and the analysis worker, and the plain-data forms of a Network and its analysis
// that cross the boundary (typed arrays are transferred, not copied).
import {
  FlowTable,
  type InputWarning,
  type MetricColumnId,
  Network,
  type Organisation,
  type AttributeValue,
} from '@knet/core';
import type { TieTable } from '../map/ties.js';
import type { Filters } from '../state/filters.js';

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
  | { kind: 'analyse'; id: number; filters: Filters; horizon: number };

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
export function networkFromPayload(payload: NetworkPayload, organisations = organisationsFromPayload(payload.organisations)): Network {
  const f = payload.flows;
  const table = new FlowTable(f.count, f.source, f.target, f.weight, f.typeCode, f.types, f.dateCode, f.dates, new Map(f.attributes));
  return new Network({ directed: payload.directed, organisations, flows: table });
}

function nullPrototype(record: Record<string, AttributeValue>): Record<string, AttributeValue> {
  const copy = Object.create(null) as Record<string, AttributeValue>;
  for (const key of Object.keys(record)) {
    Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
  }
  return copy;
}

/** The transferable buffers of an analysis. */
export function analysisTransfer(analysis: AnalysisPayload): ArrayBuffer[] {
  const buffers = [analysis.kept.buffer, analysis.keptFlows.buffer, analysis.component.buffer, analysis.community.buffer, analysis.tieVisible.buffer, analysis.drawnTies.buffer];
  for (const column of Object.values(analysis.columns)) if (column) buffers.push(column.buffer);
  return buffers as ArrayBuffer[];
}
