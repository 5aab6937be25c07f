// The map's layout: ForceAtlas2 then Noverlap in a Web Worker of our own (layout.worker.ts), fed the tie
// columns as typed arrays. The page builds no layout graph and copies nothing per step: it sends the ties
// once and receives positions (Float32Array, transferred) at a steady pace, which reach the drawn graph
// every frame or so for small maps and once a second for big ones, so the page never redraws faster than
// it can afford.
import type { DisplayGraph, TieTable } from './display-graph.js';
import { extent } from './layout-geometry.js';
import type { LayoutReply, LayoutRequest, LayoutSettings } from './layout-protocol.js';

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
  /**
   * Noverlap only up to this many organisations: its grid is uniform over the map, so on a huge map with a
   * few far-flung dots one iteration can put most dots in one cell and run for minutes.
   */
  separateUpTo: 20_000,
  /** The page gives up on the worker this long after Noverlap's budget and keeps the forces' positions (ms). */
  separateGrace: 2000,
  /** Positions are copied to the drawn graph this often (ms): small maps, then maps from `bigFrom` organisations. */
  syncEvery: 100,
  syncEveryBig: 1200,
  bigFrom: 2000,
  /** The worker reads its messages (a stop, a restart) at least this often (ms). */
  slice: 30,
};

export type LayoutPhase = 'idle' | 'forces' | 'separating' | 'settled';

export interface LayoutCallbacks {
  /**
   * Whether positions may be copied to the drawn graph now (big maps wait while metrics are computed: each
   * copy is a frame the software renderer draws on the cores the workers use). The final positions wait too;
   * the caller calls flush() once it may.
   */
  canSync?: () => boolean;
  onPhase?: (phase: LayoutPhase) => void;
  /** Node radius in pixels (from the current appearance). */
  sizeOf: (index: number) => number;
  /** Pixels per graph unit at zoom 1 for the positions the renderer last drew, so Noverlap separates dots as drawn. */
  pixelsPerUnit: () => number;
  /**
   * When given, positions are written straight into the nodes' attributes, with no graph event (on which
   * sigma re-reads every node at once), and this is called instead so the renderer re-indexes them.
   */
  positionsChanged?: () => void;
}

export class MapLayout {
  private worker: Worker;
  private separateTimer: ReturnType<typeof setTimeout> | undefined;
  private phase: LayoutPhase = 'idle';
  private run = 0;
  /** Positions received but not yet copied (canSync said no): the newest wins; `pendingFinal` when they are the last. */
  private pending: Float32Array | null = null;
  private pendingFinal = false;
  /** Extent of the positions the drawn graph holds, to rescale pixelsPerUnit to the layout's extent. */
  private drawnExtent: number;

  private constructor(
    private readonly graph: DisplayGraph,
    private readonly ties: TieTable,
    private readonly callbacks: LayoutCallbacks,
    private readonly settings: typeof LAYOUT_DEFAULTS,
  ) {
    this.worker = this.newWorker();
    this.drawnExtent = extent(this.drawnPositions());
  }

  /** A layout for the drawn graph and every tie; null when `stillWanted` turns false meanwhile. */
  static async create(
    graph: DisplayGraph,
    ties: TieTable,
    callbacks: LayoutCallbacks,
    stillWanted: () => boolean = () => true,
    settings = LAYOUT_DEFAULTS,
  ): Promise<MapLayout | null> {
    return stillWanted() ? new MapLayout(graph, ties, callbacks, settings) : null;
  }

  get current(): LayoutPhase {
    return this.phase;
  }

  start(): void {
    this.stop();
    const n = this.graph.order;
    if (n < 2) return this.setPhase('settled');
    const s = this.settings;
    const run = ++this.run;
    const settings: LayoutSettings = {
      checkEvery: s.checkEvery,
      settledMove: s.settledMove,
      budget: Math.min(s.budgetMax, Math.max(s.budgetMin, s.budgetBase + s.budgetPerOrganisation * n)),
      postEvery: n >= s.bigFrom ? s.syncEveryBig : s.syncEvery,
      separateBudget: s.separateBudget,
      slice: s.slice,
    };
    // Copies: the display keeps its tie columns; the copies are transferred, not cloned.
    const xy = this.drawnPositions();
    const source = this.ties.source.slice();
    const target = this.ties.target.slice();
    const weight = Float32Array.from(this.ties.weight);
    const request: LayoutRequest = { kind: 'start', run, xy, source, target, weight, settings };
    this.worker.postMessage(request, [xy.buffer, source.buffer, target.buffer, weight.buffer]);
    this.setPhase('forces');
  }

  stop(): void {
    clearTimeout(this.separateTimer);
    this.worker.postMessage({ kind: 'stop' } satisfies LayoutRequest);
    this.run++;
    this.pending = null;
    this.pendingFinal = false;
    if (this.phase !== 'settled') this.setPhase('idle');
  }

  /** Stops for good (a new network replaces this one). */
  kill(): void {
    clearTimeout(this.separateTimer);
    this.run++;
    this.worker.terminate();
  }

  private newWorker(): Worker {
    const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'knet-layout' });
    worker.onmessage = (event: MessageEvent<LayoutReply>) => this.receive(event.data);
    return worker;
  }

  private receive(reply: LayoutReply): void {
    if (reply.run !== this.run) return;
    if (reply.kind === 'positions') {
      this.pending = reply.xy;
      this.flush();
    } else if (reply.kind === 'forces-done') {
      this.separate(reply.xy);
    } else this.settle(reply.xy);
  }

  private settle(xy: Float32Array): void {
    clearTimeout(this.separateTimer);
    this.pending = xy;
    this.pendingFinal = true;
    this.flush();
  }

  /** Copies positions that waited for canSync, if it now allows. */
  flush(): void {
    if (!this.pending || (this.callbacks.canSync && !this.callbacks.canSync())) return;
    const xy = this.pending;
    const final = this.pendingFinal;
    this.pending = null;
    this.pendingFinal = false;
    this.apply(xy);
    if (final) this.setPhase('settled');
  }

  /** Noverlap, with dot sizes in graph units for these positions (sigma scales by the extent's longer side). */
  private separate(xy: Float32Array): void {
    if (this.graph.order > this.settings.separateUpTo) return this.settle(xy);
    const { sizeOf, pixelsPerUnit } = this.callbacks;
    const pixels = pixelsPerUnit() * (this.drawnExtent / Math.max(1e-9, extent(xy)));
    const unitsPerPixel = 1 / Math.max(1e-9, pixels);
    const n = this.graph.order;
    const sizes = new Float32Array(n);
    for (let v = 0; v < n; v++) sizes[v] = sizeOf(v) * unitsPerPixel;
    this.setPhase('separating');
    const request: LayoutRequest = { kind: 'separate', run: this.run, sizes, margin: this.settings.margin * unitsPerPixel };
    this.worker.postMessage(request, [sizes.buffer]);
    // A Noverlap step cannot be interrupted inside the worker: past its budget the page replaces the worker.
    this.separateTimer = setTimeout(() => {
      this.worker.terminate();
      this.worker = this.newWorker();
      this.settle(xy);
    }, this.settings.separateBudget + this.settings.separateGrace);
  }

  /** Copies positions to the drawn graph (one graph event, so one redraw). */
  private apply(xy: Float32Array): void {
    this.drawnExtent = extent(xy);
    const { positionsChanged } = this.callbacks;
    if (positionsChanged) {
      this.graph.forEachNode((_key, attributes) => {
        attributes.x = xy[2 * attributes.i];
        attributes.y = xy[2 * attributes.i + 1];
      });
      return positionsChanged();
    }
    this.graph.updateEachNodeAttributes((_key, attributes) => {
      attributes.x = xy[2 * attributes.i];
      attributes.y = xy[2 * attributes.i + 1];
      return attributes;
    }, { attributes: ['x', 'y'] });
  }

  private drawnPositions(): Float32Array {
    const xy = new Float32Array(2 * this.graph.order);
    this.graph.forEachNode((_key, attributes) => {
      xy[2 * attributes.i] = attributes.x;
      xy[2 * attributes.i + 1] = attributes.y;
    });
    return xy;
  }

  private setPhase(phase: LayoutPhase): void {
    this.phase = phase;
    this.callbacks.onPhase?.(phase);
  }
}
