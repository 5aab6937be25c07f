// The map: sigma (WebGL) drawing the display graph, with reducers for colour, size, rings, filters and
// highlight; hover shows an organisation's ties, click selects, the camera goes to the selection.
import { createNodeBorderProgram } from '@sigma/node-border';
import Sigma from 'sigma';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { type Appearance, computeAppearance, COLOURS } from './appearance.js';
import { buildDisplay, type Display, type DisplayEdge, type DisplayNode, visibleEdges } from './display-graph.js';
import type { SvgEdge, SvgNode } from '../export/svg.js';
import { createLabelDrawer } from './labels.js';
import { MapLayout, type LayoutPhase } from './layout.js';

export const MAP_DEFAULTS = {
  /** Camera zoom when going to a selected organisation (smaller = closer), unless already closer. */
  focusRatio: 0.35,
  focusDuration: 500,
  /** From this many ties, edges are hidden while the camera moves, so panning stays smooth. */
  hideEdgesOnMoveFrom: 5000,
};

type RingData = { ringSize: number; gapSize: number; ringColor: string };

const NodeRingProgram = createNodeBorderProgram<DisplayNode, DisplayEdge>({
  borders: [
    { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor', defaultValue: COLOURS.ring } },
    { size: { attribute: 'gapSize', defaultValue: 0 }, color: { value: COLOURS.ringGap } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

export class MapView {
  private sigma: Sigma<DisplayNode, DisplayEdge> | null = null;
  private display: Display | null = null;
  private layout: MapLayout | null = null;
  private appearance: Appearance | null = null;
  private edgeVisible: Uint8Array | null = null;
  /** The organisation whose ties are highlighted (hovered, else selected), its neighbours, and brushed ones. */
  private focus: number | null = null;
  private neighbours = new Set<number>();
  private brushed: Set<number> | null = null;
  private firstDraw = true;

  constructor(private readonly container: HTMLElement, private readonly store: Store, private readonly actions: Actions) {
    store.subscribe((state, previous) => this.update(state, previous));
  }

  /** The sigma instance (for image export), or null before a network is drawn. */
  get renderer(): Sigma<DisplayNode, DisplayEdge> | null {
    return this.sigma;
  }

  get currentAppearance(): Appearance | null {
    return this.appearance;
  }

  /** The visible map as plain shapes (for the SVG export): positions, sizes, colours, rings, ties. */
  snapshot(): { nodes: SvgNode[]; edges: SvgEdge[] } | null {
    const display = this.display;
    const look = this.appearance;
    if (!display || !look) return null;
    const analysis = this.store.get().analysis;
    const selected = this.store.selectedIndex();
    const position = new Map<string, number>();
    const nodes: SvgNode[] = [];
    display.graph.forEachNode((key, data) => {
      const i = data.i;
      if (analysis && !analysis.kept(i)) return;
      position.set(key, nodes.length);
      nodes.push({
        x: data.x,
        y: data.y,
        size: look.sizes[i],
        colour: look.colours[i],
        label: data.label,
        ring: look.rings[i] + look.gaps[i] > 0 ? look.rings[i] : 0,
        gap: look.gaps[i],
        ringColour: COLOURS.ring,
        emphasised: look.gaps[i] > 0 || i === selected,
      });
    });
    const edges: SvgEdge[] = [];
    display.graph.forEachEdge((_key, data, source, target) => {
      if (this.edgeVisible && !this.edgeVisible[data.k]) return;
      const s = position.get(source);
      const t = position.get(target);
      if (s === undefined || t === undefined) return;
      edges.push({ source: s, target: t, width: data.size, colour: COLOURS.edge });
    });
    return { nodes, edges };
  }

  /** Runs ForceAtlas2 (then Noverlap) again from the current positions. */
  relayout(): void {
    this.layout?.start();
  }

  private update(state: AppState, previous: AppState): void {
    if (state.network !== previous.network) this.rebuild(state);
    if (!this.sigma || !state.network) return;
    let restyled = false;
    let refocused = false;
    if (
      state.analysis !== previous.analysis ||
      state.view.colourBy !== previous.view.colourBy ||
      state.view.sizeBy !== previous.view.sizeBy ||
      state.view.allWeak !== previous.view.allWeak
    ) {
      this.restyle(state);
      restyled = true;
    }
    if (state.hovered !== previous.hovered || state.view.selected !== previous.view.selected || state.brushed !== previous.brushed) {
      this.refocus(state);
      refocused = true;
    }
    if (state.view.selected !== previous.view.selected && state.view.selected !== null) this.goTo(state.view.selected);
    if (state.view.view !== previous.view.view && state.view.view === 'map') {
      // The container was hidden: sigma must measure it again.
      requestAnimationFrame(() => {
        this.sigma?.resize();
        this.sigma?.refresh();
      });
    }
    // Highlight changes only recolour: sigma can skip re-indexing positions and sizes.
    if (restyled) this.sigma.refresh();
    else if (refocused) this.sigma.refresh({ skipIndexation: true });
  }

  private rebuild(state: AppState): void {
    this.layout?.stop();
    this.sigma?.kill();
    this.sigma = null;
    this.display = null;
    if (!state.network) return;
    const display = buildDisplay(state.network);
    this.display = display;
    this.restyle(state);
    this.refocus(state);
    const big = display.edgeCount >= MAP_DEFAULTS.hideEdgesOnMoveFrom;
    const labels = createLabelDrawer<DisplayNode, DisplayEdge>();
    const sigma = new Sigma<DisplayNode, DisplayEdge>(display.graph, this.container, {
      defaultNodeType: 'ring',
      nodeProgramClasses: { ring: NodeRingProgram },
      zIndex: true,
      // The map is hidden while the table view shows; the layout keeps running meanwhile.
      allowInvalidContainer: true,
      hideEdgesOnMove: big,
      labelFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelColor: { color: '#1f1f1f' },
      // A coarse label grid keeps labels apart: at most one per cell, the biggest dot wins.
      labelDensity: 1,
      labelGridCellSize: 100,
      labelRenderedSizeThreshold: 7,
      defaultDrawNodeLabel: labels.draw,
      stagePadding: 40,
      minEdgeThickness: 0.6,
      defaultEdgeColor: COLOURS.edge,
      nodeReducer: (_key, data) => this.nodeStyle(data),
      edgeReducer: (_key, data) => this.edgeStyle(data),
    });
    this.sigma = sigma;
    sigma.on('beforeRender', () => labels.reset());
    sigma.on('enterNode', ({ node }) => this.actions.hover(display.graph.getNodeAttribute(node, 'i')));
    sigma.on('leaveNode', () => this.actions.hover(null));
    sigma.on('clickNode', ({ node }) => this.actions.select(node));
    sigma.on('clickStage', () => this.actions.select(null));
    sigma.on('afterRender', () => {
      if (!this.firstDraw) return;
      this.firstDraw = false;
      performance.mark('knet:first-map');
      this.container.dataset.drawn = 'true';
    });
    this.firstDraw = true;
    this.container.dataset.drawn = 'false';
    const layout = new MapLayout(display.graph, {
      sizeOf: (i) => this.appearance?.sizes[i] ?? 4,
      pixelsPerUnit: () => pixelsPerUnit(sigma),
      onPhase: (phase: LayoutPhase) => {
        this.container.dataset.layout = phase;
        this.container.dispatchEvent(new CustomEvent('layoutphase', { detail: phase, bubbles: true }));
      },
    });
    this.layout = layout;
    layout.start();
    if (state.view.selected !== null) this.goTo(state.view.selected);
  }

  private restyle(state: AppState): void {
    if (!state.network || !this.display) return;
    this.appearance = computeAppearance(state.network, state.analysis, state.view.colourBy, state.view.sizeBy);
    this.edgeVisible = state.analysis ? visibleEdges(this.display, state.analysis.payload.keptFlows) : null;
    // Thicker for stronger ties, gently (log), so heavy ties do not hide the rest.
    this.display.graph.forEachEdge((_edge, attributes) => {
      attributes.size = Math.min(4, 0.5 + Math.log2(1 + attributes.weight) * 0.5);
    });
  }

  private refocus(state: AppState): void {
    const selected = state.network && state.view.selected !== null ? state.network.indexOf(state.view.selected) : -1;
    this.focus = state.hovered ?? (selected >= 0 ? selected : null);
    this.neighbours = new Set();
    if (this.focus !== null && this.display) {
      const { graph, keys } = this.display;
      graph.forEachNeighbor(keys[this.focus], (_key, attributes) => this.neighbours.add(attributes.i));
    }
    this.brushed = state.brushed ? new Set(state.brushed) : null;
  }

  private nodeStyle(data: DisplayNode): Partial<NodeDisplayData> & RingData {
    const i = data.i;
    const look = this.appearance;
    const style: Partial<NodeDisplayData> & RingData = {
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
    const analysis = this.store.get().analysis;
    if (analysis && !analysis.kept(i)) return { ...style, hidden: true };
    const selected = this.store.selectedIndex();
    const inFocus = this.focus === null || i === this.focus || this.neighbours.has(i);
    const inBrush = this.brushed === null || this.brushed.has(i);
    if (!inFocus || !inBrush) {
      style.color = COLOURS.faded;
      style.ringColor = COLOURS.faded;
      style.label = '';
      style.zIndex = -1;
    }
    if (i === selected || i === this.focus) {
      style.highlighted = true;
      style.forceLabel = true;
      style.zIndex = 3;
    }
    return style;
  }

  private edgeStyle(data: DisplayEdge): Partial<EdgeDisplayData> {
    if (this.edgeVisible && !this.edgeVisible[data.k]) return { hidden: true };
    if (this.focus === null && this.brushed === null) return { size: data.size, color: COLOURS.edge };
    const display = this.display!;
    const [source, target] = display.graph.extremities(`e${data.k}`);
    const s = display.graph.getNodeAttribute(source, 'i');
    const t = display.graph.getNodeAttribute(target, 'i');
    if (this.focus !== null && (s === this.focus || t === this.focus)) {
      return { size: Math.max(1.5, data.size), color: COLOURS.highlightedEdge, zIndex: 2 };
    }
    if (this.brushed && this.brushed.has(s) && this.brushed.has(t) && this.focus === null) return { size: data.size, color: COLOURS.edge };
    return { size: data.size, color: COLOURS.fadedEdge, zIndex: 0 };
  }

  private goTo(id: string): void {
    const sigma = this.sigma;
    if (!sigma || !this.display?.graph.hasNode(id)) return;
    const position = sigma.getNodeDisplayData(id);
    if (!position) return;
    const camera = sigma.getCamera();
    camera.animate(
      { x: position.x, y: position.y, ratio: Math.min(camera.ratio, MAP_DEFAULTS.focusRatio) },
      { duration: MAP_DEFAULTS.focusDuration },
    );
  }
}

/** Pixels per graph unit with the camera at zoom 1. */
function pixelsPerUnit(sigma: Sigma<DisplayNode, DisplayEdge>): number {
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState });
  const b = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState });
  return Math.hypot(b.x - a.x, b.y - a.y);
}
