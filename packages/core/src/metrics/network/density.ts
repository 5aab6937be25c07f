// Density: the share of possible ties that exist. Equals nx.density(G): m / (n(n−1)/2) undirected,
// m / (n(n−1)) directed, with m distinct ties (repeated flows merged, self-loops left out).
import { csrOf, tieCount } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';

/** Density in [0, 1]; 0 for a network of fewer than two organisations, as NetworkX. */
export function density(network: Network): number {
  const csr = csrOf(checkNetwork(network, 'density'));
  const n = csr.n;
  if (n < 2) return 0;
  const pairs = csr.directed ? n * (n - 1) : (n * (n - 1)) / 2;
  return tieCount(csr) / pairs;
}
