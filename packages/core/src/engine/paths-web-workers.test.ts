// The Web Worker runner, in Node: a stand-in Worker runs the worker source in a fresh VM context with only
// `self` (the browser branch of the source, as a Blob URL worker would), messages structured-cloned.
import { resolveObjectURL } from 'node:buffer';
import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadClassic } from '../../test/helpers/classic.js';
import { cycleWithTail } from '../../test/helpers/path-cases.js';
import { pathMetricsInWebWorkers } from './paths-web-workers.js';
import { pathMetrics } from './paths.js';

/** Browser-like worker: onmessage/postMessage/terminate, asynchronous delivery, no `require` inside. */
class StandInWorker {
  static created = 0;
  static terminated = 0;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message?: string }) => void) | null = null;
  private readonly inside: { onmessage?: (event: { data: unknown }) => void; postMessage: (data: unknown) => void };
  private readonly ready: Promise<void>;

  constructor(url: string) {
    StandInWorker.created++;
    this.inside = { postMessage: (data) => setTimeout(() => this.onmessage?.({ data: structuredClone(data) })) };
    const blob = resolveObjectURL(url);
    if (!blob) throw new Error(`no Blob behind ${url}`);
    this.ready = blob.text().then((source) => {
      runInNewContext(source, { self: this.inside });
    });
  }

  postMessage(message: unknown): void {
    const copy = structuredClone(message);
    void this.ready.then(() => setTimeout(() => this.inside.onmessage?.({ data: copy })));
  }

  terminate(): void {
    StandInWorker.terminated++;
  }
}

afterEach(() => vi.unstubAllGlobals());

describe('pathMetricsInWebWorkers', () => {
  it('equals the serial pass, using the browser branch of the worker source', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    StandInWorker.created = StandInWorker.terminated = 0;
    const { network } = loadClassic('karate');
    const parallel = await pathMetricsInWebWorkers(network, { workers: 3, minChunk: 2 });
    const serial = pathMetrics(network);
    for (const column of ['betweenness', 'closeness', 'harmonic', 'reach', 'isolation'] as const) {
      parallel[column].forEach((x, i) => expect(Math.abs(x - serial[column][i])).toBeLessThanOrEqual(1e-12 * (1 + Math.abs(serial[column][i]))));
    }
    expect(parallel.averageShortestPath).toBeCloseTo(serial.averageShortestPath, 12);
    expect([StandInWorker.created, StandInWorker.terminated]).toEqual([3, 3]);
  });

  it('works on a directed network with sampling', async () => {
    vi.stubGlobal('Worker', StandInWorker);
    const network = cycleWithTail(true);
    const options = { sampleSources: 4, seed: 2 };
    const parallel = await pathMetricsInWebWorkers(network, { ...options, workers: 2, minChunk: 1 });
    expect(Array.from(parallel.betweenness)).toEqual(Array.from(pathMetrics(network, options).betweenness));
    expect(parallel.exact).toBe(false);
  });

  it('says so when there are no Web Workers', async () => {
    vi.stubGlobal('Worker', undefined);
    await expect(pathMetricsInWebWorkers(cycleWithTail(false))).rejects.toThrow(/knet: pathMetricsInWebWorkers: this environment has no Web Workers/);
  });
});
