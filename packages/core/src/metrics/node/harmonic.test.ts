// Harmonic closeness against NetworkX (classic networks; directed cases from nx.harmonic_centrality's source,
// which adds 1/d(v, u) to the target u: incoming distances) and against Floyd–Warshall on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { close, floydWarshall, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { harmonic } from './harmonic.js';

describe('harmonic', () => {
  it.each(CLASSIC_NAMES)('equals nx.harmonic_centrality / (n − 1) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, harmonic(network), (id) => reference.nodes[id].harmonic, 'harmonic');
  });

  it('sums 1/d over the organisations that reach it when directed (hand-derived)', () => {
    // Divided by n − 1 = 6: a ← c (1), b (2): 1.5/6; b ← a (1), c (2): 1.5/6; c likewise;
    // d ← c (1), b (2), a (3): (11/6)/6; e: 0; f ← e (1): 1/6; g: 0.
    const expected = [0.25, 0.25, 0.25, 11 / 36, 0, 1 / 6, 0];
    expect(Array.from(harmonic(cycleWithTail(true)))).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it('matches the undirected distances (hand-derived)', () => {
    // a: 1 + 1 + 1/2; c: 1 + 1 + 1; d: 1 + 1/2 + 1/2; e, f: 1; all over 6.
    const expected = [2.5 / 6, 2.5 / 6, 0.5, 2 / 6, 1 / 6, 1 / 6, 0];
    expect(Array.from(harmonic(cycleWithTail(false)))).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it('is 0 for a lone organisation', () => {
    expect(Array.from(harmonic(createNetwork({ organisations: [{ id: 'x' }], flows: [] })))).toEqual([0]);
  });

  it('agrees with Floyd–Warshall distances on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const d = floydWarshall(graph);
        const ours = harmonic(networkOf(graph));
        return ours.every((value, u) => {
          let sum = 0;
          for (let v = 0; v < graph.n; v++) if (v !== u && d[v][u] < Infinity) sum += 1 / d[v][u];
          return close(value, graph.n > 1 ? sum / (graph.n - 1) : 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('estimates from sampled sources, exact when every organisation is sampled', () => {
    const { network } = loadClassic('karate');
    const exact = harmonic(network);
    expect(harmonic(network, { sampleSources: network.order })).toEqual(exact);
    const estimate = harmonic(network, { sampleSources: 25, seed: 5 });
    const error = exact.reduce((sum, value, v) => sum + Math.abs(value - estimate[v]), 0) / network.order;
    expect(error).toBeLessThan(0.03);
  });
});
