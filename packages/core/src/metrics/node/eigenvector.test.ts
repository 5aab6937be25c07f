// Eigenvector centrality against NetworkX (classic networks, the local-metrics fixture), empty where SPEC says
// so, and on random connected weighted networks against the eigen-equation A x = λ x itself.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../../model/builder.js';
import { CLASSIC_NAMES, expectColumn, loadClassic } from '../../../test/helpers/classic.js';
import { loadLocal } from '../../../test/helpers/local-metrics.js';
import { eigenvector } from './eigenvector.js';

/** SPEC section 4: eigenvector centrality within 1e-5 of NetworkX. */
const EIGENVECTOR_TOLERANCE = 1e-5;

describe('eigenvector', () => {
  it.each(CLASSIC_NAMES)('equals nx.eigenvector_centrality(G, weight=weight) on %s', (name) => {
    const { network, reference } = loadClassic(name);
    // Converged tightly, our values sit within 1e-9 of converged NetworkX: check far inside SPEC's bound.
    expectColumn(network, eigenvector(network), (id) => reference.nodes[id].eigenvector, 'eigenvector', 1e-9);
  });

  it('equals NetworkX with self-loops and repeated flows (connected fixture)', () => {
    const { network, reference } = loadLocal('connected');
    expectColumn(network, eigenvector(network), (id) => reference.nodes.eigenvector[id], 'eigenvector', EIGENVECTOR_TOLERANCE);
  });

  it('is empty on split and on directed networks, as SPEC section 4 says', () => {
    const split = createNetwork({ organisations: [{ id: 'lonely' }], flows: [{ source: 'a', target: 'b' }] });
    expect(Array.from(eigenvector(split)).every(Number.isNaN)).toBe(true);
    const directed = createNetwork({ directed: true, flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }] });
    expect(Array.from(eigenvector(directed)).every(Number.isNaN)).toBe(true);
    expect(eigenvector(createNetwork({ flows: [] }))).toHaveLength(0);
  });

  it('gives a lone organisation 1 and a pair 1/√2 each (hand-derived)', () => {
    // One organisation: x = (1), already unit length. A pair a–b: A = [[0, w], [w, 0]], the leading
    // eigenvector is (1, 1)/√2 whatever the weight; the self-loop b–b is ignored.
    expect(Array.from(eigenvector(createNetwork({ organisations: [{ id: 'x' }], flows: [] })))).toEqual([1]);
    const pair = createNetwork({ flows: [{ source: 'a', target: 'b', weight: 3 }, { source: 'b', target: 'b', weight: 9 }] });
    expect(Array.from(eigenvector(pair))).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((x) => expect.closeTo(x, 10)));
  });

  it('satisfies A x = λ x with x positive and of unit length on random connected networks', () => {
    fc.assert(
      fc.property(connectedGraph(), ({ n, flows }) => {
        const network = createNetwork({
          organisations: Array.from({ length: n }, (_, i) => ({ id: `o${i}` })),
          flows: flows.map(([s, t, weight]) => ({ source: `o${s}`, target: `o${t}`, weight })),
        });
        const x = eigenvector(network);
        // A built from the raw flow list: repeats summed, self-loops dropped.
        const a = Array.from({ length: n }, () => new Array<number>(n).fill(0));
        for (const [s, t, weight] of flows) if (s !== t) (a[s][t] += weight), (a[t][s] += weight);
        const ax = a.map((row) => row.reduce((sum, w, j) => sum + w * x[j], 0));
        const lambda = ax.reduce((sum, value, i) => sum + value * x[i], 0);
        const norm = Math.hypot(...x);
        const residual = Math.max(...ax.map((value, i) => Math.abs(value - lambda * x[i])));
        return Math.abs(norm - 1) < 1e-12 && x.every((value) => value > 0) && residual <= 1e-8 * (1 + lambda);
      }),
      { numRuns: 200 },
    );
  });

  it('finishes with Lanczos where the power iteration crawls: a long chain equals sin(iπ/(n+1))', () => {
    // A path of 400 (weights 2 scale A, not its eigenvector): the power iteration would need ~10⁶ steps.
    const n = 400;
    const network = createNetwork({
      flows: Array.from({ length: n - 1 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}`, weight: 2 })),
    });
    const x = eigenvector(network);
    const expected = Array.from({ length: n }, (_, i) => Math.sin(((i + 1) * Math.PI) / (n + 1)));
    const length = Math.hypot(...expected);
    x.forEach((value, i) => expect(Math.abs(value - expected[i] / length)).toBeLessThan(1e-9));
  });

  it('gives the same vector by plain Lanczos, by the power iteration and by reorthogonalised Lanczos, on random connected networks', () => {
    fc.assert(
      fc.property(connectedGraph(), ({ n, flows }) => {
        const network = createNetwork({
          organisations: Array.from({ length: n }, (_, i) => ({ id: `o${i}` })),
          flows: flows.map(([s, t, weight]) => ({ source: `o${s}`, target: `o${t}`, weight })),
        });
        const plain = eigenvector(network);
        const power = eigenvector(network, { method: 'power' });
        const reorthogonalised = eigenvector(network, { method: 'power', maxIterations: 1 });
        return power.every((value, i) => Math.abs(value - plain[i]) <= 1e-8 && Math.abs(value - reorthogonalised[i]) <= 1e-8);
      }),
      { numRuns: 200 },
    );
  });

  it.each(CLASSIC_NAMES)('reaches the power iteration’s vector on %s with either method', (name) => {
    const { network } = loadClassic(name);
    const plain = eigenvector(network);
    const power = eigenvector(network, { method: 'power' });
    plain.forEach((value, i) => expect(Math.abs(value - power[i])).toBeLessThan(1e-9));
  });

  it('validates its options', () => {
    const network = createNetwork({ flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] });
    expect(() => eigenvector(network, { tolerance: -1 })).toThrow(/knet: eigenvector: tolerance/);
    expect(() => eigenvector(network, { maxIterations: 0 })).toThrow(/knet: eigenvector: maxIterations must be a whole number/);
    expect(() => eigenvector(network, { residual: 2 })).toThrow(/knet: eigenvector: residual/);
    expect(() => eigenvector(network, { method: 'arnoldi' as never })).toThrow(/knet: eigenvector: method must be 'lanczos' or 'power'/);
    expect(() => eigenvector(null as never)).toThrow(/knet: eigenvector: expected a Network/);
  });
});

/** A path through every organisation (so it is connected) plus random weighted ties, repeats and self-loops. */
function connectedGraph(): fc.Arbitrary<{ n: number; flows: [number, number, number][] }> {
  return fc.integer({ min: 2, max: 14 }).chain((n) =>
    fc
      .array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(0.5, 1, 2, 3.25)), { maxLength: 40 })
      .map((extra) => ({
        n,
        flows: [...Array.from({ length: n - 1 }, (_, i) => [i, i + 1, 1] as [number, number, number]), ...extra],
      })),
  );
}
