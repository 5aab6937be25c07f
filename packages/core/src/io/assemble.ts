// Builds a Network from what a reader found, whatever the format: organisations (first id wins), flows with
// the line each came from, then the checks that need every flow (repeated pairs) and the final direction.
import type { AttributeValue } from '../model/attributes.js';
import { setAttribute } from '../model/attributes.js';
import { makeOrganisation, type OrganisationInput } from '../model/builder.js';
import { FlowTable } from '../model/flow.js';
import { Network } from '../model/network.js';
import type { Organisation } from '../model/organisation.js';
import { FlowColumns } from './flow-columns.js';
import { WarningCollector, type WarningExample } from './problems.js';
import { plural } from './wording.js';

export interface AssembleOptions {
  directed: boolean;
  /** Flows that are undirected in a directed network: each is added a second time, reversed. */
  reverseAlso?: readonly number[];
  /** The type column held direction words, not flow types: flows get no type. */
  dropTypes?: boolean;
}

/** Where flows came from, for the examples of warnings found after reading (repeated pairs). */
export interface FlowOrigin {
  file: string;
  /** Field position of the source column (1-based), when the format has columns. */
  column?: number;
}

export class NetworkAssembler {
  private readonly organisations: Organisation[] = [];
  private readonly index = new Map<string, number>();
  private readonly flows: FlowColumns;
  private readonly flowAttributes = new Map<string, (AttributeValue | undefined)[]>();
  private origin: FlowOrigin | undefined;

  constructor(
    expectedFlows = 1024,
    readonly warnings = new WarningCollector(),
  ) {
    this.flows = new FlowColumns(expectedFlows);
  }

  get organisationCount(): number {
    return this.organisations.length;
  }

  indexOf(id: string): number {
    return this.index.get(id) ?? -1;
  }

  /** Adds an organisation; -1 when its id is taken (the caller warns: the first row wins). */
  addOrganisation(input: OrganisationInput): number {
    if (this.index.has(input.id)) return -1;
    const i = this.organisations.length;
    this.organisations.push(makeOrganisation(input));
    this.index.set(input.id, i);
    return i;
  }

  /** Index of the organisation with this id, created bare (label = id) when new. */
  ensureOrganisation(id: string): number {
    return this.index.get(id) ?? this.addOrganisation({ id });
  }

  setOrganisationAttribute(organisation: number, name: string, value: AttributeValue | undefined): void {
    if (value !== undefined) setAttribute(this.organisations[organisation].attributes, name, value);
  }

  /** Adds a flow between organisation indices; `line` is where it was read (0 when the format has none). */
  addFlow(source: number, target: number, weight: number, type: string, date: string | undefined, line: number): number {
    return this.flows.add(source, target, weight, type, date, line);
  }

  /** A whole extra flow column at once, indexed by flow number (CSV readers type columns after reading). */
  setFlowColumn(name: string, values: (AttributeValue | undefined)[]): void {
    this.flowAttributes.set(name, values);
  }

  setFlowAttribute(flow: number, name: string, value: AttributeValue | undefined): void {
    let column = this.flowAttributes.get(name);
    if (!column) {
      column = [];
      this.flowAttributes.set(name, column);
    }
    column[flow] = value;
  }

  /** Names the file (and source column) flows were read from, for warnings found at the end. */
  setFlowOrigin(origin: FlowOrigin): void {
    this.origin = origin;
  }

  idOf(organisation: number): string {
    return this.organisations[organisation].id;
  }

  finish(options: AssembleOptions): Network {
    const attributes = new Map<string, (AttributeValue | undefined)[]>();
    for (const [name, column] of this.flowAttributes) {
      column.length = this.flows.count;
      attributes.set(name, column);
    }
    let table = this.flows.finish(attributes);
    let lines = this.flows.line.subarray(0, table.count);
    const reverse = options.reverseAlso ?? [];
    if (reverse.length > 0 || options.dropTypes) {
      ({ table, lines } = extendFlows(table, attributes, lines, reverse, options.dropTypes ?? false));
    }
    this.warnRepeated(table, lines, options.directed);
    return new Network({ directed: options.directed, organisations: this.organisations, flows: table });
  }

  // Repeated pairs: sorted numeric pair keys find them in O(m log m) without a map entry per flow.
  private warnRepeated(table: FlowTable, lines: Int32Array, directed: boolean): void {
    const n = this.organisations.length;
    const { source, target, count } = table;
    // Pair keys are exact doubles while n² < 2^53 (n below 94 million organisations).
    const keyOf = (f: number) => {
      const s = source[f];
      const t = target[f];
      return s === t ? -1 : directed || s < t ? s * n + t : t * n + s;
    };
    const sorted = new Float64Array(count);
    for (let f = 0; f < count; f++) sorted[f] = keyOf(f);
    sorted.sort();
    let repeats = 0;
    const repeatedKeys: number[] = [];
    for (let i = 1; i < count; i++) {
      if (sorted[i] < 0 || sorted[i] !== sorted[i - 1]) continue;
      repeats++;
      if (repeatedKeys[repeatedKeys.length - 1] !== sorted[i]) repeatedKeys.push(sorted[i]);
    }
    if (repeats === 0) return;
    const examples: WarningExample[] = [];
    const seen = new Set<number>();
    const repeated = Float64Array.from(repeatedKeys);
    for (let f = 0; f < count && examples.length < 5; f++) {
      const key = keyOf(f);
      if (key < 0 || !contains(repeated, key)) continue;
      if (!seen.has(key)) {
        seen.add(key);
        continue;
      }
      const arrow = directed ? '->' : '-';
      examples.push({
        file: this.origin?.file ?? '',
        line: lines[f] || undefined,
        column: this.origin?.column,
        value: `${this.organisations[source[f]].id} ${arrow} ${this.organisations[target[f]].id}`,
      });
    }
    const pairs = repeatedKeys.length;
    this.warnings.addCount(
      'repeated-flow',
      (n) => `${plural(n, 'repeated flow')} between ${plural(pairs, 'pair')} of organisations already linked: every metric merges them, weights summed`,
      repeats,
      examples,
    );
  }
}

function contains(sorted: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === key) return true;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

// Appends reversed copies of some flows, clears type codes, and fixes attribute column lengths.
function extendFlows(
  table: FlowTable,
  attributes: Map<string, (AttributeValue | undefined)[]>,
  lines: Int32Array,
  reverse: readonly number[],
  dropTypes: boolean,
): { table: FlowTable; lines: Int32Array } {
  const m = table.count + reverse.length;
  const source = new Int32Array(m);
  const target = new Int32Array(m);
  const weight = new Float64Array(m);
  const typeCode = new Uint32Array(m);
  const dateCode = new Uint32Array(m);
  const allLines = new Int32Array(m);
  source.set(table.source);
  target.set(table.target);
  weight.set(table.weight);
  if (!dropTypes) typeCode.set(table.typeCode);
  dateCode.set(table.dateCode);
  allLines.set(lines);
  reverse.forEach((f, k) => {
    const to = table.count + k;
    source[to] = table.target[f];
    target[to] = table.source[f];
    weight[to] = table.weight[f];
    typeCode[to] = dropTypes ? 0 : table.typeCode[f];
    dateCode[to] = table.dateCode[f];
    allLines[to] = lines[f];
    for (const column of attributes.values()) column[to] = column[f];
  });
  for (const column of attributes.values()) column.length = m;
  const types = dropTypes ? [''] : table.types;
  return { table: new FlowTable(m, source, target, weight, typeCode, types, dateCode, table.dates, attributes), lines: allLines };
}
