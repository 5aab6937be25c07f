// The Lanczos fallback and its tridiagonal eigensolver, against closed forms: the path graph's eigenvector
// sin(iπ/(n+1)) and the eigenvalues 2 − 2cos(kπ/(m+1)) of the second-difference matrix.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { csrOf } from './csr.js';
import { leadingEigenvector, topEigenpair } from './lanczos.js';

describe('topEigenpair', () => {
  it.each([1, 2, 5, 40])('finds the largest eigenpair of tridiag(−1, 2, −1) of size %i', (m) => {
    // Eigenvalues 2 − 2cos(kπ/(m+1)); the largest (k = m) is 2 + 2cos(π/(m+1)) with eigenvector
    // v_i = (−1)^i sin(iπ/(m+1)) (up to sign).
    const { value, vector } = topEigenpair(new Array(m).fill(2), new Array(m - 1).fill(-1));
    expect(value).toBeCloseTo(2 + 2 * Math.cos(Math.PI / (m + 1)), 12);
    const expected = Array.from({ length: m }, (_, i) => (-1) ** i * Math.sin(((i + 1) * Math.PI) / (m + 1)));
    const length = Math.hypot(...expected);
    const sign = Math.sign(vector[0]) || 1;
    vector.forEach((v, i) => expect(sign * v).toBeCloseTo(expected[i] / length, 10));
  });

  it('copes with a zero off-diagonal (a split matrix) and picks the larger block', () => {
    const { value, vector } = topEigenpair([1, 5, 3], [0, 0]);
    expect(value).toBeCloseTo(5, 12);
    expect(Array.from(vector).map(Math.abs)).toEqual([0, 1, 0].map((x) => expect.closeTo(x, 10)));
  });
});

describe('leadingEigenvector', () => {
  it('finds the path graph’s sin(iπ/(n+1)) where the power iteration would crawl', () => {
    // A path of 600: the top two eigenvalues of A differ by about 3π²/n², so power iteration needs ~10⁶ steps.
    const n = 600;
    const network = createNetwork({ flows: Array.from({ length: n - 1 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}` })) });
    const start = new Float64Array(n).fill(1);
    const x = leadingEigenvector(csrOf(network).out, start, { tolerance: 1e-12, basis: 120, restarts: 200, reorthogonalise: true });
    expect(x).toBeDefined();
    const expected = Array.from({ length: n }, (_, i) => Math.sin(((i + 1) * Math.PI) / (n + 1)));
    const length = Math.hypot(...expected);
    let error = 0;
    x!.forEach((v, i) => (error = Math.max(error, Math.abs(v - expected[i] / length))));
    expect(error).toBeLessThan(1e-9);
  });

  it('settles without reorthogonalising on a clustered network, to the same vector', () => {
    // Two dense groups joined by one tie: a small spectral gap, where plain Lanczos loses orthogonality soonest.
    const flows = [];
    for (const group of ['a', 'b']) for (let i = 0; i < 30; i++) for (let j = i + 1; j < 30; j += 1 + (i % 3)) flows.push({ source: `${group}${i}`, target: `${group}${j}`, weight: 1 + ((i * j) % 4) });
    flows.push({ source: 'a0', target: 'b0' });
    const adjacency = csrOf(createNetwork({ flows })).out;
    const start = new Float64Array(60).fill(1);
    const plain = leadingEigenvector(adjacency, start, { tolerance: 1e-12, basis: 40, restarts: 10, reorthogonalise: false });
    const full = leadingEigenvector(adjacency, start, { tolerance: 1e-12, basis: 40, restarts: 10, reorthogonalise: true });
    expect(plain).toBeDefined();
    expect(full).toBeDefined();
    plain!.forEach((v, i) => expect(Math.abs(v - full![i])).toBeLessThan(1e-9));
  });

  it('says so (undefined) when it cannot settle within its restarts', () => {
    const n = 600;
    const network = createNetwork({ flows: Array.from({ length: n - 1 }, (_, i) => ({ source: `p${i}`, target: `p${i + 1}` })) });
    expect(leadingEigenvector(csrOf(network).out, new Float64Array(n).fill(1), { tolerance: 1e-12, basis: 4, restarts: 1, reorthogonalise: true })).toBeUndefined();
  });
});
