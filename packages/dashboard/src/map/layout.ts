// The map's layout: ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2/worker) that stops by itself
// once the nodes barely move (or a time budget runs out), then Noverlap in a worker so no two dots overlap.
// Both run on a private copy of the graph; positions reach the drawn graph at a steady pace (every frame or
// so for small maps, once a second for big ones), so the page never redraws faster than it can afford.
import { UndirectedGraph } from 'graphology';
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapModule from 'graphology-layout-noverlap/worker.js';
import type { DisplayGraph, TieTable } from './display-graph.js';

// Both files are CommonJS (module.exports = the class) with a .d.ts that says `export default`: under NodeNext
// typing the default import is the module itself, which is also what the bundler gives at run time.
const FA2LayoutSupervisor = FA2Module as unknown as typeof FA2Module.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;
const NoverlapLayoutSupervisor = NoverlapModule as unknown as typeof NoverlapModule.default;
type NoverlapLayoutSupervisor = InstanceType<typeof NoverlapLayoutSupervisor>;

type LayoutNode = { x: number; y: number; i: number };
type LayoutGraph = UndirectedGraph<LayoutNode, { weight: number }>;

export const LAYOUT_DEFAULTS = {
  /** How often movement is measured (ms). */
  checkEvery: 400,
  /** Settled when the mean move between checks is below this share of the map's extent. */
  settledMove: 0.0015,
  /** Time budget: base + per organisation, within [min, max] (ms). */
  budgetBase: 2500,
  budgetPerOrganisation: 0.8,
  budgetMin: 3000,
  budgetMax: 15000,
  /** Noverlap gap between dots, in pixels at zoom 1. */
  margin: 2,
  /** Noverlap may never fully converge in a dense core: stop it after this long (ms). */
  separateBudget: 4000,
  /** Positions are copied to the drawn graph this often (ms): small maps, then maps from `bigFrom` organisations. */
  syncEvery: 100,
  syncEveryBig: 1200,
  bigFrom: 2000,
};

export type LayoutPhase = 'idle' | 'forces' | 'separating' | 'settled';

export interface LayoutCallbacks {
  /** Whether positions may be copied to the drawn graph now (big maps wait while metrics are computed). */
  canSync?: () => boolean;
  onPhase?: (phase: LayoutPhase) => void;
  /** Node radius in pixels (from the current appearance). */
  sizeOf: (index: number) => number;
  /** Pixels per graph unit at zoom 1, so Noverlap separates dots as drawn. */
  pixelsPerUnit: () => number;
}

export class MapLayout {
  private fa2: FA2LayoutSupervisor | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private checkTimer: ReturnType<typeof setInterval> | undefined;
  private syncTimer: ReturnType<typeof setInterval> | undefined;
  private separateTimer: ReturnType<typeof setTimeout> | undefined;
  private phase: LayoutPhase = 'idle';

  private constructor(
    private readonly graph: DisplayGraph,
    private readonly layoutGraph: LayoutGraph,
    private readonly callbacks: LayoutCallbacks,
    private readonly settings: typeof LAYOUT_DEFAULTS,
  ) {}

  /**
   * A layout for the drawn graph and every tie. The private graph is built a slice of ties per task, so
   * 50,000 ties never block the page in one go; null when `stillWanted` turns false meanwhile.
   */
  static async create(
    graph: DisplayGraph,
    ties: TieTable,
    callbacks: LayoutCallbacks,
    stillWanted: () => boolean = () => true,
    settings = LAYOUT_DEFAULTS,
  ): Promise<MapLayout | null> {
    const layoutGraph = await copyForLayout(graph, ties, stillWanted);
    return layoutGraph ? new MapLayout(graph, layoutGraph, callbacks, settings) : null;
  }

  get current(): LayoutPhase {
    return this.phase;
  }

  start(): void {
    this.stop();
    const graph = this.layoutGraph;
    copyPositions(this.graph, graph);
    if (graph.order < 2) return this.setPhase('settled');
    const fa2 = new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), adjustSizes: false },
      getEdgeWeight: 'weight',
    });
    this.fa2 = fa2;
    fa2.start();
    this.setPhase('forces');
    const s = this.settings;
    const big = graph.order >= s.bigFrom;
    this.syncTimer = setInterval(() => this.sync(), big ? s.syncEveryBig : s.syncEvery);
    const budget = Math.min(s.budgetMax, Math.max(s.budgetMin, s.budgetBase + s.budgetPerOrganisation * graph.order));
    const started = performance.now();
    let previous = positions(graph);
    let calm = 0;
    this.checkTimer = setInterval(() => {
      const now = positions(graph);
      const move = meanMove(previous, now) / Math.max(1e-9, extent(now));
      previous = now;
      calm = move < s.settledMove ? calm + 1 : 0;
      if (calm >= 2 || performance.now() - started > budget) this.separate();
    }, s.checkEvery);
  }

  stop(): void {
    clearInterval(this.checkTimer);
    clearInterval(this.syncTimer);
    clearTimeout(this.separateTimer);
    this.checkTimer = this.syncTimer = this.separateTimer = undefined;
    this.fa2?.kill();
    this.fa2 = null;
    this.noverlap?.kill();
    this.noverlap = null;
    if (this.phase !== 'settled') this.setPhase('idle');
  }

  /** Copies the layout's positions to the drawn graph (one graph event, so one redraw). */
  private sync(): void {
    if (this.callbacks.canSync && !this.callbacks.canSync()) return;
    const layout = this.layoutGraph;
    this.graph.updateEachNodeAttributes((key, attributes) => {
      const position = layout.getNodeAttributes(key);
      attributes.x = position.x;
      attributes.y = position.y;
      return attributes;
    }, { attributes: ['x', 'y'] });
  }

  /** The final copy, whatever canSync says. */
  private syncNow(): void {
    const canSync = this.callbacks.canSync;
    this.callbacks.canSync = undefined;
    this.sync();
    this.callbacks.canSync = canSync;
  }

  /** Stops the forces and pushes overlapping dots apart. */
  private separate(): void {
    clearInterval(this.checkTimer);
    this.checkTimer = undefined;
    this.fa2?.kill();
    this.fa2 = null;
    const { sizeOf, pixelsPerUnit } = this.callbacks;
    const unitsPerPixel = 1 / Math.max(1e-9, pixelsPerUnit());
    this.setPhase('separating');
    const graph = this.layoutGraph;
    const noverlap = new NoverlapLayoutSupervisor(graph, {
      inputReducer: (_key: string, attributes: { x: number; y: number }) => ({
        x: attributes.x,
        y: attributes.y,
        size: sizeOf((attributes as LayoutNode).i) * unitsPerPixel,
      }),
      settings: { margin: this.settings.margin * unitsPerPixel, ratio: 1, gridSize: 20, expansion: 1.1, speed: 3 },
      onConverged: () => finish(),
    });
    const finish = () => {
      clearTimeout(this.separateTimer);
      clearInterval(this.syncTimer);
      this.separateTimer = this.syncTimer = undefined;
      noverlap.kill();
      if (this.noverlap !== noverlap) return;
      this.noverlap = null;
      this.syncNow();
      this.setPhase('settled');
    };
    this.noverlap = noverlap;
    noverlap.start();
    this.separateTimer = setTimeout(finish, this.settings.separateBudget);
  }

  private setPhase(phase: LayoutPhase): void {
    this.phase = phase;
    this.callbacks.onPhase?.(phase);
  }
}

const TIES_PER_TASK = 8000;

/** Organisations and every tie (direction does not matter to the forces): the layout's private graph. */
async function copyForLayout(display: DisplayGraph, ties: TieTable, stillWanted: () => boolean): Promise<LayoutGraph | null> {
  const graph: LayoutGraph = new UndirectedGraph<LayoutNode, { weight: number }>();
  const keys: string[] = [];
  display.forEachNode((key, attributes) => {
    graph.addNode(key, { x: attributes.x, y: attributes.y, i: attributes.i });
    keys[attributes.i] = key;
  });
  for (let k = 0; k < ties.count; k++) {
    if (k > 0 && k % TIES_PER_TASK === 0) {
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (!stillWanted()) return null;
    }
    const source = keys[ties.source[k]];
    const target = keys[ties.target[k]];
    // A directed pair tied both ways is one undirected tie with both weights.
    const existing = graph.edge(source, target);
    if (existing === undefined) graph.addEdge(source, target, { weight: ties.weight[k] });
    else graph.updateEdgeAttribute(existing, 'weight', (weight) => (weight ?? 0) + ties.weight[k]);
  }
  return graph;
}

function copyPositions(from: DisplayGraph, to: LayoutGraph): void {
  from.forEachNode((key, attributes) => {
    to.setNodeAttribute(key, 'x', attributes.x);
    to.setNodeAttribute(key, 'y', attributes.y);
  });
}

function positions(graph: LayoutGraph): Float64Array {
  const xy = new Float64Array(graph.order * 2);
  let k = 0;
  graph.forEachNode((_, attributes) => {
    xy[k++] = attributes.x;
    xy[k++] = attributes.y;
  });
  return xy;
}

function meanMove(a: Float64Array, b: Float64Array): number {
  if (a.length !== b.length || a.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let k = 0; k < a.length; k += 2) sum += Math.hypot(a[k] - b[k], a[k + 1] - b[k + 1]);
  return sum / (a.length / 2);
}

function extent(xy: Float64Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let k = 0; k < xy.length; k += 2) {
    minX = Math.min(minX, xy[k]); maxX = Math.max(maxX, xy[k]);
    minY = Math.min(minY, xy[k + 1]); maxY = Math.max(maxY, xy[k + 1]);
  }
  return Math.max(maxX - minX, maxY - minY);
}
