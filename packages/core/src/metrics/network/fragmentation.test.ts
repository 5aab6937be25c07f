// Fragmentation (Borgatti) against the NetworkX reference of the CLI fixture, hand-derived directed and
// undirected cases, and Floyd–Warshall reachability on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLI_FIXTURE_DIR, loadCliReference, loadCsvFolder } from '../../../test/helpers/classic.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { close, floydWarshall, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { sampleSourceList } from '../../engine/paths-sample.js';
import { fragmentation } from './fragmentation.js';


describe('fragmentation', () => {
  it('matches 1 − Σ|C|(|C|−1) / (n(n−1)) from NetworkX on the CLI fixture', () => {
    const { summary } = loadCliReference();
    expect(fragmentation(loadCsvFolder(CLI_FIXTURE_DIR))).toBeCloseTo(summary.fragmentation, 12);
  });

  it('counts ordered pairs that can reach each other (hand-derived)', () => {
    // Undirected: components of 4, 2, 1 give 12 + 2 + 0 = 14 of 42 ordered pairs → 1 − 14/42.
    expect(fragmentation(cycleWithTail(false))).toBeCloseTo(1 - 14 / 42, 12);
    // Directed: a, b and c each reach the other three of the cycle-and-tail, e reaches f: 10 of 42.
    expect(fragmentation(cycleWithTail(true))).toBeCloseTo(1 - 10 / 42, 12);
  });

  it('is 0 for a connected network, 1 with no ties, NaN below two organisations', () => {
    expect(fragmentation(createNetwork({ flows: [{ source: 'x', target: 'y' }] }))).toBe(0);
    expect(fragmentation(createNetwork({ organisations: [{ id: 'x' }, { id: 'y' }], flows: [] }))).toBe(1);
    expect(fragmentation(createNetwork({ organisations: [{ id: 'x' }], flows: [] }))).toBeNaN();
  });

  it('agrees with Floyd–Warshall reachability on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const d = floydWarshall(graph);
        let reachable = 0;
        d.forEach((row, u) => row.forEach((x, v) => (reachable += u !== v && x < Infinity ? 1 : 0)));
        const n = graph.n;
        return close(fragmentation(networkOf(graph)), n < 2 ? Number.NaN : 1 - reachable / (n * (n - 1)));
      }),
      { numRuns: 300 },
    );
  });

  it('estimates a directed network from sampled sources', () => {
    // A directed 40-cycle: everyone reaches everyone (fragmentation 0), whatever the sample.
    const ids = Array.from({ length: 40 }, (_, i) => `c${i}`);
    const cycle = createNetwork({ directed: true, flows: ids.map((id, i) => ({ source: id, target: ids[(i + 1) % 40] })) });
    expect(fragmentation(cycle, { sampleSources: 5, seed: 3 })).toBe(0);
    // Cycle with a tail: a, b and c each reach 3 others, e reaches 1, d, f and g none. From a sample S of 4,
    // the reachable pairs are scaled by n/k: 1 − (Σ_S reached · 7/4) / 42.
    const reached = [3, 3, 3, 0, 1, 0, 0];
    const sample = sampleSourceList(7, 4, 1);
    const expected = 1 - (Array.from(sample).reduce((sum, s) => sum + reached[s], 0) * 7) / 4 / 42;
    expect(fragmentation(cycleWithTail(true), { sampleSources: 4, seed: 1 })).toBeCloseTo(expected, 12);
  });

  it('refuses what is not a network', () => {
    expect(() => fragmentation(undefined as never)).toThrow(/knet: fragmentation: expected a Network/);
  });
});
