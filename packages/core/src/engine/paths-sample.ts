// Source sampling for approximate path metrics on very large networks: k distinct organisations drawn
// with a seeded generator (same seed, same sample), as nx.betweenness_centrality(G, k=...) does.
import { seededRandom } from './random.js';

/** k distinct indices from 0..n-1 (partial Fisher–Yates), ascending so searches walk memory in order. */
export function sampleSourceList(n: number, k: number, seed: number): Int32Array {
  const take = Math.min(k, n);
  const pool = new Int32Array(n);
  for (let i = 0; i < n; i++) pool[i] = i;
  const random = seededRandom(seed);
  for (let i = 0; i < take; i++) {
    const j = i + Math.floor(random() * (n - i));
    const chosen = pool[j];
    pool[j] = pool[i];
    pool[i] = chosen;
  }
  return pool.slice(0, take).sort();
}
