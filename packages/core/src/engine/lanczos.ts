// Leading eigenvector of a symmetric weight matrix by Lanczos with restarts: plain (the three-term recurrence
// alone), which reaches eigenvector centrality in about a quarter of the power iteration's passes over the ties,
// or with full reorthogonalisation, the fallback where even that crawls (long chains, tiny spectral gaps).
import type { Adjacency } from './csr.js';

export interface LanczosOptions {
  /** Stop when ‖A y − θ y‖ ≤ tolerance × |θ| for the unit Ritz vector y. */
  tolerance: number;
  /** Krylov basis vectors kept at once (memory: basis × n numbers). */
  basis: number;
  /** Restarts from the latest Ritz vector before giving up. */
  restarts: number;
  /**
   * Orthogonalise each new vector against the whole basis (two Gram–Schmidt passes: O(basis × n) a step).
   * Without it the basis drifts from orthogonal once the top pair converges, which only adds copies of
   * converged values; the residual check on the result is what vouches for it either way.
   */
  reorthogonalise: boolean;
}

/** Unit eigenvector of the largest eigenvalue (sign: positive sum), or undefined when it does not settle. */
export function leadingEigenvector(adjacency: Adjacency, start: Float64Array, options: LanczosOptions): Float64Array | undefined {
  const n = start.length;
  const size = Math.max(2, Math.min(options.basis, n));
  let x = scaled(start, 1 / norm(start));
  for (let restart = 0; restart <= options.restarts; restart++) {
    const basis: Float64Array[] = [];
    const alpha: number[] = [];
    const beta: number[] = [];
    let q = x;
    for (let j = 0; j < size; j++) {
      basis.push(q);
      const w = multiply(adjacency, q);
      if (options.reorthogonalise) {
        alpha.push(dot(q, w));
        // Two Gram–Schmidt passes against the whole basis keep it orthogonal to working precision.
        for (let pass = 0; pass < 2; pass++) for (const b of basis) axpy(-dot(b, w), b, w);
      } else {
        if (j > 0) axpy(-beta[j - 1], basis[j - 1], w);
        alpha.push(dot(q, w));
        axpy(-alpha[j], q, w);
      }
      const length = norm(w);
      const exhausted = length <= 1e-14 * Math.max(1, Math.abs(alpha[0]));
      if (exhausted || j === size - 1 || j % 4 === 3) {
        const { value, vector } = topEigenpair(alpha, beta);
        // Lanczos estimate of the residual of the Ritz pair: β_j |s_last|.
        if (exhausted || length * Math.abs(vector[j]) <= options.tolerance * Math.abs(value) || j === size - 1) {
          const y = combine(basis, vector, n);
          const unit = scaled(y, 1 / norm(y));
          if (residual(adjacency, unit, value) <= options.tolerance * Math.abs(value)) return positive(unit);
          x = unit;
          break;
        }
      }
      beta.push(length);
      q = scaled(w, 1 / length);
    }
  }
  return undefined;
}

/** Largest eigenvalue of the symmetric tridiagonal T (diagonal a, off-diagonal b) and its unit eigenvector. */
export function topEigenpair(a: readonly number[], b: readonly number[]): { value: number; vector: Float64Array } {
  const m = a.length;
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < m; i++) {
    const radius = (i > 0 ? Math.abs(b[i - 1]) : 0) + (i < m - 1 ? Math.abs(b[i]) : 0);
    low = Math.min(low, a[i] - radius);
    high = Math.max(high, a[i] + radius);
  }
  // Bisection on Sturm counts: below(x) = eigenvalues smaller than x; the largest is where it reaches m.
  const below = (x: number) => {
    let count = 0;
    let d = 1;
    for (let i = 0; i < m; i++) {
      d = a[i] - x - (i > 0 ? (b[i - 1] * b[i - 1]) / d : 0);
      if (d === 0) d = -1e-300;
      if (d < 0) count++;
    }
    return count;
  };
  for (let step = 0; step < 200 && high - low > 2e-16 * Math.max(Math.abs(low), Math.abs(high), 1e-300); step++) {
    const middle = (low + high) / 2;
    if (below(middle) === m) high = middle;
    else low = middle;
  }
  const value = (low + high) / 2;
  // Inverse iteration: (T − θ I) z = previous z, solved by elimination with partial pivoting.
  let vector: Float64Array = new Float64Array(m).fill(1 / Math.sqrt(m));
  for (let round = 0; round < 3; round++) vector = scaled(solveTridiagonal(a, b, value, vector), 1);
  return { value, vector: scaled(vector, 1 / norm(vector)) };
}

/** Solves (T − shift I) z = r for tridiagonal T, pivoting rows; zero pivots are nudged (inverse iteration wants that). */
function solveTridiagonal(a: readonly number[], b: readonly number[], shift: number, r: Float64Array): Float64Array {
  const m = a.length;
  const tiny = 1e-300 + 1e-16 * a.reduce((s, v) => Math.max(s, Math.abs(v)), 0);
  // Row i holds columns i, i+1, i+2 (the last one filled by pivoting).
  const d = a.map((v) => v - shift);
  const up = [...b, 0];
  const up2 = new Array<number>(m).fill(0);
  const low = [...b];
  const z = Float64Array.from(r);
  for (let i = 0; i < m - 1; i++) {
    if (Math.abs(low[i]) > Math.abs(d[i])) {
      // Swap rows i and i+1.
      [d[i], low[i]] = [low[i], d[i]];
      [up[i], d[i + 1]] = [d[i + 1], up[i]];
      up2[i] = up[i + 1];
      up[i + 1] = 0;
      [z[i], z[i + 1]] = [z[i + 1], z[i]];
      // Row i+1 now starts with column i (low[i] holds it) and has up2 = 0 in column i+2.
      const f = low[i] / d[i];
      d[i + 1] -= f * up[i];
      up[i + 1] -= f * up2[i];
      z[i + 1] -= f * z[i];
    } else {
      if (d[i] === 0) d[i] = tiny;
      const f = low[i] / d[i];
      d[i + 1] -= f * up[i];
      z[i + 1] -= f * z[i];
    }
  }
  if (d[m - 1] === 0) d[m - 1] = tiny;
  for (let i = m - 1; i >= 0; i--) {
    let s = z[i];
    if (i + 1 < m) s -= up[i] * z[i + 1];
    if (i + 2 < m) s -= up2[i] * z[i + 2];
    z[i] = s / (d[i] === 0 ? tiny : d[i]);
  }
  return z;
}

function multiply({ offsets, neighbours, weights }: Adjacency, x: Float64Array): Float64Array {
  const y = new Float64Array(x.length);
  for (let v = 0; v < x.length; v++) {
    let sum = 0;
    for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += x[neighbours[k]] * weights[k];
    y[v] = sum;
  }
  return y;
}

function residual(adjacency: Adjacency, y: Float64Array, value: number): number {
  const ay = multiply(adjacency, y);
  axpy(-value, y, ay);
  return norm(ay);
}

function combine(basis: readonly Float64Array[], coefficients: Float64Array, n: number): Float64Array {
  const y = new Float64Array(n);
  basis.forEach((b, i) => axpy(coefficients[i], b, y));
  return y;
}

function positive(y: Float64Array): Float64Array {
  let sum = 0;
  for (const v of y) sum += v;
  return sum < 0 ? scaled(y, -1) : y;
}

function dot(x: Float64Array, y: Float64Array): number {
  let s = 0;
  for (let i = 0; i < x.length; i++) s += x[i] * y[i];
  return s;
}

function norm(x: Float64Array): number {
  return Math.sqrt(dot(x, x));
}

/** y += c x */
function axpy(c: number, x: Float64Array, y: Float64Array): void {
  for (let i = 0; i < x.length; i++) y[i] += c * x[i];
}

function scaled(x: Float64Array, c: number): Float64Array {
  const y = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) y[i] = x[i] * c;
  return y;
}
