// Clustering: the share of an organisation's pairs of partners who are partners themselves (a close-knit
// circle). Equals nx.clustering(G), unweighted; a directed network is read as undirected, as SPEC says.
import { csrOf } from '../../engine/csr.js';
import { checkNetwork } from '../../engine/guard.js';
import { triangleCounts } from '../../engine/triangles.js';
import type { Network } from '../../model/network.js';

/**
 * 2T(v) / (k(v)(k(v) − 1)) with k(v) distinct partners (either direction) and T(v) triangles through v;
 * 0 for organisations with fewer than two partners, as NetworkX. Directed networks use G.to_undirected():
 * a tie each way is one tie, so the value is nx.clustering(G.to_undirected()), not NetworkX's directed variant.
 */
export function clustering(network: Network): Float64Array {
  const adjacency = csrOf(checkNetwork(network, 'clustering')).undirected;
  const triangles = triangleCounts(adjacency);
  const { offsets } = adjacency;
  const result = new Float64Array(triangles.length);
  for (let v = 0; v < result.length; v++) {
    const k = offsets[v + 1] - offsets[v];
    result[v] = k < 2 ? 0 : (2 * triangles[v]) / (k * (k - 1));
  }
  return result;
}
