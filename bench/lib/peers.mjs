// The peers knet is measured against: graphology-metrics, graphology-communities-louvain, and a k-core
// written on graphology's public API (graphology has no k-core package; this is what a user would write).
import betweenness from 'graphology-metrics/centrality/betweenness.js';
import closeness from 'graphology-metrics/centrality/closeness.js';
import eigenvector from 'graphology-metrics/centrality/eigenvector.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import modularity from 'graphology-metrics/graph/modularity.js';
import louvain from 'graphology-communities-louvain';
import { seededRandom } from './random.mjs';

export const PEERS = {
  /** Hop counts, as knet and NetworkX: graphology's default would run Dijkstra on `weight`. */
  betweenness: { name: 'graphology-metrics betweenness (getEdgeWeight: null)', run: (graph) => betweenness(graph, { getEdgeWeight: null }) },
  closeness: { name: 'graphology-metrics closeness (wassermanFaust: true)', run: (graph) => closeness(graph, { wassermanFaust: true }) },
  pagerank: { name: 'graphology-metrics pagerank (weight)', run: (graph) => pagerank(graph, { alpha: 0.85, getEdgeWeight: 'weight' }) },
  eigenvector: { name: 'graphology-metrics eigenvector (weight)', run: (graph) => eigenvector(graph, { getEdgeWeight: 'weight' }) },
  coreNumber: { name: 'k-core on graphology API (no graphology-cores package exists)', run: (graph) => graphologyCoreNumber(graph) },
  louvain: {
    name: 'graphology-communities-louvain (1 run)',
    run: (graph) => {
      const partition = louvain(graph, { getEdgeWeight: 'weight', resolution: 1, rng: seededRandom(1) });
      return { partition, modularity: modularity(graph, { getNodeCommunity: (node) => partition[node], getEdgeWeight: 'weight' }) };
    },
  },
};

/** Core numbers (Batagelj–Zaversnik bucket algorithm) walking graphology's neighbour iterators. */
export function graphologyCoreNumber(graph) {
  const degree = {};
  let maxDegree = 0;
  graph.forEachNode((node) => {
    const d = graph.degreeWithoutSelfLoops(node);
    degree[node] = d;
    if (d > maxDegree) maxDegree = d;
  });
  const buckets = Array.from({ length: maxDegree + 1 }, () => new Set());
  for (const node in degree) buckets[degree[node]].add(node);
  const core = {};
  for (let k = 0; k <= maxDegree; k++) {
    const bucket = buckets[k];
    while (bucket.size > 0) {
      const node = bucket.values().next().value;
      bucket.delete(node);
      core[node] = k;
      graph.forEachNeighbor(node, (neighbour) => {
        if (neighbour in core || neighbour === node) return;
        const d = degree[neighbour];
        if (d > k) {
          buckets[d].delete(neighbour);
          degree[neighbour] = d - 1;
          buckets[d - 1].add(neighbour);
        }
      });
    }
  }
  return core;
}
