// NetworkBuilder and createNetwork refuse flows every metric would misread, with errors that name the flow.
import { describe, expect, it } from 'vitest';
import { NetworkBuilder, createNetwork } from './builder.js';

describe('NetworkBuilder', () => {
  it.each([-1, 0, Number.NaN, Number.POSITIVE_INFINITY])('refuses a flow of weight %s, naming it', (weight) => {
    expect(() => createNetwork({ flows: [{ source: 'a', target: 'b', weight }] })).toThrow(
      `knet: flow "a" → "b": weight must be a positive number, got ${String(weight)}.`,
    );
    const builder = new NetworkBuilder();
    builder.addOrganisation({ id: 'a' });
    builder.addOrganisation({ id: 'b' });
    expect(() => builder.addFlowByIndex(0, 1, weight)).toThrow(/knet: flow 0 → 1: weight must be a positive number/);
  });

  it('refuses a weight that is not a number at all (from untyped callers)', () => {
    const weight = '2' as unknown as number;
    expect(() => createNetwork({ flows: [{ source: 'a', target: 'b', weight }] })).toThrow(/weight must be a positive number, got 2/);
  });

  it('adds nothing for a refused flow: no organisations are created for it', () => {
    const builder = new NetworkBuilder();
    expect(() => builder.addFlow({ source: 'a', target: 'b', weight: -2 })).toThrow(RangeError);
    expect(builder.has('a')).toBe(false);
    expect(builder.finish().order).toBe(0);
  });

  it('refuses an index that is not an organisation added so far', () => {
    const builder = new NetworkBuilder();
    builder.addOrganisation({ id: 'a' });
    for (const index of [1, -1, 0.5, Number.NaN]) {
      expect(() => builder.addFlowByIndex(0, index)).toThrow(`organisation index ${String(index)} is not one of the 1 added so far`);
    }
  });

  it('keeps positive weights, small and large, as they are', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b', weight: 1e-300 }, { source: 'b', target: 'c', weight: 1e300 }, { source: 'c', target: 'a' }] });
    expect(Array.from(network.flows.weight.subarray(0, network.flows.count))).toEqual([1e-300, 1e300, 1]);
  });
});
