// Validation at the door shared by the local metrics: a Network and well-formed numeric options, with
// messages that name knet, the function and what was wrong.
import type { Network } from '../model/network.js';
import { Network as NetworkClass } from '../model/network.js';

/** The network itself, or a clear error when something else was passed. */
export function checkNetwork(network: Network, caller: string): Network {
  if (!(network instanceof NetworkClass)) throw new Error(`knet: ${caller}: expected a Network (from readNetwork or createNetwork).`);
  return network;
}

/** A finite number in [min, max) (or [min, max] when `inclusive`; max may be Infinity), else an error naming the option. */
export function checkNumber(value: unknown, caller: string, name: string, min: number, max: number, inclusive = false): number {
  const inside = typeof value === 'number' && Number.isFinite(value) && value >= min && (inclusive || max === Infinity ? value <= max : value < max);
  if (!inside) {
    const range = max === Infinity ? `${min} or more` : `from ${min} to ${max}${inclusive ? '' : ' (exclusive)'}`;
    throw new Error(`knet: ${caller}: ${name} must be a number ${range}, got ${String(value)}.`);
  }
  return value as number;
}

/** A whole number ≥ min, else an error naming the option. */
export function checkWhole(value: unknown, caller: string, name: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new Error(`knet: ${caller}: ${name} must be a whole number, ${min} or more, got ${String(value)}.`);
  }
  return value;
}
