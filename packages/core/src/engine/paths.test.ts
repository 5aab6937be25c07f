// The shared BFS pass: every column against NetworkX references (classic networks; the CLI fixture,
// directed and undirected, with an isolate and split parts), one pass = the single-metric functions,
// source ranges that add up to the whole, and sampled mode.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { betweenness } from '../metrics/node/betweenness.js';
import { closeness } from '../metrics/node/closeness.js';
import { harmonic } from '../metrics/node/harmonic.js';
import { isolation, reach } from '../metrics/node/reach.js';
import { fragmentation } from '../metrics/network/fragmentation.js';
import { CLASSIC_NAMES, CLI_FIXTURE_DIR, expectColumn, loadClassic, loadCliReference, loadCsvFolder } from '../../test/helpers/classic.js';
import { cycleWithTail } from '../../test/helpers/path-cases.js';
import { networkOf, randomGraph } from '../../test/helpers/random-graphs.js';
import { accumulatePaths, addPartial } from './paths-kernel.js';
import { sampleSourceList } from './paths-sample.js';
import { ALL_PATH_WANTS, pathMetrics, pathTasks, planPaths, resolvePathOptions, runPathsSerial } from './paths.js';

const COLUMNS = ['betweenness', 'closeness', 'harmonic', 'reach', 'isolation'] as const;

describe('pathMetrics', () => {
  it.each(CLASSIC_NAMES)('gives every path column of the NetworkX reference for %s in one pass', (name) => {
    const { network, reference } = loadClassic(name);
    const result = pathMetrics(network);
    for (const column of COLUMNS) expectColumn(network, result[column], (id) => reference.nodes[id][column], column);
    expect(result).toMatchObject({ horizon: 2, exact: true, sources: network.order, fragmentation: 0 });
  });

  it.each([false, true])('matches NetworkX on the CLI fixture, split with an isolate (directed: %s)', (directed) => {
    // reference.py computes these with nx on a DiGraph when directed: incoming closeness and harmonic.
    const reference = loadCliReference()[directed ? 'directed' : 'undirected'];
    const network = loadCsvFolder(CLI_FIXTURE_DIR, directed);
    const result = pathMetrics(network);
    for (const column of ['betweenness', 'closeness', 'harmonic', 'reach'] as const) {
      expectColumn(network, result[column], (id) => reference[column][id], column);
    }
    expectColumn(network, pathMetrics(network, { horizon: 3 }).reach, (id) => reference.reach3[id], 'reach3');
  });

  it('equals the single-metric functions', () => {
    fc.assert(
      fc.property(randomGraph(), fc.integer({ min: 1, max: 3 }), (graph, horizon) => {
        const network = networkOf(graph);
        const all = pathMetrics(network, { horizon });
        expect(all.betweenness).toEqual(betweenness(network));
        expect(all.closeness).toEqual(closeness(network));
        expect(all.harmonic).toEqual(harmonic(network));
        expect(all.reach).toEqual(reach(network, { horizon }));
        expect(all.isolation).toEqual(isolation(network, { horizon }));
        expect(all.fragmentation).toBe(fragmentation(network));
      }),
      { numRuns: 150 },
    );
  });

  it('can skip betweenness, leaving that column empty and the others unchanged', () => {
    const { network } = loadClassic('florentine');
    const all = pathMetrics(network);
    const without = pathMetrics(network, { betweenness: false });
    expect(without.betweenness.every(Number.isNaN)).toBe(true);
    for (const column of ['closeness', 'harmonic', 'reach', 'isolation'] as const) expect(without[column]).toEqual(all[column]);
    expect(() => pathMetrics(network, { betweenness: 'no' as never })).toThrow(/knet: pathMetrics: betweenness must be true or false/);
  });

  it('reports fragmentation and average distance (hand-derived: 10 of 42 pairs, 16 steps)', () => {
    const result = pathMetrics(cycleWithTail(true));
    expect(result.fragmentation).toBeCloseTo(1 - 10 / 42, 12);
    expect(result.averageShortestPath).toBeCloseTo(1.6, 12);
  });

  it('handles the empty network and a lone organisation', () => {
    const empty = pathMetrics(createNetwork({ flows: [] }));
    expect(empty.betweenness).toHaveLength(0);
    expect(empty.fragmentation).toBeNaN();
    const lone = pathMetrics(createNetwork({ organisations: [{ id: 'x' }], flows: [] }));
    expect([lone.betweenness[0], lone.closeness[0], lone.harmonic[0]]).toEqual([0, 0, 0]);
    expect(lone.reach[0]).toBeNaN();
  });

  it('in sampled mode keeps reach exact and says the rest is estimated', () => {
    const { network } = loadClassic('lesmis');
    const exact = pathMetrics(network);
    const sampled = pathMetrics(network, { sampleSources: 30, seed: 11 });
    expect(sampled).toMatchObject({ exact: false, sources: 30 });
    expect(sampled.reach).toEqual(exact.reach);
    expect(sampled.isolation).toEqual(exact.isolation);
    expect(sampled.fragmentation).toBe(0);
    expect(Math.abs(sampled.averageShortestPath - exact.averageShortestPath)).toBeLessThan(0.3);
    expect(pathMetrics(network, { sampleSources: 500 })).toMatchObject({ exact: true, sources: 77, errorBound: 0 });
  });

  it('states an error bound that the sampled estimates keep', () => {
    // Hoeffding at 95% per organisation: sqrt(ln(40) / (2(k − 1))); with k = 40, about 0.217. Across many
    // seeds at most a few percent of (organisation, seed) estimates may fall outside; here we expect none
    // to, since the bound is loose for these small networks.
    const { network } = loadClassic('lesmis');
    const exact = pathMetrics(network);
    for (let seed = 1; seed <= 5; seed++) {
      const sampled = pathMetrics(network, { sampleSources: 40, seed });
      expect(sampled.errorBound).toBeCloseTo(Math.sqrt(Math.log(40) / 78), 12);
      for (const column of ['betweenness', 'harmonic'] as const) {
        sampled[column].forEach((value, v) => expect(Math.abs(value - exact[column][v])).toBeLessThanOrEqual(sampled.errorBound));
      }
    }
  });

  it('reports progress up to the number of sources', () => {
    const { network } = loadClassic('karate');
    const calls: [number, number][] = [];
    pathMetrics(network, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([34, 34]);
    // Sampled: 10 full searches, then 34 horizon searches for exact reach.
    calls.length = 0;
    pathMetrics(network, { sampleSources: 10, onProgress: (done, total) => calls.push([done, total]) });
    expect(calls.at(-1)).toEqual([44, 44]);
  });

  it('refuses bad options with messages naming knet and the option', () => {
    const network = cycleWithTail(false);
    expect(() => pathMetrics(network, { horizon: -1 })).toThrow(/knet: pathMetrics: horizon must be a whole number of steps/);
    expect(() => pathMetrics(network, { sampleSources: -2 })).toThrow(/knet: pathMetrics: sampleSources/);
    expect(() => pathMetrics(network, { onProgress: 3 as never })).toThrow(/onProgress must be a function/);
    expect(() => pathMetrics(network, 'fast' as never)).toThrow(/knet: pathMetrics: options must be an object/);
    expect(() => pathMetrics([] as never)).toThrow(/knet: pathMetrics: expected a Network/);
    // Undefined means "use the default", as with the other option objects.
    expect(pathMetrics(network, { horizon: undefined }).horizon).toBe(2);
  });
});

describe('the kernel', () => {
  it('gives the same sums for any split of the sources into ranges', () => {
    fc.assert(
      fc.property(randomGraph(30, 90), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 4 }), (graph, cuts) => {
        const network = networkOf(graph);
        const plan = planPaths(network, resolvePathOptions('test', network));
        const [task] = pathTasks(plan, ALL_PATH_WANTS);
        const whole = accumulatePaths(plan.graph, task);
        const bounds = [0, ...cuts.map((c) => Math.floor(c * graph.n)).sort((a, b) => a - b), graph.n];
        const parts = bounds.slice(1).map((to, i) => accumulatePaths(plan.graph, { ...task, from: bounds[i], to }));
        const sum = parts[0];
        for (const part of parts.slice(1)) addPartial(sum, part);
        const near = (a: Float64Array, b: Float64Array) => a.every((x, i) => Math.abs(x - b[i]) <= 1e-12 * (1 + Math.abs(b[i])));
        return (
          near(sum.betweenness, whole.betweenness) &&
          near(sum.distanceSum, whole.distanceSum) &&
          near(sum.harmonicSum, whole.harmonicSum) &&
          sum.reachedBy.every((x, i) => x === whole.reachedBy[i]) &&
          sum.withinHorizon.every((x, i) => x === whole.withinHorizon[i]) &&
          sum.reachablePairs === whole.reachablePairs &&
          sum.distanceTotal === whole.distanceTotal
        );
      }),
      { numRuns: 200 },
    );
  });

  it('stops reach-only searches at the horizon but counts the same', () => {
    const { network } = loadClassic('lesmis');
    const plan = planPaths(network, resolvePathOptions('test', network, { horizon: 2 }));
    const reachOnly = runPathsSerial(plan, { betweenness: false, distances: false, reach: true });
    const full = runPathsSerial(plan, ALL_PATH_WANTS);
    expect(reachOnly.withinHorizon).toEqual(full.withinHorizon);
  });
});

describe('sampleSourceList', () => {
  it('draws k distinct organisations, ascending, the same for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 400 }), fc.integer(), (n, k, seed) => {
        const sample = sampleSourceList(n, k, seed);
        expect(sample).toHaveLength(Math.min(n, k));
        expect(new Set(sample).size).toBe(sample.length);
        sample.forEach((v, i) => {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(n);
          if (i > 0) expect(v).toBeGreaterThan(sample[i - 1]);
        });
        expect(sampleSourceList(n, k, seed)).toEqual(sample);
      }),
      { numRuns: 200 },
    );
  });

  it('spreads over the whole range (each organisation drawn about k/n of the time)', () => {
    const hits = new Float64Array(50);
    for (let seed = 0; seed < 2000; seed++) for (const v of sampleSourceList(50, 10, seed)) hits[v]++;
    // Expected 400 draws each; a binomial(2000, 0.2) stays within ±25% of its mean with overwhelming odds.
    for (const count of hits) expect(Math.abs(count - 400)).toBeLessThan(100);
  });
});
