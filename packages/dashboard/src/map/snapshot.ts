// The map as drawn, as plain shapes for the SVG export: the organisations kept by the filters with their
// positions, sizes, colours and rings, and the visible ties.
import type { SvgEdge, SvgNode } from '@knet/core';
import { COLOURS } from '../state/palette.js';
import type { DisplayGraph } from './display-graph.js';
import type { MapStyle } from './styles.js';

/** `labelOf` renames the organisations (pseudonyms); null keeps the drawn labels. */
export function mapSnapshot(drawn: DisplayGraph, style: MapStyle, labelOf: ((index: number) => string) | null): { nodes: SvgNode[]; edges: SvgEdge[] } | null {
  const look = style.appearance;
  if (!look) return null;
  const position = new Map<string, number>();
  const nodes: SvgNode[] = [];
  drawn.forEachNode((key, data) => {
    const i = data.i;
    if (style.analysis && !style.analysis.kept(i)) return;
    position.set(key, nodes.length);
    nodes.push({
      x: data.x,
      y: data.y,
      size: look.sizes[i],
      colour: look.colours[i],
      label: labelOf ? labelOf(i) : data.label,
      ring: look.rings[i],
      gap: look.gaps[i],
      ringColour: COLOURS.ring,
      emphasised: look.gaps[i] > 0 || i === style.selected,
    });
  });
  const edges: SvgEdge[] = [];
  drawn.forEachEdge((_key, data, source, target) => {
    if (style.edgeVisible && !style.edgeVisible[data.k]) return;
    const s = position.get(source);
    const t = position.get(target);
    if (s !== undefined && t !== undefined) edges.push({ source: s, target: t, width: data.size, colour: COLOURS.edge });
  });
  return { nodes, edges };
}
