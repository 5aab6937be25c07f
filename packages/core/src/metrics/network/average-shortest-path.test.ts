// Average distance against nx.average_shortest_path_length on connected networks, the NetworkX reference of
// the (split) CLI fixture, hand-derived cases, and Floyd–Warshall on random graphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { pathMetrics } from '../../engine/paths.js';
import { CLI_FIXTURE_DIR, loadClassic, loadCliReference, loadCsvFolder } from '../../../test/helpers/classic.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { close, floydWarshall, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { averageShortestPath } from './average-shortest-path.js';


// nx.average_shortest_path_length(G) with NetworkX 3.6.1 on the classic nodes.csv + edges.csv (all connected).
const NETWORKX = { karate: 2.408199643493761, lesmis: 2.6411483253588517, florentine: 2.4857142857142858, davis: 1.091503267973856 };

describe('averageShortestPath', () => {
  it.each(Object.entries(NETWORKX))('equals nx.average_shortest_path_length on %s', (name, expected) => {
    expect(averageShortestPath(loadClassic(name).network)).toBeCloseTo(expected, 12);
  });

  it('weights each component by its pairs on a split network (CLI fixture, NetworkX reference)', () => {
    const { summary } = loadCliReference();
    expect(averageShortestPath(loadCsvFolder(CLI_FIXTURE_DIR))).toBeCloseTo(summary.average_shortest_path, 12);
  });

  it('averages over reachable ordered pairs (hand-derived)', () => {
    // Directed: a → 1, 2, 3; b → 1, 2, 2; c → 1, 1, 2; e → 1: 16 over 10 pairs.
    expect(averageShortestPath(cycleWithTail(true))).toBeCloseTo(1.6, 12);
    // Undirected: a, b: 1 + 1 + 2 each; c: 3; d: 1 + 2 + 2; e, f: 1 each: 18 over 14 pairs.
    expect(averageShortestPath(cycleWithTail(false))).toBeCloseTo(18 / 14, 12);
  });

  it('is 0 for one organisation (as NetworkX) and NaN when no one reaches anyone', () => {
    expect(averageShortestPath(createNetwork({ organisations: [{ id: 'x' }], flows: [] }))).toBe(0);
    expect(averageShortestPath(createNetwork({ organisations: [{ id: 'x' }, { id: 'y' }], flows: [] }))).toBeNaN();
  });

  it('agrees with an exact pathMetrics run on the same network (shared pair totals)', () => {
    const network = cycleWithTail(true);
    expect(pathMetrics(network).averageShortestPath).toBe(averageShortestPath(network));
  });

  it('estimates from sampled sources, sharing the figure with a pathMetrics run of the same sample', () => {
    const { network } = loadClassic('lesmis');
    const options = { sampleSources: 30, seed: 4 };
    const estimate = averageShortestPath(network, options);
    expect(Math.abs(estimate - NETWORKX.lesmis)).toBeLessThan(0.3);
    expect(pathMetrics(network, options).averageShortestPath).toBe(estimate);
    expect(() => averageShortestPath(network, { sampleSources: 1 })).toThrow(/knet: averageShortestPath: sampleSources/);
  });

  it('agrees with Floyd–Warshall on random graphs', () => {
    fc.assert(
      fc.property(randomGraph(), (graph) => {
        const d = floydWarshall(graph);
        let pairs = 0;
        let total = 0;
        d.forEach((row, u) => row.forEach((x, v) => {
          if (u !== v && x < Infinity) (pairs += 1), (total += x);
        }));
        const expected = pairs > 0 ? total / pairs : graph.n === 1 ? 0 : Number.NaN;
        return close(averageShortestPath(networkOf(graph)), expected);
      }),
      { numRuns: 300 },
    );
  });
});
