// PageRank against NetworkX (classic networks, the local-metrics fixture), hand-solved small cases, and on
// random weighted networks against the exact solution of the PageRank linear system (dense elimination).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { LOCAL_NAMES, loadLocal } from '../../../test/helpers/local-metrics.js';
import { pagerank } from './pagerank.js';

/** SPEC section 4: PageRank within 1e-6 of NetworkX. */
const PAGERANK_TOLERANCE = 1e-6;

describe('pagerank', () => {
  it.each(CLASSIC_NAMES)('equals nx.pagerank(G, alpha=0.85, weight=weight) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    // Our values sit within 1e-8 of converged NetworkX: check far inside SPEC's bound.
    expectColumn(network, pagerank(network), (id) => reference.nodes[id].pagerank, 'pagerank', 1e-8);
  });

  it.each(LOCAL_NAMES)('equals NetworkX with dangling organisations, self-loops, repeats and isolates (%s)', (name) => {
    const { network, reference } = loadLocal(name);
    expectColumn(network, pagerank(network), (id) => reference.nodes.pagerank[id], 'pagerank', PAGERANK_TOLERANCE);
  });

  it('spreads a dangling organisation’s share to everyone (hand-solved)', () => {
    // a→b (1 + 2, merged), a→a (ignored), c isolated. b and c have no outgoing flow, so their rank D = x_b + x_c
    // is spread evenly: x_a = x_c = (0.15 + 0.85 D)/3 and x_b = x_a + 0.85 x_a. With x_a + x_b + x_c = 1:
    // 3.85 x_a = 1, so x_a = x_c = 20/77 and x_b = 37/77.
    const network = createNetwork({
      directed: true,
      organisations: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
      flows: [
        { source: 'a', target: 'b', weight: 1 },
        { source: 'a', target: 'b', weight: 2 },
        { source: 'a', target: 'a', weight: 5 },
      ],
    });
    expect(Array.from(pagerank(network))).toEqual([20 / 77, 37 / 77, 20 / 77].map((x) => expect.closeTo(x, 10)));
  });

  it('follows undirected ties both ways (hand-solved path a–b–c)', () => {
    // x_b = 0.05 + 0.85 (x_a + x_c), x_a = x_c = 0.05 + 0.85 x_b / 2 and 2 x_a + x_b = 1 give x_a = 19/74, x_b = 18/37.
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] });
    expect(Array.from(pagerank(network))).toEqual([19 / 74, 18 / 37, 19 / 74].map((x) => expect.closeTo(x, 10)));
  });

  it('solves the PageRank linear system on random weighted networks', () => {
    fc.assert(
      fc.property(weightedGraph(), fc.double({ min: 0, max: 0.95, noNaN: true }), (graph, alpha) => {
        const ours = pagerank(networkOf(graph), { alpha });
        const exact = exactPagerank(graph, alpha);
        return ours.every((value, v) => Math.abs(value - exact[v]) <= 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('solves it on random undirected networks up to alpha 0.99, where the sweeps are over-relaxed', () => {
    const undirected = weightedGraph().map((graph) => ({ ...graph, directed: false }));
    fc.assert(
      fc.property(undirected, fc.double({ min: 0.9, max: 0.99, noNaN: true }), (graph, alpha) => {
        const ours = pagerank(networkOf(graph), { alpha });
        const exact = exactPagerank(graph, alpha);
        return ours.every((value, v) => Math.abs(value - exact[v]) <= 1e-9);
      }),
      { numRuns: 200 },
    );
  });

  it('over-relaxes undirected sweeps: a star at alpha 0.99 settles in under 120 sweeps (plain Gauss–Seidel: 917)', () => {
    const star = { n: 200, directed: false, flows: Array.from({ length: 199 }, (_, i): [number, number, number] => [0, i + 1, 1]) };
    const ours = pagerank(networkOf(star), { alpha: 0.99, maxIterations: 120 });
    const exact = exactPagerank(star, 0.99);
    expect(Math.max(...ours.map((value, v) => Math.abs(value - exact[v])))).toBeLessThan(1e-10);
  });

  it('does not over-relax directed sweeps: a directed path, swept along its flows, settles in 7 (over-relaxed: 20)', () => {
    const path = { n: 200, directed: true, flows: Array.from({ length: 199 }, (_, i): [number, number, number] => [i, i + 1, 1]) };
    const ours = pagerank(networkOf(path), { maxIterations: 7 });
    const exact = exactPagerank(path, 0.85);
    expect(Math.max(...ours.map((value, v) => Math.abs(value - exact[v])))).toBeLessThan(1e-10);
  });

  it('validates its options and handles the empty network', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }] });
    expect(() => pagerank(network, { alpha: 1 })).toThrow(/knet: pagerank: alpha must be a number from 0 to 1/);
    expect(() => pagerank(network, { tolerance: 0 })).toThrow(/knet: pagerank: tolerance/);
    expect(() => pagerank(network, { maxIterations: 0.5 })).toThrow(/knet: pagerank: maxIterations must be a whole number/);
    expect(() => pagerank(createNetwork({ directed: true, flows: [{ source: 'a', target: 'b' }] }), { maxIterations: 2 })).toThrow(/knet: pagerank: did not settle within 2 iterations/);
    expect(pagerank(createNetwork({ flows: [] }))).toHaveLength(0);
    expect(Array.from(pagerank(createNetwork({ organisations: [{ id: 'x' }], flows: [] })))).toEqual([1]);
  });
});

interface WeightedGraph {
  n: number;
  directed: boolean;
  flows: [number, number, number][];
}

function weightedGraph(): fc.Arbitrary<WeightedGraph> {
  return fc.record({ n: fc.integer({ min: 1, max: 14 }), directed: fc.boolean() }).chain(({ n, directed }) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(0.5, 1, 2, 3.25)), { maxLength: 40 })
      .map((flows) => ({ n, directed, flows })),
  );
}

function networkOf(graph: WeightedGraph) {
  return createNetwork({
    directed: graph.directed,
    organisations: Array.from({ length: graph.n }, (_, i) => ({ id: `o${i}` })),
    flows: graph.flows.map(([s, t, weight]) => ({ source: `o${s}`, target: `o${t}`, weight })),
  });
}

/**
 * x = α (Pᵀx + (d·x)/n 1) + (1 − α)/n 1 with Σx = 1, i.e. (I − α Pᵀ − (α/n) 1 dᵀ) x = (1 − α)/n 1, solved by
 * Gaussian elimination with partial pivoting. P is built straight from the flow list (repeats summed, self-loops
 * dropped, undirected flows both ways); d marks organisations with no outgoing weight.
 */
function exactPagerank(graph: WeightedGraph, alpha: number): number[] {
  const { n } = graph;
  const w = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (const [s, t, weight] of graph.flows) {
    if (s === t) continue;
    w[s][t] += weight;
    if (!graph.directed) w[t][s] += weight;
  }
  const strength = w.map((row) => row.reduce((a, b) => a + b, 0));
  const m = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n + 1 }, (_, j) => {
      if (j === n) return (1 - alpha) / n;
      const walk = strength[j] > 0 ? w[j][i] / strength[j] : 1 / n;
      return (i === j ? 1 : 0) - alpha * walk;
    }),
  );
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) pivot = r;
    [m[col], m[pivot]] = [m[pivot], m[col]];
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const f = m[r][col] / m[col][col];
      for (let c = col; c <= n; c++) m[r][c] -= f * m[col][c];
    }
  }
  return m.map((row, i) => row[n] / row[i]);
}
