// Average clustering: how close-knit the network is overall, the mean of every organisation's clustering.
// Equals nx.average_clustering(G) on the undirected view (organisations with fewer than two partners count 0).
import { checkNetwork } from '../../engine/guard.js';
import type { Network } from '../../model/network.js';
import { clustering } from '../node/clustering.js';

/** Mean clustering over all n organisations, isolated ones included; NaN for an empty network. */
export function averageClustering(network: Network): number {
  const values = clustering(checkNetwork(network, 'averageClustering'));
  if (values.length === 0) return Number.NaN;
  let sum = 0;
  for (const value of values) sum += value;
  return sum / values.length;
}
