// Reach and isolation against NetworkX's reference (classic networks), hand-derived directed cases at
// several horizons, and a plain BFS over the flow list on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { close, floydWarshall, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { isolation, reach } from './reach.js';

describe('reach and isolation', () => {
  it.each(CLASSIC_NAMES)('match the reference on %s (horizon 2)', (name) => {
    const { network, reference } = loadClassic(name);
    expectColumn(network, reach(network), (id) => reference.nodes[id].reach, 'reach');
    expectColumn(network, isolation(network), (id) => reference.nodes[id].isolation, 'isolation');
  });

  it('follows flow direction, out of each organisation (hand-derived)', () => {
    // Out of a: b (1), c (2), d (3); b: c (1), a and d (2); c: a and d (1), b (2); e: f (1). Over n − 1 = 6.
    const network = cycleWithTail(true);
    const share = (counts: number[]) => counts.map((count) => expect.closeTo(count / 6, 12));
    expect(Array.from(reach(network, { horizon: 1 }))).toEqual(share([1, 1, 2, 0, 1, 0, 0]));
    expect(Array.from(reach(network))).toEqual(share([2, 3, 3, 0, 1, 0, 0]));
    expect(Array.from(reach(network, { horizon: 3 }))).toEqual(share([3, 3, 3, 0, 1, 0, 0]));
    expect(Array.from(isolation(network))).toEqual(share([4, 3, 3, 6, 5, 6, 6]));
  });

  it('is empty (NaN) when there is no one else to reach', () => {
    const lone = createNetwork({ organisations: [{ id: 'x' }], flows: [{ source: 'x', target: 'x' }] });
    expect(reach(lone)[0]).toBeNaN();
    expect(isolation(lone)[0]).toBeNaN();
  });

  it('agrees with Floyd–Warshall distances on random graphs, at horizons 1 to 4', () => {
    fc.assert(
      fc.property(randomGraph(), fc.integer({ min: 1, max: 4 }), (graph, horizon) => {
        const d = floydWarshall(graph);
        const ours = reach(networkOf(graph), { horizon });
        return ours.every((value, u) => {
          const within = d[u].filter((x, v) => v !== u && x <= horizon).length;
          return close(value, graph.n > 1 ? within / (graph.n - 1) : Number.NaN);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('refuses a horizon that is not a whole number of steps', () => {
    const network = cycleWithTail(true);
    expect(() => reach(network, { horizon: 0 })).toThrow(/knet: reach: horizon must be a whole number/);
    expect(() => isolation(network, { horizon: 1.5 })).toThrow(/knet: isolation: horizon/);
    expect(() => reach(network, { horizon: Number.POSITIVE_INFINITY })).toThrow(/horizon/);
  });
});
