// Closeness against NetworkX (classic networks; directed cases derived from nx.closeness_centrality's
// source: G.reverse(), then ((r−1)/(n−1))·((r−1)/Σd)) and against graphology-metrics with wassermanFaust.
import fc from 'fast-check';
import closenessExport from 'graphology-metrics/centrality/closeness.js';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { close, graphologyOf, idOf, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { closeness } from './closeness.js';

// The .d.ts declares `export default`, but the file is CommonJS (module.exports = the function): under
// NodeNext the default import is the function itself.
const closenessCentrality = closenessExport as unknown as typeof closenessExport.default;

describe('closeness', () => {
  it.each(CLASSIC_NAMES)('equals nx.closeness_centrality on %s', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, closeness(network), (id) => reference.nodes[id].closeness, 'closeness');
  });

  it('uses incoming distances when directed (hand-derived)', () => {
    // n = 7, so the first factor is (r−1)/6. Who reaches whom, and how far:
    //   a ← b (2), c (1): (2/6)(2/3) = 2/9;  b ← a (1), c (2): 2/9;  c ← a (2), b (1): 2/9;
    //   d ← a (3), b (2), c (1): (3/6)(3/6) = 1/4;  e ← nobody: 0;  f ← e (1): (1/6)(1/1);  g: 0.
    const expected = [2 / 9, 2 / 9, 2 / 9, 1 / 4, 0, 1 / 6, 0];
    expect(Array.from(closeness(cycleWithTail(true)))).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it('scales by the reachable share when undirected and split (hand-derived)', () => {
    // a: 3 others at 1, 1, 2 → (3/6)(3/4); c: 1, 1, 1 → (3/6)(3/3); d: 1, 2, 2 → (3/6)(3/5); e, f: (1/6)(1/1).
    const expected = [3 / 8, 3 / 8, 1 / 2, 3 / 10, 1 / 6, 1 / 6, 0];
    expect(Array.from(closeness(cycleWithTail(false)))).toEqual(expected.map((x) => expect.closeTo(x, 12)));
  });

  it('is 0 for a lone organisation, as NetworkX', () => {
    expect(Array.from(closeness(createNetwork({ organisations: [{ id: 'x' }], flows: [] })))).toEqual([0]);
  });

  it('agrees with graphology-metrics (Wasserman–Faust, inbound) on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const ours = closeness(networkOf(graph));
        const theirs = closenessCentrality(graphologyOf(graph), { wassermanFaust: true });
        return ours.every((value, i) => close(value, theirs[idOf(i)]));
      }),
      { numRuns: 300 },
    );
  });

  it('estimates from sampled sources, exact when every organisation is sampled', () => {
    const { network } = loadClassic('lesmis');
    const exact = closeness(network);
    expect(closeness(network, { sampleSources: network.order })).toEqual(exact);
    const estimate = closeness(network, { sampleSources: 50, seed: 3 });
    const error = exact.reduce((sum, value, v) => sum + Math.abs(value - estimate[v]), 0) / network.order;
    expect(error).toBeLessThan(0.02);
  });

  it('refuses what is not a network, naming knet', () => {
    expect(() => closeness(null as never)).toThrow(/knet: closeness: expected a Network/);
  });
});
