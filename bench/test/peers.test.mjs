// The bench's k-core peer (written on graphology's API) against the definition: repeatedly peel away
// organisations with fewer than k ties; core number = the largest k whose core still holds the organisation.
import { UndirectedGraph } from 'graphology';
import { describe, expect, it } from 'vitest';
import { graphologyCoreNumber } from '../lib/peers.mjs';
import { seededRandom } from '../lib/random.mjs';

function coreByPeeling(graph) {
  const core = {};
  graph.forEachNode((node) => (core[node] = 0));
  for (let k = 1; ; k++) {
    const alive = new Set(graph.nodes());
    let changed = true;
    while (changed) {
      changed = false;
      for (const node of alive) {
        const degree = graph.neighbors(node).filter((other) => other !== node && alive.has(other)).length;
        if (degree < k) {
          alive.delete(node);
          changed = true;
        }
      }
    }
    if (alive.size === 0) return core;
    for (const node of alive) core[node] = k;
  }
}

function randomGraph(seed, n, m) {
  const random = seededRandom(seed);
  const graph = new UndirectedGraph();
  for (let i = 0; i < n; i++) graph.addNode(`o${i}`);
  for (let e = 0; e < m; e++) graph.mergeEdge(`o${Math.floor(random() * n)}`, `o${Math.floor(random() * n)}`);
  return graph;
}

describe('graphologyCoreNumber', () => {
  it('equals core numbers by peeling on random graphs (self-loops ignored)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const graph = randomGraph(seed, 12 + seed * 3, 20 + seed * 9);
      expect(graphologyCoreNumber(graph)).toEqual(coreByPeeling(graph));
    }
  });

  it('gives a clique of five core number 4 and a pendant 1', () => {
    const graph = new UndirectedGraph();
    const ids = ['a', 'b', 'c', 'd', 'e'];
    for (const id of [...ids, 'p', 'q']) graph.addNode(id);
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) graph.addEdge(ids[i], ids[j]);
    graph.addEdge('p', 'a');
    expect(graphologyCoreNumber(graph)).toEqual({ a: 4, b: 4, c: 4, d: 4, e: 4, p: 1, q: 0 });
  });
});
