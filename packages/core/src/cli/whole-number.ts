// Whole-number options (--top, --window): kept apart from options.ts so view.ts can use it without a cycle.
import { UsageError } from './errors.js';

/** 1 or more; undefined when not given. `unit` words the message: "a whole number of months". */
export function readPositiveWhole(command: string, name: string, text: string | undefined, unit = ''): number | undefined {
  if (text === undefined) return undefined;
  const value = /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(command, `--${name} must be a whole number${unit ? ` of ${unit}` : ''}, 1 or more (got "${text}")`);
  }
  return value;
}
