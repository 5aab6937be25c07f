// A big map redraws each of sigma's WebGL layers (the dots, the ties) only when what it shows has changed,
// and not both in one frame. Under a software renderer the page waits for every WebGL canvas drawn in a
// frame: 100,000 dots are about 150 ms of that wait and 8,000 long ties about 60 ms, so the frame after the
// camera stops, which drew both, blocked the page for over 200 ms. A WebGL canvas nothing draws to keeps
// showing its last image, so an unchanged layer is left alone (no clear, no draw, its picking image kept);
// when both changed, the dots are drawn first and the ties in the next frame.
// It reaches into sigma's internals (names as in sigma 3.0's sigma.esm.js), as sliced-sigma.ts does.
import type Sigma from 'sigma';
import type { Motion } from './moving-sample.js';
import { countingWrites } from './program-items.js';
import { nextFrame } from '../tasks.js';

export type Layer = 'nodes' | 'edges';
const LAYERS: readonly Layer[] = ['nodes', 'edges'];

/** The fields a kept program has (see keptWhenUnchanged). */
interface KeptProgram {
  /** Items in its array (sigma's Program.capacity). */
  capacity: number;
  /** What its array holds, as a short key: equal keys draw the same (sigma rewrites identical arrays often). */
  contentKey(): string;
  /** Set for one frame by keepUnchangedLayers: false draws nothing (the layer keeps its image or waits). */
  drawThisFrame: boolean;
}

/** Two 32-bit hashes of the floats' bits (FNV-1a and a multiply-rotate mix): 64 bits, a few ms for 100,000 dots. */
export function hashFloats(array: Float32Array): string {
  const words = new Uint32Array(array.buffer, array.byteOffset, array.length);
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    a = Math.imul(a ^ word, 0x01000193);
    b = Math.imul(b ^ Math.imul(word, 0xcc9e2d51), 0x1b873593);
    b = (b << 13) | (b >>> 19);
  }
  return `${words.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}

const keptClasses = new WeakMap<object, unknown>();

/** `Base` (a sigma program) that tells what its array holds and can sit a frame out (see keepUnchangedLayers). */
export function keptWhenUnchanged<T extends object>(Base: T): T {
  const cached = keptClasses.get(Base);
  if (cached) return cached as T;
  const Parent = countingWrites(
    Base as unknown as new (...args: unknown[]) => {
      array: Float32Array;
      capacity: number;
      process(...args: unknown[]): void;
      reallocate(capacity: number): void;
      render(params: unknown): void;
    },
  );
  class Kept extends Parent implements Pick<KeptProgram, 'contentKey' | 'drawThisFrame'> {
    drawThisFrame = true;
    /** The write count the key was computed at: the array is hashed again only after a write. */
    private keyWrites = -1;
    private key = '';

    contentKey(): string {
      if (this.keyWrites !== this.writes) this.key = `${this.capacity}/${hashFloats(this.array)}`;
      this.keyWrites = this.writes;
      return this.key;
    }

    render(params: unknown): void {
      if (this.drawThisFrame) super.render(params);
    }
  }
  keptClasses.set(Base, Kept);
  return Kept as unknown as T;
}

/** The parts of a sigma instance this uses (private in sigma's types). */
interface SigmaInternals {
  nodePrograms: Record<string, Partial<KeptProgram>>;
  edgePrograms: Record<string, Partial<KeptProgram>>;
  nodeHoverPrograms: Record<string, { capacity?: number }>;
  graph: { order: number };
  webGLContexts: Record<string, WebGLRenderingContext>;
  pixelRatio: number;
  resetWebGLTexture(id: string): unknown;
  scheduleRender(): unknown;
}

/** What a layer draws in a frame: the view, and what its programs hold. */
export interface LayerFrame {
  /** Camera and canvas size: the layer's image is in place only for the view it was drawn at. */
  view: string;
  /** What its programs hold (their content keys); null when it draws nothing this frame (ties hidden while moving). */
  content: string | null;
  /** Whether it has any item to draw. */
  items: boolean;
}

/** For each layer: draw it this frame, clear it; and whether a frame must follow for a layer that waited. */
export interface FramePlan {
  draw: Record<Layer, boolean>;
  clear: Record<Layer, boolean>;
  followUp: boolean;
}

/**
 * What the layers show: the frame each last drew (null once cleared without a drawing), and the layer drawn
 * in a frame not on screen yet (the page waits for every canvas drawn since the last frame it showed).
 */
export interface Shown {
  frames: Record<Layer, LayerFrame | null>;
  unshown: Layer | null;
}

const same = (a: LayerFrame | null, b: LayerFrame) => a !== null && a.view === b.view && a.content === b.content;
const other = (layer: Layer): Layer => (layer === 'nodes' ? 'edges' : 'nodes');

/**
 * Plans a frame from what the layers show and what each would draw now; updates `shown` to the result.
 * An unchanged layer is neither cleared nor drawn. Of two layers with something to draw, one waits for a
 * later frame: the ties, or the other of a layer drawn in a frame not on screen yet. A layer that waits keeps
 * its old image if it is still in place (same view), else it is cleared.
 */
export function planFrame(shown: Shown, now: Record<Layer, LayerFrame>): FramePlan {
  const changed = { nodes: !same(shown.frames.nodes, now.nodes), edges: !same(shown.frames.edges, now.edges) };
  const plan: FramePlan = { draw: { ...changed }, clear: { ...changed }, followUp: false };
  const heavy = (layer: Layer) => plan.draw[layer] && now[layer].items;
  let waits: Layer | null = heavy('nodes') && heavy('edges') ? 'edges' : null;
  if (shown.unshown !== null && heavy(other(shown.unshown))) waits = other(shown.unshown);
  if (waits !== null) {
    plan.draw[waits] = false;
    plan.clear[waits] = shown.frames[waits]?.view !== now[waits].view;
    plan.followUp = true;
  }
  for (const layer of LAYERS) {
    if (plan.draw[layer]) shown.frames[layer] = now[layer];
    else if (plan.clear[layer]) shown.frames[layer] = null;
    if (heavy(layer)) shown.unshown = layer;
  }
  return plan;
}

/**
 * Makes `sigma` (whose programs are keptWhenUnchanged) redraw only the layers that changed, one of the two a
 * frame (see the top of this file). `motion` says whether the camera moves (ties are hidden then).
 */
export function keepUnchangedLayers(sigma: Sigma<any, any>, motion: Motion): void {
  const internals = sigma as unknown as SigmaInternals;
  const shown: Shown = { frames: { nodes: null, edges: null }, unshown: null };
  /** Layers left alone in the frame being drawn (their clear and their picking image's reset skipped). */
  const untouched = new Set<Layer>();
  let rendering = false;
  let clearing = false;
  let followUp = false;
  /** Bumped by every frame that draws a layer, so only the newest one's 'on screen' clears `shown.unshown`. */
  let drawings = 0;
  let killed = false;
  sigma.on('kill', () => {
    killed = true;
  });

  for (const layer of LAYERS) {
    const gl = internals.webGLContexts[layer];
    const clear = gl.clear.bind(gl);
    gl.clear = (mask: number) => {
      if (!(clearing && untouched.has(layer))) clear(mask);
    };
  }
  leaveEmptyHoverLayer(internals, () => clearing);
  const resetTexture = internals.resetWebGLTexture.bind(sigma);
  internals.resetWebGLTexture = (id: string) => (untouched.has(id as Layer) ? internals : resetTexture(id));

  sigma.on('beforeRender', () => {
    rendering = true;
  });
  // After sigma re-read what changed (its process), just before it clears the canvases.
  sigma.on('beforeClear', () => {
    if (!rendering) return;
    clearing = true;
    const camera = sigma.getCamera().getState();
    const { width, height } = sigma.getDimensions();
    const view = `${camera.x},${camera.y},${camera.ratio},${camera.angle},${width},${height},${internals.pixelRatio}`;
    const hidden = motion.moving && sigma.getSetting('hideEdgesOnMove');
    const frame = (programs: Record<string, Partial<KeptProgram>>, drawn: boolean): LayerFrame => {
      const list = Object.values(programs);
      return {
        // Ties hidden while the camera moves show nothing, whatever the view.
        view: drawn ? view : '',
        content: drawn ? `${motion.moving}:${list.map((program) => program.contentKey?.() ?? '').join(',')}` : null,
        items: drawn && list.some((program) => (program.capacity ?? 0) > 0),
      };
    };
    const plan = planFrame(shown, { nodes: frame(internals.nodePrograms, true), edges: frame(internals.edgePrograms, !hidden) });
    for (const layer of LAYERS) {
      if (!plan.clear[layer]) untouched.add(layer);
      const programs = layer === 'nodes' ? internals.nodePrograms : internals.edgePrograms;
      for (const program of Object.values(programs)) if ('drawThisFrame' in program) program.drawThisFrame = plan.draw[layer];
    }
    followUp = plan.followUp;
    if (plan.draw.nodes || plan.draw.edges) drawings++;
  });
  sigma.on('afterClear', () => {
    clearing = false;
  });
  sigma.on('afterRender', () => {
    rendering = false;
    untouched.clear();
    for (const programs of [internals.nodePrograms, internals.edgePrograms]) {
      for (const program of Object.values(programs)) if ('drawThisFrame' in program) program.drawThisFrame = true;
    }
    const drawing = drawings;
    const follow = followUp;
    followUp = false;
    if (shown.unshown === null && !follow) return;
    // On screen after the next frame and its task (sigma's refresh draws at once, outside an animation frame,
    // and the next frame shows it).
    void nextFrame().then(() => {
      if (killed) return;
      if (drawing === drawings) shown.unshown = null;
      if (follow) internals.scheduleRender();
    });
  });
}

/**
 * sigma's hover layer (the hovered and highlighted dots, a third WebGL canvas) is cleared at the start of every
 * frame and again just before it is drawn, at the frame's end: so it is read back at every frame, though it is
 * empty at most. The first clear is left to the second; the second is skipped while the layer holds nothing
 * and is to hold nothing. `clearing`: whether sigma is clearing its canvases for a frame now.
 */
function leaveEmptyHoverLayer(internals: SigmaInternals, clearing: () => boolean): void {
  const gl = internals.webGLContexts.hoverNodes;
  if (!gl) return;
  const clear = gl.clear.bind(gl);
  let holds = true;
  gl.clear = (mask: number) => {
    // A frame of an empty graph ends before the hover layer is drawn: that one clears it here.
    if (clearing() && internals.graph.order > 0) return;
    const toDraw = Object.values(internals.nodeHoverPrograms).some((program) => (program.capacity ?? 0) > 0);
    if (!holds && !toDraw) return;
    clear(mask);
    holds = toDraw;
  };
}
