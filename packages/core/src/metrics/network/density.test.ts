// Density against NetworkX (classic networks, the local-metrics fixture) and hand-counted directed cases.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { density } from './density.js';

describe('density', () => {
  it.each(CLASSIC_NAMES)('equals nx.density on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expect(density(network)).toBeCloseTo((reference.graph as unknown as { density: number }).density, 12);
  });

  it.each(LOCAL_NAMES)('equals nx.density with repeats, self-loops and isolates (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expect(density(network)).toBeCloseTo(reference.graph.density, 12);
  });

  it('counts distinct ties over possible ones (hand-counted)', () => {
    // a→b twice, b→a, a→a, c isolated: 2 ordered pairs of n(n−1) = 6 directed; undirected 1 pair of 3.
    const flows = [['a', 'b'], ['a', 'b'], ['b', 'a'], ['a', 'a']].map(([source, target]) => ({ source, target }));
    const organisations = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(density(createNetwork({ directed: true, organisations, flows }))).toBeCloseTo(2 / 6, 15);
    expect(density(createNetwork({ organisations, flows }))).toBeCloseTo(1 / 3, 15);
  });

  it('is 0 below two organisations, as NetworkX', () => {
    expect(density(createNetwork({ flows: [] }))).toBe(0);
    expect(density(createNetwork({ flows: [{ source: 'a', target: 'a' }] }))).toBe(0);
    expect(() => density({} as never)).toThrow(/knet: density: expected a Network/);
  });
});
