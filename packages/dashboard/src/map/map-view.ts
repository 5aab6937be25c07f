// The map: sigma (WebGL) drawing the organisations and their ties, styled by reducers (styles.ts); hover
// shows an organisation's ties, click selects, the camera goes to the selection. Big maps (thousands of
// organisations) draw a capped set of ties and the focused organisation's ties on an overlay.
import Sigma from 'sigma';
import type { SvgEdge, SvgNode } from '@knet/core';
import type { Actions } from '../state/actions.js';
import type { AppState, Store } from '../state/store.js';
import { type Appearance, computeAppearance } from './appearance.js';
import { CAMERA_DEFAULTS, frame, goTo, pixelsPerUnit } from './camera-moves.js';
import { type Display, displaySteps, type DisplayEdge, type DisplayGraph, type DisplayNode } from './display-graph.js';
import { chooseDrawnTies } from './drawn-ties.js';
import { FocusOverlay } from './focus-overlay.js';
import { gpuIdle } from './gpu-idle.js';
import { pickOnCpu } from './cpu-picking.js';
import { keepUnchangedLayers } from './kept-layers.js';
import { createLabelDrawer, reservedLabelBoxes } from './labels.js';
import { applyFocus, focusKeys, focusTieLines } from './map-focus.js';
import { type LayoutPhase, MapLayout } from './layout.js';
import { MapStyle, type NodeStyle } from './styles.js';
import { smallerDegrees } from './ties.js';
import { type Motion, watchMotion } from './moving-sample.js';
import { mapPrograms } from './sigma-programs.js';
import { MAP_SIGMA_SETTINGS } from './sigma-settings.js';
import { sliceSigmaWork } from './sliced-sigma.js';
import { mapSnapshot } from './snapshot.js';
import { warmUpGraph } from './warm-up.js';
import { WeavingOverlay } from './weaving-overlay.js';
import { inTaskOfItsOwn, nextFrame, nextTask } from '../tasks.js';

/** Detail of the map's 'tiesdrawn' event: a big map draws `drawn` of the `of` ties that pass the filters. */
export interface TiesDrawn {
  drawn: number;
  of: number;
}

export const MAP_DEFAULTS = {
  /** Big maps from this many organisations or ties (see drawn-ties.ts and styles.ts). */
  bigFromOrganisations: 2000,
  bigFromTies: 10000,
  /** Organisations added to the drawn graph per task while it is built, and ties added to a big map's. */
  nodesPerTask: 10000,
  tiesPerTask: 2000,
};

export class MapView {
  private sigma: Sigma<DisplayNode, DisplayEdge> | null = null;
  private display: Display | null = null;
  /** The graph sigma draws: the display graph itself, or for big maps its nodes and a capped set of ties. */
  private drawn: DisplayGraph | null = null;
  private layout: MapLayout | null = null;
  private overlay: FocusOverlay | null = null;
  /** Proposed ties (dashed) and a path between theme groups. */
  private weaving: WeavingOverlay | null = null;
  /** sigma measures its container only on window resizes; the strip under the map changes height by itself. */
  private readonly resizes = new ResizeObserver(() => {
    if (!this.sigma || this.container.offsetHeight === 0) return;
    const { width, height } = this.sigma.getDimensions();
    if (width === this.container.offsetWidth && height === this.container.offsetHeight) return;
    // Redrawn in the same task as a pending restyle (a new analysis often changes the strip's height too).
    this.scheduleRedraw({ ties: false, style: false, resize: true });
  });
  private readonly style = new MapStyle();
  /** Bumped by every rebuild, so a rebuild overtaken by a newer network stops half-way. */
  private generation = 0;
  /** The ties a big map draws now (to skip re-indexing when a new analysis keeps the same ones). */
  private drawnKey = '';
  /** Bumped by every drawTies, so the slices of an older one stop. */
  private tiesRun = 0;
  /** A redraw waiting for its own task (see scheduleRedraw), and whether it must choose the ties again. */
  private redrawTimer: ReturnType<typeof setTimeout> | undefined;
  private redrawTies = false;
  private redrawResize = false;
  private redrawStyle = false;
  /** What the current appearance was computed from (network, analysis, colour by, size by). */
  private styledFor: unknown[] = [];
  private readonly flushLayoutSoon = inTaskOfItsOwn(() => this.layout?.flush());

  constructor(private readonly container: HTMLElement, private readonly store: Store, private readonly actions: Actions) {
    store.subscribe((state, previous) => this.update(state, previous));
    this.resizes.observe(container);
  }

  /** The sigma instance (for image export), or null before a network is drawn. */
  get renderer(): Sigma<DisplayNode, DisplayEdge> | null {
    return this.sigma;
  }

  /** The appearance for the store's state (computed now if the redraw that computes it has not run yet). */
  get currentAppearance(): Appearance | null {
    if (this.display) this.restyle(this.store.get());
    return this.style.appearance;
  }

  /** sigma settings for an image of the map with other labels (pseudonyms): the same styles, renamed. */
  imageSettings(labelOf: (index: number) => string): { nodeReducer: (key: string, data: DisplayNode) => NodeStyle } {
    return {
      nodeReducer: (_key, data) => {
        const style = this.style.node(data);
        return style.label ? { ...style, label: labelOf(data.i) } : style;
      },
    };
  }

  /** Runs ForceAtlas2 (then Noverlap) again from the current positions. */
  relayout(): void {
    this.layout?.start();
  }

  /** The map as drawn, as plain shapes (for the SVG export): positions, sizes, colours, rings, ties; `labelOf` renames. */
  snapshot(labelOf: ((index: number) => string) | null = null): { nodes: SvgNode[]; edges: SvgEdge[] } | null {
    return this.drawn ? mapSnapshot(this.drawn, this.style, labelOf) : null;
  }

  private update(state: AppState, previous: AppState): void {
    if (state.network !== previous.network) void this.rebuild();
    const sigma = this.sigma;
    if (!sigma || !state.network) return;
    // Positions a big map held back while metrics were computed (see canSync below) go in with the new analysis.
    // In a task of its own: copying 100,000 positions makes sigma re-read every node.
    if (previous.status.phase === 'analysing' && state.status.phase !== 'analysing') this.flushLayoutSoon();
    if (state.analysis !== previous.analysis || state.view.colourBy !== previous.view.colourBy || state.view.sizeBy !== previous.view.sizeBy) {
      // The appearance and the redraw in a task of their own (the charts ask for the appearance sooner, see
      // currentAppearance): for 100,000 organisations the appearance alone is a good part of a task.
      this.scheduleRedraw({ ties: state.analysis !== previous.analysis, style: true });
    }
    const picked = state.highlight !== previous.highlight;
    const proposing = state.proposing !== previous.proposing;
    const focusChanged = picked || proposing || state.hovered !== previous.hovered || state.view.selected !== previous.view.selected || state.brushed !== previous.brushed;
    const before = focusKeys(this.style, this.display);
    if (focusChanged) this.refocus(state);
    if (state.view.selected !== previous.view.selected && state.view.selected !== null) goTo(sigma, state.view.selected);
    // Picking the other end of a tie: the whole map, every organisation at full colour, to click on.
    if (proposing && state.proposing !== null) void sigma.getCamera().animatedReset({ duration: CAMERA_DEFAULTS.focusDuration });
    if (state.view.view !== previous.view.view && state.view.view === 'map') {
      // The container was hidden: sigma must measure it again.
      requestAnimationFrame(() => {
        sigma.resize();
        sigma.refresh();
      });
    }
    const woven = this.reweave(state, previous);
    // On a big map a hover changes nothing the reducers draw (see MapStyle.lit): the overlay shows its ties.
    const onlyHover = state.view.selected === previous.view.selected && state.brushed === previous.brushed && !picked && !proposing;
    if (picked || woven || proposing || (focusChanged && state.brushed !== previous.brushed)) sigma.refresh();
    else if (focusChanged && this.style.big && !onlyHover) {
      // Big maps redraw only the organisations whose highlight changed; their ties are on the overlay.
      sigma.refresh({ partialGraph: { nodes: [...new Set([...before, ...focusKeys(this.style, this.display)])] }, skipIndexation: true });
    } else if (focusChanged && !this.style.big) sigma.refresh({ skipIndexation: true });
  }

  /**
   * A new analysis (or colour or size) redraws the map in a task of its own, after the store's other
   * listeners (panels, charts) have had theirs: on a big map each is a few hundred milliseconds under a
   * software renderer, and together they would block the page for their sum.
   */
  private scheduleRedraw(what: { ties: boolean; style: boolean; resize?: boolean }): void {
    this.redrawTies ||= what.ties;
    this.redrawStyle ||= what.style;
    this.redrawResize ||= Boolean(what.resize);
    if (this.redrawTimer !== undefined) return;
    const generation = this.generation;
    this.redrawTimer = setTimeout(async () => {
      this.redrawTimer = undefined;
      const { redrawTies, redrawStyle, redrawResize } = this;
      this.redrawTies = this.redrawStyle = this.redrawResize = false;
      if (generation !== this.generation || !this.sigma) return;
      // A new appearance of 100,000 organisations is most of a task by itself.
      if (this.restyle(this.store.get()) && this.style.big && !(await this.nextTask(generation))) return;
      const sigma = this.sigma;
      if (!sigma) return;
      if (redrawResize) sigma.resize();
      if (redrawTies && this.style.big && !this.style.moving) void this.drawTies(generation);
      // New ties need no refresh here: sigma indexed each as it was added and draws them at the next frame.
      if (redrawStyle) sigma.refresh();
      else if (redrawResize) sigma.refresh({ skipIndexation: true });
    }, 0);
  }

  /**
   * Builds the map for the store's network in steps, each its own task (ties, then sigma, then the layout),
   * so no single task blocks the page for long on a big network.
   */
  private async rebuild(): Promise<void> {
    const generation = ++this.generation;
    clearTimeout(this.redrawTimer);
    this.redrawTimer = undefined;
    this.container.style.visibility = '';
    this.layout?.kill();
    this.layout = null;
    this.overlay?.kill();
    this.weaving?.kill();
    this.weaving = null;
    this.sigma?.kill();
    this.sigma = null;
    this.overlay = null;
    this.display = null;
    this.drawn = null;
    this.drawnKey = '';
    this.container.dispatchEvent(new CustomEvent<TiesDrawn>('tiesdrawn', { detail: { drawn: 0, of: 0 }, bubbles: true }));
    const network = this.store.get().network;
    if (!network) return;
    const big = network.order >= MAP_DEFAULTS.bigFromOrganisations || network.flows.count >= MAP_DEFAULTS.bigFromTies;
    this.style.big = big;
    this.style.moving = false;
    this.container.dataset.big = String(big);
    this.container.dataset.drawn = 'false';
    // Big maps start with no ties in the drawn graph: the layout moves only dots; ties come once it settles.
    const steps = displaySteps(network, { tiesInGraph: !big }, MAP_DEFAULTS.nodesPerTask);
    let step = steps.next();
    while (!step.done) {
      if (!(await this.nextTask(generation))) return;
      step = steps.next();
    }
    const display = step.value;
    if (!(await this.nextTask(generation))) return;
    this.display = display;
    const drawn = display.graph;
    this.drawn = drawn;
    const state = this.store.get();
    this.restyle(state);
    this.refocus(state);
    const labels = createLabelDrawer<DisplayNode, DisplayEdge>();
    const ties = display.ties;
    // The appearance of 100,000 organisations and sigma's constructor: a task each.
    if (big && !(await this.nextTask(generation))) return;
    // Big maps: sigma starts on a one-dot graph, so its constructor (contexts, shaders) and the software
    // renderer's first-draw shader compiles each get a task and a frame of their own before the full graph.
    const warm = big ? warmUpGraph(drawn, this.style) : null;
    const motion: Motion = { moving: false };
    // ...and while hidden, so the page does not wait for those frames (see gpu-idle.ts).
    if (warm) this.container.style.visibility = 'hidden';
    const sigma = new Sigma<DisplayNode, DisplayEdge>(warm?.graph ?? drawn, this.container, {
      ...MAP_SIGMA_SETTINGS,
      defaultNodeType: 'ring',
      // A big map compiles its first dot's program here, the others in tasks of their own below.
      ...mapPrograms(big, warm ? 'first' : 'all', warm?.firstType, motion),
      defaultEdgeType: big ? 'line' : 'rectangle',
      hideEdgesOnMove: big,
      defaultDrawNodeLabel: labels.draw,
      nodeReducer: (_key, data) => this.style.node(data),
      edgeReducer: (_key, data) => this.style.edge(data, () => [ties.source[data.k], ties.target[data.k]]),
    });
    // Thousands of organisations: sigma re-reads and re-indexes them in slices, a task each.
    const sliced = big ? sliceSigmaWork(sigma) : null;
    if (big) {
      watchMotion(sigma, motion);
      keepUnchangedLayers(sigma, motion);
      pickOnCpu(sigma);
    }
    if (warm) {
      if (!(await this.nextFrame(generation))) return sigma.kill();
      sigma.setSetting('nodeProgramClasses', mapPrograms(big, 'nodes', undefined, motion).nodeProgramClasses);
      if (!(await this.nextTask(generation))) return sigma.kill();
      sigma.setSetting('edgeProgramClasses', mapPrograms(big, 'all', undefined, motion).edgeProgramClasses);
      if (!(await this.nextFrame(generation))) return sigma.kill();
      warm.grow();
      if (!(await this.nextFrame(generation))) return sigma.kill();
      sigma.setGraph(drawn);
      await sliced?.drawn();
      if (generation !== this.generation) return sigma.kill();
      // The store may have moved on during the frame (this.sigma was still null, so update() skipped it).
      this.restyle(this.store.get());
      this.refocus(this.store.get());
      if (!(await this.nextFrame(generation))) return sigma.kill();
      await gpuIdle(Object.values(sigma.getCanvases()));
      if (generation !== this.generation) return sigma.kill();
      this.container.style.visibility = '';
    }
    this.sigma = sigma;
    if (big) this.overlay = new FocusOverlay(sigma);
    this.weaving = new WeavingOverlay(sigma, this.container);
    this.reweave(state, null);
    this.showFocusTies();
    sigma.on('beforeRender', () => labels.reset(reservedLabelBoxes(sigma, labels, this.style.forcedKeys(this.display?.keys ?? []))));
    sigma.on('enterNode', ({ node }) => this.actions.hover(drawn.getNodeAttribute(node, 'i')));
    sigma.on('leaveNode', () => this.actions.hover(null));
    sigma.on('clickNode', ({ node }) => this.actions.choose(node));
    sigma.on('clickStage', () => this.actions.select(null));
    // sigma drew synchronously in its constructor: the frame is on screen at the next animation frame.
    requestAnimationFrame(() => {
      if (generation !== this.generation) return;
      performance.mark('knet:first-map');
      this.container.dataset.drawn = 'true';
    });
    if (!(await this.nextTask(generation))) return;
    const layout = await MapLayout.create(drawn, display.ties, {
      sizeOf: (i) => this.style.appearance?.sizes[i] ?? 4,
      pixelsPerUnit: () => pixelsPerUnit(sigma),
      onPhase: (phase: LayoutPhase) => this.onLayoutPhase(phase),
      // While metrics are computed the page shares the processor: a big map holds its dots still meanwhile.
      canSync: () => !big || this.store.get().status.phase !== 'analysing',
      positionsChanged: big ? () => sigma.refresh({ partialGraph: { nodes: [] }, schedule: true }) : undefined,
    }, () => generation === this.generation);
    if (!layout || generation !== this.generation) return;
    this.layout = layout;
    layout.start();
    const selected = this.store.get().view.selected;
    if (selected !== null) goTo(sigma, selected);
  }

  /** Waits until a frame has been drawn; false when a newer rebuild has started meanwhile. */
  private async nextFrame(generation: number): Promise<boolean> {
    await nextFrame();
    return generation === this.generation;
  }

  /** Yields to the page; false when a newer rebuild has started meanwhile. */
  private async nextTask(generation: number): Promise<boolean> {
    await nextTask();
    return generation === this.generation;
  }

  private onLayoutPhase(phase: LayoutPhase): void {
    const wasMoving = this.style.moving;
    this.style.moving = phase === 'forces' || phase === 'separating';
    // Big maps hide their ties while the layout moves, and draw the chosen ones once it settles.
    if (this.style.big && wasMoving !== this.style.moving) {
      // Hiding or showing ties is only worth a frame when the drawn graph has some (a big map starts with none).
      if ((this.drawn?.size ?? 0) > 0) this.sigma?.refresh({ schedule: true });
      // Thousands of ties go in after the frame with the final positions, not in the same task.
      if (!this.style.moving) this.scheduleRedraw({ ties: true, style: false });
    }
    this.container.dataset.layout = phase;
    this.container.dispatchEvent(new CustomEvent('layoutphase', { detail: phase, bubbles: true }));
  }

  /** Big maps: puts the strongest visible ties in the drawn graph (skipped when unchanged), a slice per task. */
  private async drawTies(generation: number): Promise<void> {
    const { display, drawn, sigma } = this;
    if (!display || !drawn || !sigma || display.tiesInGraph) return;
    const { ties, keys } = display;
    // The worker chose them (with the analysis, or with the network before any analysis).
    const chosen = this.style.analysis?.payload.drawnTies ?? ties.drawn ?? chooseDrawnTies(ties.weight, this.style.edgeVisible, smallerDegrees(ties));
    const key = `${chosen.length}:${chosen.slice(0, 64).join(',')}:${chosen.at(-1)}`;
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    // Clearing makes sigma re-index every node: not worth it when there is nothing to clear.
    if (drawn.size > 0) drawn.clearEdges();
    // The map says when it draws only some of the ties (map-tools.ts shows it).
    const visible = this.style.edgeVisible ? this.style.edgeVisible.reduce((sum, on) => sum + on, 0) : ties.count;
    this.container.dispatchEvent(new CustomEvent<TiesDrawn>('tiesdrawn', { detail: { drawn: chosen.length, of: visible }, bubbles: true }));
    // Each tie is a graph event sigma handles: thousands at once would block the page (see tasks.ts).
    const run = ++this.tiesRun;
    for (let from = 0; from < chosen.length; from += MAP_DEFAULTS.tiesPerTask) {
      if (from > 0 && (!(await this.nextTask(generation)) || run !== this.tiesRun)) return;
      for (const k of chosen.slice(from, from + MAP_DEFAULTS.tiesPerTask)) drawn.addEdgeWithKey(`e${k}`, keys[ties.source[k]], keys[ties.target[k]], { k, weight: ties.weight[k], size: 1 });
    }
  }

  /** Computes the appearance for this state unless it is already that; true when it computed one. */
  private restyle(state: AppState): boolean {
    if (!state.network || !this.display) return false;
    const inputs = [state.network, state.analysis, state.view.colourBy, state.view.sizeBy];
    // 100,000 organisations take a good part of a task: not twice for the same inputs.
    if (inputs.every((value, k) => value === this.styledFor[k])) return false;
    this.styledFor = inputs;
    this.style.appearance = computeAppearance(state.network, state.analysis, state.view.colourBy, state.view.sizeBy);
    this.style.analysis = state.analysis;
    this.style.edgeVisible = state.analysis ? state.analysis.payload.tieVisible : null;
    return true;
  }

  private refocus(state: AppState): void {
    applyFocus(this.style, state, this.display);
    this.showFocusTies();
  }

  /**
   * The chosen theme's organisations and a picked path (reducers), and the proposed ties and path (overlay).
   * True when the reducers' inputs changed (the caller refreshes sigma).
   */
  private reweave(state: AppState, previous: AppState | null): boolean {
    const network = state.network;
    if (!network || !this.weaving) return false;
    const themeChanged = !previous || state.view.theme !== previous.view.theme || state.network !== previous.network;
    const pathChanged = !previous || state.pickedPath !== previous.pickedPath;
    if (themeChanged) {
      const theme = state.view.theme;
      const themed = new Set<number>();
      if (theme) network.organisations.forEach((organisation, i) => organisation.themes.includes(theme) && themed.add(i));
      this.style.themed = theme ? themed : null;
    }
    if (pathChanged) this.style.onPath = state.pickedPath ? new Set(state.pickedPath) : null;
    const proposalsChanged = !previous || state.view.proposals !== previous.view.proposals || state.network !== previous.network;
    if (proposalsChanged) {
      const partners = new Map<number, Set<number>>();
      for (const [a, b] of state.view.proposals) {
        const [i, j] = [network.indexOf(a), network.indexOf(b)];
        if (i < 0 || j < 0) continue;
        (partners.get(i) ?? partners.set(i, new Set()).get(i)!).add(j);
        (partners.get(j) ?? partners.set(j, new Set()).get(j)!).add(i);
      }
      this.style.proposedWith = partners;
    }
    if (themeChanged || pathChanged || proposalsChanged) {
      const keys = (indices: readonly number[]) => indices.map((i) => network.organisations[i].id);
      const proposed = state.view.proposals.filter((tie) => tie.every((id) => this.drawn?.hasNode(id))).map(([a, b]): [string, string] => [a, b]);
      this.weaving.show(proposed, keys(state.pickedPath ?? []));
      // A tie just proposed: bring both its ends into view, so the dashed line is seen whole.
      if (previous && this.sigma && state.view.proposals.length > previous.view.proposals.length) frame(this.sigma, state.view.proposals[state.view.proposals.length - 1]);
    }
    return themeChanged || pathChanged || proposalsChanged;
  }

  /** Big maps: every tie of the focused organisation (else the ties picked in the silo matrix), on the overlay. */
  private showFocusTies(): void {
    if (this.overlay && this.display) this.overlay.show(focusTieLines(this.style, this.display));
  }
}
