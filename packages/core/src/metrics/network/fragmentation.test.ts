// Fragmentation (Borgatti) against the NetworkX reference of the CLI fixture, hand-derived directed and
// undirected cases, and Floyd–Warshall reachability on random graphs.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { loadCsvFolder } from '../../../test/helpers/classic.js';
import { cycleWithTail } from '../../../test/helpers/path-cases.js';
import { close, floydWarshall, networkOf, randomGraph } from '../../../test/helpers/random-graphs.js';
import { fragmentation } from './fragmentation.js';

const CLI_FIXTURE = new URL('../../../test/cli-fixtures/', import.meta.url).pathname;

describe('fragmentation', () => {
  it('matches 1 − Σ|C|(|C|−1) / (n(n−1)) from NetworkX on the CLI fixture', () => {
    const { summary } = JSON.parse(readFileSync(`${CLI_FIXTURE}reference.json`, 'utf8'));
    expect(fragmentation(loadCsvFolder(CLI_FIXTURE))).toBeCloseTo(summary.fragmentation, 12);
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

  it('refuses what is not a network', () => {
    expect(() => fragmentation(undefined as never)).toThrow(/knet: fragmentation: expected a Network/);
  });
});
