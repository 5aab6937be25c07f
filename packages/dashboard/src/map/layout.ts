// The map's layout: ForceAtlas2 in a Web Worker (graphology-layout-forceatlas2/worker) that stops by itself
// once the nodes barely move (or a time budget runs out), then Noverlap in a worker so no two dots overlap.
import FA2Module from 'graphology-layout-forceatlas2/worker.js';
import { inferSettings } from 'graphology-layout-forceatlas2';
import NoverlapModule from 'graphology-layout-noverlap/worker.js';
import type { DisplayGraph } from './display-graph.js';

// Both files are CommonJS (module.exports = the class) with a .d.ts that says `export default`: under NodeNext
// typing the default import is the module itself, which is also what the bundler gives at run time.
const FA2LayoutSupervisor = FA2Module as unknown as typeof FA2Module.default;
type FA2LayoutSupervisor = InstanceType<typeof FA2LayoutSupervisor>;
const NoverlapLayoutSupervisor = NoverlapModule as unknown as typeof NoverlapModule.default;
type NoverlapLayoutSupervisor = InstanceType<typeof NoverlapLayoutSupervisor>;

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
};

export type LayoutPhase = 'idle' | 'forces' | 'separating' | 'settled';

export interface LayoutCallbacks {
  onPhase?: (phase: LayoutPhase) => void;
  /** Node radius in pixels (from the current appearance). */
  sizeOf: (index: number) => number;
  /** Pixels per graph unit at zoom 1, so Noverlap separates dots as drawn. */
  pixelsPerUnit: () => number;
}

export class MapLayout {
  private fa2: FA2LayoutSupervisor | null = null;
  private noverlap: NoverlapLayoutSupervisor | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private phase: LayoutPhase = 'idle';

  constructor(private readonly graph: DisplayGraph, private readonly callbacks: LayoutCallbacks, private readonly settings = LAYOUT_DEFAULTS) {}

  get current(): LayoutPhase {
    return this.phase;
  }

  start(): void {
    this.stop();
    const graph = this.graph;
    if (graph.order < 2) return this.setPhase('settled');
    const fa2 = new FA2LayoutSupervisor(graph, {
      settings: { ...inferSettings(graph), adjustSizes: false },
      getEdgeWeight: 'weight',
    });
    this.fa2 = fa2;
    fa2.start();
    this.setPhase('forces');
    const s = this.settings;
    const budget = Math.min(s.budgetMax, Math.max(s.budgetMin, s.budgetBase + s.budgetPerOrganisation * graph.order));
    const started = performance.now();
    let previous = positions(graph);
    let calm = 0;
    this.timer = setInterval(() => {
      const now = positions(graph);
      const move = meanMove(previous, now) / Math.max(1e-9, extent(now));
      previous = now;
      calm = move < s.settledMove ? calm + 1 : 0;
      if (calm >= 2 || performance.now() - started > budget) this.separate();
    }, s.checkEvery);
  }

  stop(): void {
    clearInterval(this.timer);
    clearTimeout(this.timer);
    this.timer = undefined;
    this.fa2?.kill();
    this.fa2 = null;
    this.noverlap?.kill();
    this.noverlap = null;
    if (this.phase !== 'settled') this.setPhase('idle');
  }

  /** Stops the forces and pushes overlapping dots apart. */
  private separate(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.fa2?.kill();
    this.fa2 = null;
    const { sizeOf, pixelsPerUnit } = this.callbacks;
    const unitsPerPixel = 1 / Math.max(1e-9, pixelsPerUnit());
    this.setPhase('separating');
    const noverlap = new NoverlapLayoutSupervisor(this.graph, {
      inputReducer: (key, attributes) => ({
        x: attributes.x,
        y: attributes.y,
        size: sizeOf(this.graph.getNodeAttribute(key, 'i')) * unitsPerPixel,
      }),
      settings: { margin: this.settings.margin * unitsPerPixel, ratio: 1, gridSize: 20, expansion: 1.1, speed: 3 },
      onConverged: () => finish(),
    });
    const finish = () => {
      clearTimeout(this.timer);
      this.timer = undefined;
      noverlap.kill();
      if (this.noverlap !== noverlap) return;
      this.noverlap = null;
      this.setPhase('settled');
    };
    this.noverlap = noverlap;
    noverlap.start();
    this.timer = setTimeout(finish, this.settings.separateBudget);
  }

  private setPhase(phase: LayoutPhase): void {
    this.phase = phase;
    this.callbacks.onPhase?.(phase);
  }
}

function positions(graph: DisplayGraph): Float64Array {
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
