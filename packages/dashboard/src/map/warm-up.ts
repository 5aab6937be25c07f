// sigma's first frames on a big map: tiny graphs that compile each WebGL program on a frame of its own.
import type { DisplayGraph, DisplayNode } from './display-graph.js';
import type { MapStyle } from './styles.js';

/**
 * Small graphs of the drawn graph's type for sigma's first frames: a plain dot, then (grow) a ringed dot and
 * a tie between them, so each node and tie program is compiled by the software renderer on a frame of its own.
 */
/** `firstType`: the program the first dot needs (a big map draws plain dots as points). */
export function warmUpGraph(drawn: DisplayGraph, style: MapStyle): { graph: DisplayGraph; firstType: 'point' | 'ring'; grow(): void } {
  const graph = drawn.nullCopy() as DisplayGraph;
  const rings = style.appearance?.rings;
  const hasRing = (data: DisplayNode) => (rings?.[data.i] ?? 0) > 0;
  const plain = drawn.findNode((_key, data) => !hasRing(data));
  const ringed = drawn.findNode((_key, data) => hasRing(data));
  const add = (key: string | undefined) => key !== undefined && !graph.hasNode(key) && graph.addNode(key, { ...drawn.getNodeAttributes(key) });
  add(plain ?? ringed);
  return {
    graph,
    firstType: plain !== undefined ? 'point' : 'ring',
    grow: () => {
      add(ringed);
      if (plain !== undefined && ringed !== undefined) graph.addEdge(plain, ringed, { k: 0, weight: 1, size: 1 });
    },
  };
}
