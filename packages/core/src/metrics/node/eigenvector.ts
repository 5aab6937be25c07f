// Eigenvector centrality: high when an organisation's partners are themselves central ("well connected to
// the well connected"). Equals nx.eigenvector_centrality(G, weight='weight') on connected undirected networks.
import { csrOf, type Adjacency, type Csr } from '../../engine/csr.js';
import { checkNetwork, checkNumber, checkWhole } from '../../engine/guard.js';
import { leadingEigenvector } from '../../engine/lanczos.js';
import type { Network } from '../../model/network.js';

export const EIGENVECTOR_DEFAULTS = {
  /**
   * 'lanczos': plain Lanczos from the uniform vector, about 40 passes over the ties where NetworkX's power
   * iteration takes 170 on a clustered 10,000-organisation network; the power iteration takes over if it fails.
   * 'power': NetworkX's own power iteration on A + I. Both reach the same vector (the Perron vector).
   */
  method: 'lanczos' as 'lanczos' | 'power',
  /**
   * Stop when the L1 change of one step is below n × tolerance (NetworkX's rule). NetworkX's default 1e-6 can
   * stop 1e-5 short of the eigenvector; 1e-12 is well inside SPEC's 1e-5 of converged NetworkX.
   */
  tolerance: 1e-12,
  /**
   * Steps of NetworkX's power iteration (each one pass over the ties); past them, where the spectral gap is tiny
   * (long chains), Lanczos finishes the job from where the power iteration got to.
   */
  maxIterations: 1000,
  /** Lanczos (either use): stop when ‖A x − λ x‖ ≤ residual × λ. */
  residual: 1e-12,
};

export type EigenvectorOptions = typeof EIGENVECTOR_DEFAULTS;

/** Restarts of the plain Lanczos before the power iteration takes over. */
const PLAIN_RESTARTS = 4;

/**
 * The leading eigenvector of the weight matrix, unit Euclidean length: the vector NetworkX's power iteration on
 * A + I converges to, found by plain Lanczos (or that power iteration, as `method` says; reorthogonalised
 * Lanczos past maxIterations, where the power iteration would take millions of steps).
 * Empty (NaN) for every organisation when the network is directed or not connected: SPEC section 4 defines it
 * for connected undirected networks only (on a split network the vector concentrates on one component, and a
 * directed network's left eigenvector is zero for everyone no flow reaches).
 */
export function eigenvector(network: Network, options: Partial<EigenvectorOptions> = {}): Float64Array {
  checkNetwork(network, 'eigenvector');
  const { method, tolerance, maxIterations, residual } = { ...EIGENVECTOR_DEFAULTS, ...options };
  if (method !== 'lanczos' && method !== 'power') {
    throw new Error(`knet: eigenvector: method must be 'lanczos' or 'power', got ${String(method)}.`);
  }
  checkNumber(tolerance, 'eigenvector', 'tolerance', Number.MIN_VALUE, 1, true);
  checkWhole(maxIterations, 'eigenvector', 'maxIterations', 1);
  checkNumber(residual, 'eigenvector', 'residual', Number.MIN_VALUE, 1, true);

  const csr = csrOf(network);
  const n = csr.n;
  if (n === 0) return new Float64Array(0);
  if (csr.directed || !isConnected(csr)) return new Float64Array(n).fill(Number.NaN);

  // Memory for the Krylov basis: at most about 160 MB of vectors, and never fewer than 20 of them.
  const basis = Math.max(20, Math.min(300, Math.floor(2e7 / n)));
  let x = new Float64Array(n).fill(1 / n);
  if (method === 'lanczos') {
    const found = leadingEigenvector(csr.out, x, { tolerance: residual, basis, restarts: PLAIN_RESTARTS, reorthogonalise: false });
    if (found) return found;
  }
  let next = new Float64Array(n);
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    const change = powerStep(csr.out, x, next);
    [x, next] = [next, x];
    if (change < n * tolerance) return x;
  }
  const found = leadingEigenvector(csr.out, x, { tolerance: residual, basis, restarts: 50, reorthogonalise: true });
  if (found) return found;
  throw new Error(
    `knet: eigenvector: did not settle within ${maxIterations} power iterations and 50 Lanczos restarts ` +
      `(tolerance ${tolerance}, residual ${residual}); raise maxIterations or residual.`,
  );
}

/**
 * next = (A + I) x scaled to unit length; returns the L1 change from x. A is symmetric, so pulling over
 * neighbours equals NetworkX's push over edges. (A function of its own so V8 optimises it whole.)
 */
function powerStep({ offsets, neighbours, weights }: Adjacency, x: Float64Array, next: Float64Array): number {
  const n = x.length;
  let squares = 0;
  for (let v = 0; v < n; v++) {
    let sum = x[v];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) sum += x[neighbours[k]] * weights[k];
    next[v] = sum;
    squares += sum * sum;
  }
  const scale = squares > 0 ? 1 / Math.sqrt(squares) : 1;
  let change = 0;
  for (let v = 0; v < n; v++) {
    const value = next[v] * scale;
    change += Math.abs(value - x[v]);
    next[v] = value;
  }
  return change;
}

/** One breadth-first sweep from organisation 0 reaches everyone. */
function isConnected(csr: Csr): boolean {
  const { offsets, neighbours } = csr.out;
  const seen = new Uint8Array(csr.n);
  const queue = new Int32Array(csr.n);
  let head = 0;
  let tail = 0;
  queue[tail++] = 0;
  seen[0] = 1;
  while (head < tail) {
    const v = queue[head++];
    for (let k = offsets[v]; k < offsets[v + 1]; k++) {
      const u = neighbours[k];
      if (!seen[u]) {
        seen[u] = 1;
        queue[tail++] = u;
      }
    }
  }
  return tail === csr.n;
}
