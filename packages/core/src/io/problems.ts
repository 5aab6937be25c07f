// Problems with input, as values: errors stop a run, warnings are collected with counts (SPEC section 3).
// The library never prints; the CLI and the dashboard decide how to show these.

/** Where in the input a problem is. Lines and columns count from 1; column is the field's position. */
export interface InputLocation {
  file: string;
  line?: number;
  column?: number;
}

export type InputErrorCode =
  | 'not-found'
  | 'is-directory'
  | 'unreadable'
  | 'not-text'
  | 'bad-encoding'
  | 'empty'
  | 'no-rows'
  | 'missing-column'
  | 'unbalanced-quote'
  | 'bad-format'
  | 'strict';

/** A user mistake that stops the run. `message` is written for a person, and already names the place. */
export class KnetInputError extends Error implements InputLocation {
  readonly code: InputErrorCode;
  readonly file: string;
  readonly line?: number;
  readonly column?: number;

  constructor(code: InputErrorCode, location: InputLocation, message: string) {
    super(`${formatLocation(location)}: ${message}`);
    this.name = 'KnetInputError';
    this.code = code;
    this.file = location.file;
    this.line = location.line;
    this.column = location.column;
  }
}

export type WarningCode =
  | 'duplicate-organisation'
  | 'unknown-organisation'
  | 'self-loop'
  | 'repeated-flow'
  | 'bad-weight'
  | 'bad-date'
  | 'trimmed'
  | 'bad-flag'
  | 'mixed-direction'
  | 'encoding'
  | 'extra-cells'
  | 'missing-id'
  | 'text-after-quote';

/** One occurrence of a warning. */
export interface WarningExample extends InputLocation {
  /** The offending text, e.g. the id or the weight as written. */
  value?: string;
}

/** All occurrences of one kind of warning: a count, a summary, and the first few places. */
export interface InputWarning {
  code: WarningCode;
  count: number;
  /** e.g. `12 flows name unknown organisations` */
  message: string;
  examples: WarningExample[];
}

const EXAMPLES_KEPT = 5;

/** Collects warnings by kind, keeping counts and the first few examples (a million bad rows cost nothing). */
export class WarningCollector {
  private readonly groups = new Map<WarningCode, { count: number; describe: (count: number) => string; examples: WarningExample[] }>();

  /** `describe(count)` words the summary, e.g. (n) => `${n} flows name unknown organisations`. */
  add(code: WarningCode, describe: (count: number) => string, example: WarningExample): void {
    let group = this.groups.get(code);
    if (!group) {
      group = { count: 0, describe, examples: [] };
      this.groups.set(code, group);
    }
    group.count++;
    if (group.examples.length < EXAMPLES_KEPT) group.examples.push(example);
  }

  /** Adds many occurrences at once (e.g. repeated pairs counted after reading). */
  addCount(code: WarningCode, describe: (count: number) => string, count: number, examples: WarningExample[]): void {
    if (count <= 0) return;
    let group = this.groups.get(code);
    if (!group) {
      group = { count: 0, describe, examples: [] };
      this.groups.set(code, group);
    }
    group.count += count;
    for (const example of examples) if (group.examples.length < EXAMPLES_KEPT) group.examples.push(example);
  }

  get size(): number {
    return this.groups.size;
  }

  list(): InputWarning[] {
    return [...this.groups].map(([code, group]) => ({
      code,
      count: group.count,
      message: group.describe(group.count),
      examples: group.examples,
    }));
  }
}

export function formatLocation(location: InputLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += ` line ${location.line}`;
  if (location.column !== undefined) text += ` column ${location.column}`;
  return text;
}

/** `12 flows name unknown organisations; first: edges.csv line 7 "Wigan Council"` */
export function formatWarning(warning: InputWarning): string {
  const first = warning.examples[0];
  if (!first) return warning.message;
  const value = first.value === undefined ? '' : ` ${JSON.stringify(first.value)}`;
  return `${warning.message}; first: ${formatLocation(first)}${value}`;
}
