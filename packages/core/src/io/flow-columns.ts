// The flow columns a reader fills: typed arrays grown as rows arrive (sized once from the file's line count),
// types and dates dictionary-coded, and the line each flow came from; viewed, not copied, when finished.
import type { AttributeValue } from '../model/attributes.js';
import { FlowTable } from '../model/flow.js';

export class FlowColumns {
  count = 0;
  source: Int32Array;
  target: Int32Array;
  weight: Float64Array;
  typeCode: Uint32Array;
  dateCode: Uint32Array;
  /** Line each flow was read from (0 when the format has no lines), for warnings found at the end. */
  line: Int32Array;
  private readonly types: string[] = [''];
  private readonly typeIndex = new Map<string, number>([['', 0]]);
  private readonly dates: string[] = [''];
  private readonly dateIndex = new Map<string, number>([['', 0]]);

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.source = new Int32Array(size);
    this.target = new Int32Array(size);
    this.weight = new Float64Array(size);
    this.typeCode = new Uint32Array(size);
    this.dateCode = new Uint32Array(size);
    this.line = new Int32Array(size);
  }

  add(source: number, target: number, weight: number, type: string, date: string | undefined, line: number): number {
    if (this.count === this.source.length) this.grow();
    const flow = this.count++;
    this.source[flow] = source;
    this.target[flow] = target;
    this.weight[flow] = weight;
    this.typeCode[flow] = code(type, this.types, this.typeIndex);
    this.dateCode[flow] = date === undefined ? 0 : code(date, this.dates, this.dateIndex);
    this.line[flow] = line;
    return flow;
  }

  finish(attributes: Map<string, (AttributeValue | undefined)[]>): FlowTable {
    const n = this.count;
    // Views when little capacity is unused (the usual case: capacity came from the line count), else copies.
    const fit = <T extends Int32Array | Float64Array | Uint32Array>(array: T): T => (array.length - n > 1024 + n / 8 ? (array.slice(0, n) as T) : (array.subarray(0, n) as T));
    return new FlowTable(n, fit(this.source), fit(this.target), fit(this.weight), fit(this.typeCode), this.types, fit(this.dateCode), this.dates, attributes);
  }

  private grow(): void {
    const size = this.source.length * 2;
    const bigger = <T extends Int32Array | Float64Array | Uint32Array>(array: T): T => {
      const copy = new (array.constructor as new (n: number) => T)(size);
      copy.set(array);
      return copy;
    };
    this.source = bigger(this.source);
    this.target = bigger(this.target);
    this.weight = bigger(this.weight);
    this.typeCode = bigger(this.typeCode);
    this.dateCode = bigger(this.dateCode);
    this.line = bigger(this.line);
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
