// The map's reducers: what sigma draws for each organisation and tie given the appearance (colour, size,
// rings), the filters, the organisation in focus (hovered or selected), the brushed ones, the flows
// picked in the silo matrix, and the organisations of a chosen theme (with a picked path between its groups).
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Analysis } from '../state/analysis.js';
import { COLOURS } from '../state/palette.js';
import type { Appearance } from './appearance.js';
import type { DisplayEdge, DisplayNode } from './display-graph.js';

type RingData = { ringSize: number; gapSize: number; ringColor: string };
export type NodeStyle = Partial<NodeDisplayData> & RingData;

export class MapStyle {
  appearance: Appearance | null = null;
  /** Per edge number: 1 where a kept flow runs along it (null: all). */
  edgeVisible: Uint8Array | null = null;
  /** The organisation whose ties are highlighted (hovered, else selected), and its neighbours. */
  focus: number | null = null;
  /** The selected organisation while it is the focus when nothing is hovered (not while proposing a tie), else null. */
  pinned: number | null = null;
  neighbours = new Set<number>();
  brushed: Set<number> | null = null;
  /** Picked in the silo matrix: per tie number, 1 where a picked flow runs along it; and the organisations at their ends. */
  pickedTies: Uint8Array | null = null;
  picked: ReadonlySet<number> | null = null;
  selected = -1;
  /** Organisations working on the chosen theme, and those on a picked path between its groups (null: none chosen). */
  themed: ReadonlySet<number> | null = null;
  onPath: ReadonlySet<number> | null = null;
  /** Per organisation, those a proposed tie would join it to: shown and labelled with it when it is in focus. */
  proposedWith = new Map<number, Set<number>>();
  analysis: Analysis | null = null;
  /** Big maps: points for plain dots, no fading on focus (their focus ties are drawn on an overlay). */
  big = false;
  /** The layout is moving: big maps draw no ties meanwhile. */
  moving = false;
  /** Weakly connected pioneers are always labelled when there are at most this many. */
  static readonly forcedLabelsUpTo = 25;

  /**
   * The organisation the reducers light up: the focus; on big maps the pinned selection only, because there a
   * hover draws on sigma's hover layer and the ties overlay instead, so it never re-renders 100,000 dots.
   */
  get lit(): number | null {
    return this.big ? this.pinned : this.focus;
  }

  node(data: DisplayNode): NodeStyle {
    const i = data.i;
    const lit = this.lit;
    const look = this.appearance;
    const style: NodeStyle = {
      x: data.x,
      y: data.y,
      label: data.label,
      size: look ? look.sizes[i] : 4,
      color: look ? look.colours[i] : COLOURS.rest,
      ringSize: look ? look.rings[i] : 0,
      gapSize: look ? look.gaps[i] : 0,
      ringColor: COLOURS.ring,
      zIndex: look && look.gaps[i] > 0 ? 1 : 0,
    };
    // Points are far cheaper to draw than rings; big maps keep rings for pioneers only.
    if (this.big && style.ringSize === 0) style.type = 'point';
    if (this.analysis && !this.analysis.kept(i)) return { ...style, hidden: true };
    const proposedPartner = lit !== null && (this.proposedWith.get(lit)?.has(i) ?? false);
    const inFocus = this.focus === null || i === this.focus || this.neighbours.has(i) || proposedPartner;
    const inTheme = this.themed === null || this.themed.has(i) || (this.onPath?.has(i) ?? false);
    const inBrush = (this.brushed === null || this.brushed.has(i)) && (this.picked === null || this.picked.has(i)) && inTheme;
    if ((!inFocus && !this.big) || !inBrush) {
      style.color = COLOURS.faded;
      style.ringColor = COLOURS.faded;
      style.label = '';
      style.zIndex = -1;
    }
    if (i === this.selected || i === lit) {
      style.highlighted = true;
      style.forceLabel = true;
      style.zIndex = 3;
    } else if (this.onPath?.has(i) || (proposedPartner && inBrush)) {
      style.forceLabel = true;
      style.zIndex = 2;
    } else if (style.label && look && look.gaps[i] > 0 && look.weakCount <= MapStyle.forcedLabelsUpTo) {
      style.forceLabel = true;
    }
    return style;
  }

  /** Keys of the nodes whose labels are forced this frame (see node()). */
  forcedKeys(keys: readonly string[]): string[] {
    const look = this.appearance;
    const out: string[] = [];
    if (look && look.weakCount <= MapStyle.forcedLabelsUpTo) {
      for (let i = 0; i < look.gaps.length; i++) if (look.gaps[i] > 0 && i !== this.lit && i !== this.selected) out.push(keys[i]);
    }
    const lit = this.lit;
    if (this.selected >= 0) out.push(keys[this.selected]);
    if (lit !== null && lit !== this.selected) out.push(keys[lit]);
    for (const i of this.onPath ?? []) if (i !== lit && i !== this.selected) out.push(keys[i]);
    if (lit !== null) for (const i of this.proposedWith.get(lit) ?? []) if (i !== this.selected) out.push(keys[i]);
    return out;
  }

  /** `ends` gives the organisation indices at either end of the tie. */
  edge(data: DisplayEdge, ends: () => [number, number]): Partial<EdgeDisplayData> {
    if (this.edgeVisible && !this.edgeVisible[data.k]) return { hidden: true };
    if (this.big) return this.moving ? { hidden: true } : { size: 1, color: this.pickedTies ? COLOURS.fadedEdge : COLOURS.edge };
    if (this.pickedTies && this.focus === null) {
      return this.pickedTies[data.k] ? { size: Math.max(1.5, data.size), color: COLOURS.highlightedEdge, zIndex: 2 } : { size: data.size, color: COLOURS.fadedEdge, zIndex: 0 };
    }
    if (this.themed && this.focus === null) {
      // A theme chosen: only ties among its organisations keep their colour (the gaps show as missing lines).
      const [s, t] = ends();
      return this.themed.has(s) && this.themed.has(t) ? { size: data.size, color: COLOURS.edge, zIndex: 1 } : { size: data.size, color: COLOURS.fadedEdge, zIndex: 0 };
    }
    if (this.focus === null && this.brushed === null) return { size: data.size, color: COLOURS.edge };
    const [s, t] = ends();
    if (this.focus !== null && (s === this.focus || t === this.focus)) {
      return { size: Math.max(1.5, data.size), color: COLOURS.highlightedEdge, zIndex: 2 };
    }
    if (this.brushed && this.focus === null && this.brushed.has(s) && this.brushed.has(t)) return { size: data.size, color: COLOURS.edge };
    return { size: data.size, color: COLOURS.fadedEdge, zIndex: 0 };
  }
}
