// The worker_threads runner: the same columns as the serial pass (to 1e-12) on reference and random
// networks, directed and sampled; abort and bad options. Workers run the kernel from its source text.
import { describe, expect, it } from 'vitest';
import { NetworkBuilder } from '../model/builder.js';
import type { Network } from '../model/network.js';
import { loadClassic } from '../../test/helpers/classic.js';
import { seededRandom } from './random.js';
import { betweenness } from '../metrics/node/betweenness.js';
import { betweennessInWorkers, pathMetricsInWorkers } from './paths-node-workers.js';
import { type PathMetrics, pathMetrics } from './paths.js';

/** n organisations, m random flows (some repeated, some self-loops), from a seed. */
function randomNetwork(n: number, m: number, directed: boolean, seed: number): Network {
  const builder = new NetworkBuilder(directed, m);
  for (let i = 0; i < n; i++) builder.addOrganisation({ id: `o${i}` });
  const random = seededRandom(seed);
  for (let f = 0; f < m; f++) builder.addFlowByIndex(Math.floor(random() * n), Math.floor(random() * n));
  return builder.finish();
}

function expectSame(parallel: PathMetrics, serial: PathMetrics): void {
  for (const column of ['betweenness', 'closeness', 'harmonic', 'reach', 'isolation'] as const) {
    const a = parallel[column];
    const b = serial[column];
    expect(a).toHaveLength(b.length);
    const worst = a.reduce((max, x, i) => (Number.isNaN(x) && Number.isNaN(b[i]) ? max : Math.max(max, Math.abs(x - b[i]) / (1 + Math.abs(b[i])))), 0);
    expect(worst, column).toBeLessThanOrEqual(1e-12);
  }
  for (const figure of ['fragmentation', 'averageShortestPath'] as const) {
    if (Number.isNaN(serial[figure])) expect(parallel[figure], figure).toBeNaN();
    else expect(parallel[figure], figure).toBeCloseTo(serial[figure], 12);
  }
  expect([parallel.exact, parallel.sources, parallel.horizon]).toEqual([serial.exact, serial.sources, serial.horizon]);
}

describe('pathMetricsInWorkers', () => {
  it('equals the serial pass on a reference network', async () => {
    const { network } = loadClassic('lesmis');
    expectSame(await pathMetricsInWorkers(network, { workers: 2, minChunk: 5 }), pathMetrics(network));
  });

  it.each([false, true])('equals the serial pass on a random network of 1,500 (directed: %s)', async (directed) => {
    const network = randomNetwork(1500, 4000, directed, 42);
    const progress: number[] = [];
    const parallel = await pathMetricsInWorkers(network, { workers: 3, horizon: 3, onProgress: (done) => progress.push(done) });
    expectSame(parallel, pathMetrics(network, { horizon: 3 }));
    expect(progress.at(-1)).toBe(1500);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it('equals the serial pass in sampled mode, and gives the same sums with any number of workers', async () => {
    const network = randomNetwork(800, 2400, true, 7);
    const options = { sampleSources: 100, seed: 9 };
    const first = await pathMetricsInWorkers(network, { ...options, workers: 2, minChunk: 3 });
    expectSame(first, pathMetrics(network, options));
    const second = await pathMetricsInWorkers(network, { ...options, workers: 3, minChunk: 3 });
    expect(second.betweenness).toEqual(first.betweenness);
  });

  it('can skip betweenness, as the serial pass', async () => {
    const network = randomNetwork(300, 900, true, 5);
    const parallel = await pathMetricsInWorkers(network, { workers: 2, betweenness: false });
    expect(parallel.betweenness.every(Number.isNaN)).toBe(true);
    expectSame(parallel, pathMetrics(network, { betweenness: false }));
  });

  it('copes with empty and tiny networks', async () => {
    expectSame(await pathMetricsInWorkers(randomNetwork(0, 0, false, 1), { workers: 2 }), pathMetrics(randomNetwork(0, 0, false, 1)));
    expectSame(await pathMetricsInWorkers(randomNetwork(3, 2, false, 1), { workers: 4 }), pathMetrics(randomNetwork(3, 2, false, 1)));
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    controller.abort(new Error('stopped by the user'));
    await expect(pathMetricsInWorkers(randomNetwork(50, 100, false, 1), { workers: 1, signal: controller.signal })).rejects.toThrow(
      'stopped by the user',
    );
  });

  it('refuses bad options, naming knet', async () => {
    const network = randomNetwork(5, 5, false, 1);
    await expect(pathMetricsInWorkers(network, { workers: -1 })).rejects.toThrow(/knet: pathMetricsInWorkers: workers must be a whole number/);
    await expect(pathMetricsInWorkers(network, { minChunk: 0 })).rejects.toThrow(/minChunk/);
    await expect(pathMetricsInWorkers(network, { horizon: 0 })).rejects.toThrow(/knet: pathMetricsInWorkers: horizon/);
  });
});

describe('betweennessInWorkers', () => {
  it.each([false, true])('equals betweenness() on a random network of 1,500 (directed: %s), exact and sampled', async (directed) => {
    const network = randomNetwork(1500, 4000, directed, 11);
    const close = (a: Float64Array, b: Float64Array) => a.every((x, i) => Math.abs(x - b[i]) <= 1e-12 * (1 + Math.abs(b[i])));
    expect(close(await betweennessInWorkers(network, { workers: 2 }), betweenness(network))).toBe(true);
    const sampled = { sampleSources: 200, seed: 4 };
    expect(close(await betweennessInWorkers(network, { ...sampled, workers: 3 }), betweenness(network, sampled))).toBe(true);
  });

  it('equals betweenness() on a reference network and copes with an empty one', async () => {
    const { network } = loadClassic('lesmis');
    const parallel = await betweennessInWorkers(network, { workers: 2, minChunk: 5 });
    betweenness(network).forEach((value, i) => expect(parallel[i]).toBeCloseTo(value, 12));
    expect(await betweennessInWorkers(randomNetwork(0, 0, false, 1), { workers: 2 })).toHaveLength(0);
  });

  it('refuses bad options, naming itself', async () => {
    await expect(betweennessInWorkers(randomNetwork(5, 5, false, 1), { workers: 1.5 })).rejects.toThrow(/knet: betweennessInWorkers: workers/);
  });
});
