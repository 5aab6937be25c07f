// Whole-number options (--horizon, --top, --budget, --window): kept apart from options.ts so view.ts can use
// it without a cycle. Each has a range, so a typo such as 99999999999 is a usage mistake, not a strange result.
import { UsageError } from './errors.js';

export interface WholeRange {
  min: number;
  max: number;
  /** Words the message: "months" gives "a whole number of months". */
  unit?: string;
}

/** The accepted ranges: beyond them a value is a typo (no network needs a horizon over 1,000 steps or a window over 100 years). */
export const WHOLE_RANGES = {
  horizon: { min: 1, max: 1000, unit: 'steps' },
  window: { min: 1, max: 1200, unit: 'months' },
  top: { min: 1, max: 1_000_000 },
  budget: { min: 1, max: 1000, unit: 'introductions' },
} as const satisfies Record<string, WholeRange>;

/** A whole number in `range`; undefined when not given. */
export function readWhole(command: string, name: string, text: string | undefined, range: WholeRange): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (Number.isSafeInteger(value) && value >= range.min && value <= range.max) return value;
  const what = `a whole number${range.unit ? ` of ${range.unit}` : ''} from ${range.min} to ${range.max}`;
  // "-3" reaches here as a value (options.ts keeps it from reading as an option): say what is wrong with it.
  const negative = /^\s*-\s*\d/.test(text);
  throw new UsageError(command, `--${name} must be ${negative ? `positive: ${what}` : what} (got "${text}")`);
}

/** --top: a whole number in WHOLE_RANGES.top; undefined when not given. */
export function readTop(command: string, text: string | undefined): number | undefined {
  return readWhole(command, 'top', text, WHOLE_RANGES.top);
}
