// Where each organisation sits on the report's map, computed without a browser: seeded random starting
// positions (graphology-layout) then synchronous ForceAtlas2, a fixed number of iterations, so the same network
// always gives the same picture. Big networks are cut to the organisations with the most ties (and every one
// the caller must show, such as the weakly connected pioneers), so the layout stays a second or two.
import { UndirectedGraph } from 'graphology';
import fa2Module from 'graphology-layout-forceatlas2';
import randomModule from 'graphology-layout/random.js';
import { csrOf } from '../engine/csr.js';
import { seededRandom } from '../engine/random.js';
import type { Network } from '../model/network.js';

// Both packages are CommonJS (module.exports = the function) with a .d.ts that says `export default`: under
// NodeNext the default import is the module itself, which is the function.
const forceAtlas2 = fa2Module as unknown as typeof fa2Module.default;
const random = randomModule as unknown as typeof randomModule.default;

export const MAP_LAYOUT_DEFAULTS = {
  /** Organisations drawn at most; beyond, those with the most ties. */
  maxOrganisations: 600,
  /** ForceAtlas2 iterations for a small map... */
  iterations: 500,
  /** ...fewer for bigger ones: iterations × organisations stays under this, so the time stays bounded. */
  work: 150_000,
  minIterations: 60,
  barnesHutFrom: 500,
  seed: 7,
};

export interface MapLayout {
  /** Organisations drawn (indices into network.organisations), with their positions. */
  shown: number[];
  x: Float64Array;
  y: Float64Array;
  /** Ties drawn, as positions in `shown`, and their summed weight. */
  ties: { source: number; target: number; weight: number }[];
  /** Distinct ties in the whole network (direction ignored), to say how many are drawn. */
  totalTies: number;
}

export function mapLayout(network: Network, always: Iterable<number> = [], settings = MAP_LAYOUT_DEFAULTS): MapLayout {
  const { offsets, neighbours, weights } = csrOf(network).undirected;
  const n = network.order;
  const degree = (v: number) => offsets[v + 1] - offsets[v];
  let shown = Array.from({ length: n }, (_, v) => v);
  if (n > settings.maxOrganisations) {
    const must = new Set(always);
    const rest = shown.filter((v) => !must.has(v)).sort((a, b) => degree(b) - degree(a) || a - b);
    shown = [...must, ...rest.slice(0, Math.max(0, settings.maxOrganisations - must.size))].sort((a, b) => a - b);
  }
  const position = new Int32Array(n).fill(-1);
  shown.forEach((v, k) => (position[v] = k));
  const graph = new UndirectedGraph<{ x: number; y: number }, { weight: number }>();
  shown.forEach((_, k) => graph.addNode(String(k), { x: 0, y: 0 }));
  const ties: MapLayout['ties'] = [];
  let totalTies = 0;
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const u = neighbours[e];
      if (u <= v) continue;
      totalTies++;
      if (position[v] < 0 || position[u] < 0) continue;
      ties.push({ source: position[v], target: position[u], weight: weights[e] });
      graph.addEdge(String(position[v]), String(position[u]), { weight: weights[e] });
    }
  }
  random.assign(graph, { rng: seededRandom(settings.seed), scale: 100, center: 0 });
  if (graph.order > 1) {
    const iterations = Math.max(settings.minIterations, Math.min(settings.iterations, Math.floor(settings.work / graph.order)));
    // Barnes-Hut from a few hundred organisations: O(n log n) per iteration instead of O(n²).
    const forces = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > settings.barnesHutFrom };
    forceAtlas2.assign(graph, { iterations, settings: forces, getEdgeWeight: 'weight' });
  }
  const x = new Float64Array(shown.length);
  const y = new Float64Array(shown.length);
  graph.forEachNode((key, attributes) => {
    x[Number(key)] = attributes.x;
    y[Number(key)] = attributes.y;
  });
  return { shown, x, y, ties, totalTies };
}
