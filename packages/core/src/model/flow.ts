// Knowledge flows (edges), stored column by column so a million flows cost tens of megabytes,
// not a million objects. `KnowledgeFlow` is the object view of one row.
import type { AttributeValue, Attributes } from './attributes.js';
import { createAttributes, setAttribute } from './attributes.js';

export interface KnowledgeFlow {
  /** Organisation ids. A directed flow runs from source to target: who shares knowledge with whom. */
  source: string;
  target: string;
  /** Strength of the tie, a positive number (default 1). */
  weight: number;
  /** partnership, peer_support, shared_practice, event, funding, secondment, ...; '' when unknown. */
  type: string;
  /** When the flow was observed, ISO 8601 as written (`2014`, `2014-09`, `2014-09-02`). */
  date: string | undefined;
  /** Every other column. No prototype. */
  attributes: Attributes;
}

/**
 * Every flow as read (self-loops and repeated pairs included: metrics merge and drop them, the file
 * model keeps them). Columns are indexed by flow number; source and target hold organisation indices.
 * Types and dates are dictionary-coded: code 0 means "none".
 */
export class FlowTable {
  constructor(
    readonly count: number,
    readonly source: Int32Array,
    readonly target: Int32Array,
    readonly weight: Float64Array,
    readonly typeCode: Uint32Array,
    /** types[0] is '' (no type). */
    readonly types: readonly string[],
    readonly dateCode: Uint32Array,
    /** dates[0] is '' (no date). */
    readonly dates: readonly string[],
    /** Extra columns, each an array indexed by flow number (undefined = empty cell). */
    readonly attributes: ReadonlyMap<string, readonly (AttributeValue | undefined)[]>,
  ) {}

  type(flow: number): string {
    return this.types[this.typeCode[flow]];
  }

  date(flow: number): string | undefined {
    const code = this.dateCode[flow];
    return code === 0 ? undefined : this.dates[code];
  }

  attributesOf(flow: number): Attributes {
    const record = createAttributes();
    for (const [name, column] of this.attributes) {
      const value = column[flow];
      if (value !== undefined) setAttribute(record, name, value);
    }
    return record;
  }
}

/** Grows the flow columns as rows arrive; `finish()` trims them to size. */
export class FlowTableBuilder {
  private capacity: number;
  private count = 0;
  private source: Int32Array;
  private target: Int32Array;
  private weight: Float64Array;
  private typeCode: Uint32Array;
  private dateCode: Uint32Array;
  private readonly types: string[] = [''];
  private readonly typeIndex = new Map<string, number>([['', 0]]);
  private readonly dates: string[] = [''];
  private readonly dateIndex = new Map<string, number>([['', 0]]);
  private readonly attributes = new Map<string, (AttributeValue | undefined)[]>();

  constructor(expected = 1024) {
    this.capacity = Math.max(16, expected);
    this.source = new Int32Array(this.capacity);
    this.target = new Int32Array(this.capacity);
    this.weight = new Float64Array(this.capacity);
    this.typeCode = new Uint32Array(this.capacity);
    this.dateCode = new Uint32Array(this.capacity);
  }

  get size(): number {
    return this.count;
  }

  /** Adds one flow between organisation indices; returns its flow number. */
  add(source: number, target: number, weight: number, type = '', date: string | undefined = undefined): number {
    if (this.count === this.capacity) this.grow();
    const flow = this.count++;
    this.source[flow] = source;
    this.target[flow] = target;
    this.weight[flow] = weight;
    this.typeCode[flow] = code(type, this.types, this.typeIndex);
    this.dateCode[flow] = date === undefined ? 0 : code(date, this.dates, this.dateIndex);
    return flow;
  }

  /** Sets an extra column's value for a flow already added. */
  setAttribute(flow: number, name: string, value: AttributeValue | undefined): void {
    let column = this.attributes.get(name);
    if (!column) {
      column = [];
      this.attributes.set(name, column);
    }
    column[flow] = value;
  }

  finish(): FlowTable {
    const n = this.count;
    for (const column of this.attributes.values()) column.length = n;
    return new FlowTable(
      n,
      this.source.slice(0, n),
      this.target.slice(0, n),
      this.weight.slice(0, n),
      this.typeCode.slice(0, n),
      this.types,
      this.dateCode.slice(0, n),
      this.dates,
      this.attributes,
    );
  }

  private grow(): void {
    this.capacity *= 2;
    this.source = resize(this.source, this.capacity);
    this.target = resize(this.target, this.capacity);
    this.weight = resize(this.weight, this.capacity);
    this.typeCode = resize(this.typeCode, this.capacity);
    this.dateCode = resize(this.dateCode, this.capacity);
  }
}

function code(value: string, values: string[], index: Map<string, number>): number {
  let found = index.get(value);
  if (found === undefined) {
    found = values.length;
    values.push(value);
    index.set(value, found);
  }
  return found;
}

function resize<T extends Int32Array | Float64Array | Uint32Array>(array: T, capacity: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(capacity);
  bigger.set(array);
  return bigger;
}
