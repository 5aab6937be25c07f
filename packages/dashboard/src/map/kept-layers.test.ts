import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type Sigma from 'sigma';
import { hashFloats, keepUnchangedLayers, keptWhenUnchanged, type Layer, type LayerFrame, planFrame, type Shown } from './kept-layers.js';
import type { Motion } from './moving-sample.js';
import { nextFrame } from '../tasks.js';

const frame = (view: string, content: string | null, items = true): LayerFrame => ({ view, content, items });
const fresh = (): Shown => ({ frames: { nodes: null, edges: null }, unshown: null });

describe('planFrame', () => {
  it('leaves an unchanged layer alone: no clear, no draw', () => {
    const shown = fresh();
    shown.frames = { nodes: frame('v', 'dots'), edges: frame('v', 'ties') };
    const plan = planFrame(shown, { nodes: frame('v', 'dots'), edges: frame('v', 'ties') });
    expect(plan).toEqual({ draw: { nodes: false, edges: false }, clear: { nodes: false, edges: false }, followUp: false });
  });

  it('draws the dots first when both changed; the ties keep their image when the view is the same, and follow', () => {
    const shown = fresh();
    shown.frames = { nodes: frame('v', 'dots'), edges: frame('v', 'ties') };
    const plan = planFrame(shown, { nodes: frame('v', 'dots 2'), edges: frame('v', 'ties 2') });
    expect(plan).toEqual({ draw: { nodes: true, edges: false }, clear: { nodes: true, edges: false }, followUp: true });
    expect(shown.unshown).toBe('nodes');
    // Once the dots are on screen, the next frame draws the ties and leaves the dots alone.
    shown.unshown = null;
    expect(planFrame(shown, { nodes: frame('v', 'dots 2'), edges: frame('v', 'ties 2') })).toEqual({
      draw: { nodes: false, edges: true },
      clear: { nodes: false, edges: true },
      followUp: false,
    });
  });

  it('clears ties that wait when the camera moved (their old image is out of place)', () => {
    const shown = fresh();
    shown.frames = { nodes: frame('v', 'dots'), edges: frame('v', 'ties') };
    const plan = planFrame(shown, { nodes: frame('w', 'dots'), edges: frame('w', 'ties') });
    expect(plan.draw).toEqual({ nodes: true, edges: false });
    expect(plan.clear).toEqual({ nodes: true, edges: true });
    expect(shown.frames.edges).toBeNull();
  });

  it('makes the other layer wait while a drawn one is not on screen yet', () => {
    const shown = fresh();
    shown.frames = { nodes: frame('v', 'dots'), edges: frame('v', 'ties') };
    shown.unshown = 'nodes';
    const plan = planFrame(shown, { nodes: frame('v', 'dots'), edges: frame('v', 'ties 2') });
    expect(plan).toEqual({ draw: { nodes: false, edges: false }, clear: { nodes: false, edges: false }, followUp: true });
    // The same layer may be drawn again: the page waits for that canvas anyway.
    expect(planFrame(shown, { nodes: frame('v', 'dots 2'), edges: frame('v', 'ties') }).draw).toEqual({ nodes: true, edges: false });
  });

  it('clears ties hidden while moving once, then leaves them; hidden ties never hold the dots back', () => {
    const shown = fresh();
    shown.frames = { nodes: frame('v', 'dots'), edges: frame('v', 'ties') };
    const first = planFrame(shown, { nodes: frame('w', 'sample'), edges: frame('', null, false) });
    expect(first).toEqual({ draw: { nodes: true, edges: true }, clear: { nodes: true, edges: true }, followUp: false });
    shown.unshown = null;
    const next = planFrame(shown, { nodes: frame('x', 'sample'), edges: frame('', null, false) });
    expect(next).toEqual({ draw: { nodes: true, edges: false }, clear: { nodes: true, edges: false }, followUp: false });
  });

  it('on any sequence: never two layers with items drawn before one is on screen, and a still view settles', () => {
    const layerFrame = fc.record({ view: fc.constantFrom('a', 'b'), content: fc.option(fc.constantFrom('1', '2'), { nil: null }), items: fc.boolean() });
    const step = fc.record({ nodes: layerFrame, edges: layerFrame, onScreen: fc.boolean() });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 30 }), (steps) => {
        const shown = fresh();
        let drawnUnshown = new Set<Layer>();
        for (const { nodes, edges, onScreen } of steps) {
          const now = { nodes, edges };
          const plan = planFrame(shown, now);
          for (const layer of ['nodes', 'edges'] as const) if (plan.draw[layer] && now[layer].items) drawnUnshown.add(layer);
          expect(drawnUnshown.size).toBeLessThanOrEqual(1);
          if (onScreen) {
            shown.unshown = null;
            drawnUnshown = new Set();
          }
        }
        // Nothing changes any more and each frame reaches the screen: within two frames every layer shows `now`.
        const last = steps[steps.length - 1];
        const now = { nodes: last.nodes, edges: last.edges };
        for (let frames = 0; frames < 2; frames++) {
          shown.unshown = null;
          planFrame(shown, now);
        }
        shown.unshown = null;
        const settled = planFrame(shown, now);
        expect(settled.draw).toEqual({ nodes: false, edges: false });
        expect(settled.followUp).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});

describe('hashFloats', () => {
  it('gives equal arrays one key, and a different key for one changed bit or another length', () => {
    const array = Float32Array.from({ length: 1000 }, (_, i) => Math.sin(i));
    expect(hashFloats(array)).toBe(hashFloats(array.slice()));
    const changed = array.slice();
    new Uint32Array(changed.buffer)[517] ^= 1;
    expect(hashFloats(changed)).not.toBe(hashFloats(array));
    expect(hashFloats(array.subarray(0, 999))).not.toBe(hashFloats(array));
    // A view into a bigger buffer hashes only its own floats.
    expect(hashFloats(array.subarray(10, 20))).toBe(hashFloats(array.slice(10, 20)));
  });
});

/** A stand-in for a sigma program: an array it writes by process(), and the frames it drew. */
class FakeProgram {
  array = new Float32Array(0);
  capacity = 0;
  drawn: string[] = [];
  constructor(readonly name: string) {}
  reallocate(capacity: number) {
    if (capacity === this.capacity) return;
    this.capacity = capacity;
    this.array = new Float32Array(capacity * 2);
  }
  process(offset: number, x: number, y: number) {
    this.array.set([x, y], offset * 2);
  }
  render(params: { frame: number }) {
    this.drawn.push(`${this.name} ${params.frame}`);
  }
}

type KeptFake = FakeProgram & { contentKey(): string; drawThisFrame: boolean };
const Kept = keptWhenUnchanged(FakeProgram) as unknown as new (name: string) => KeptFake;

/** A stand-in for sigma's render: the same events in the same order, its clears and picking-texture resets. */
function fakeSigma() {
  const listeners = new Map<string, (() => void)[]>();
  const log: string[] = [];
  const camera = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  let frames = 0;
  let scheduled: (() => void) | null = null;
  const sigma = {
    nodePrograms: { point: new Kept('dots') },
    edgePrograms: { line: new Kept('ties') },
    nodeHoverPrograms: { point: { capacity: 0 } },
    graph: { order: 2 },
    webGLContexts: {
      nodes: { clear: () => log.push('clear nodes') },
      edges: { clear: () => log.push('clear edges') },
      hoverNodes: { clear: () => log.push('clear hover') },
    },
    pixelRatio: 1,
    on(event: string, listener: () => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    emit(event: string) {
      for (const listener of listeners.get(event) ?? []) listener();
    },
    getCamera: () => ({ getState: () => camera }),
    getDimensions: () => ({ width: 800, height: 600 }),
    getSetting: () => true,
    resetWebGLTexture(id: string) {
      log.push(`reset ${id}`);
    },
    scheduleRender() {
      scheduled = () => sigma.render();
    },
    render() {
      const frame = ++frames;
      sigma.emit('beforeRender');
      sigma.emit('beforeClear');
      sigma.webGLContexts.nodes.clear();
      sigma.webGLContexts.edges.clear();
      sigma.webGLContexts.hoverNodes.clear();
      sigma.emit('afterClear');
      sigma.resetWebGLTexture('nodes');
      // sigma stops here for an empty graph, before the hover layer.
      if (!sigma.graph.order) return sigma.emit('afterRender');
      for (const program of [sigma.nodePrograms.point, sigma.edgePrograms.line]) program.render({ frame });
      sigma.renderHighlightedNodes();
      sigma.emit('afterRender');
    },
    /** sigma's hover layer: its programs hold the hovered and highlighted dots, then it is cleared and drawn. */
    renderHighlightedNodes() {
      sigma.webGLContexts.hoverNodes.clear();
    },
  };
  const write = (program: KeptFake, points: number[][]) => {
    program.reallocate(points.length);
    points.forEach(([x, y], i) => program.process(i, x, y));
  };
  return { sigma, log, camera, write, takeScheduled: () => [scheduled, (scheduled = null)][0] as (() => void) | null };
}

describe('keepUnchangedLayers', () => {
  const raf = globalThis.requestAnimationFrame;
  beforeEach(() => {
    globalThis.requestAnimationFrame = ((callback: FrameRequestCallback) => setTimeout(() => callback(0), 0)) as unknown as typeof requestAnimationFrame;
  });
  afterEach(() => {
    globalThis.requestAnimationFrame = raf;
  });

  it('redraws only what changed, one layer a frame, and leaves an unchanged layer untouched', async () => {
    const { sigma, log, camera, write, takeScheduled } = fakeSigma();
    const motion: Motion = { moving: false };
    keepUnchangedLayers(sigma as unknown as Sigma, motion);
    const { point: dots } = sigma.nodePrograms;
    const { line: ties } = sigma.edgePrograms;
    write(dots, [[1, 2], [3, 4]]);
    write(ties, [[1, 3]]);

    // First frame: both changed, the dots go first and the ties follow once that frame is on screen.
    sigma.render();
    expect([...dots.drawn, ...ties.drawn]).toEqual(['dots 1']);
    // The hover layer is cleared once, at the end (not at the start too), and then left alone while empty.
    expect(log.splice(0)).toEqual(['clear nodes', 'clear edges', 'reset nodes', 'clear hover']);
    expect(takeScheduled()).toBeNull();
    await nextFrame();
    takeScheduled()!();
    expect([...dots.drawn.splice(0), ...ties.drawn.splice(0)]).toEqual(['dots 1', 'ties 2']);
    // The dots' canvas and picking image are left as they are.
    expect(log.splice(0)).toEqual(['clear edges']);
    await nextFrame();

    // sigma rewrites arrays with the same values (a full process): nothing is drawn, nothing cleared.
    write(dots, [[1, 2], [3, 4]]);
    write(ties, [[1, 3]]);
    sigma.render();
    expect([...dots.drawn, ...ties.drawn]).toEqual([]);
    expect(log.splice(0)).toEqual([]);

    // One dot restyled (a click): only the dots' layer; the ties keep their image.
    write(dots, [[1, 2], [3, 5]]);
    sigma.render();
    expect([...dots.drawn.splice(0), ...ties.drawn]).toEqual(['dots 4']);
    expect(log.splice(0)).toEqual(['clear nodes', 'reset nodes']);
    await nextFrame();
    expect(takeScheduled()).toBeNull();

    // The camera moved: the dots now; the ties, out of place, are cleared and drawn after the dots are shown.
    camera.x = 0.6;
    sigma.render();
    expect([...dots.drawn.splice(0), ...ties.drawn]).toEqual(['dots 5']);
    expect(log.splice(0)).toEqual(['clear nodes', 'clear edges', 'reset nodes']);
    await nextFrame();
    takeScheduled()!();
    expect([...dots.drawn, ...ties.drawn.splice(0)]).toEqual(['ties 6']);
    // After the frame every program draws again when asked (another renderer of the same classes, an export).
    expect(dots.drawThisFrame && ties.drawThisFrame).toBe(true);
  });

  it('clears the hover layer only while it holds or is to hold a dot', () => {
    const { sigma, log } = fakeSigma();
    keepUnchangedLayers(sigma as unknown as Sigma, { moving: false });
    sigma.render();
    log.splice(0);
    sigma.renderHighlightedNodes();
    expect(log.splice(0)).toEqual([]);
    // A hovered dot: cleared and drawn; then, once it is left, cleared once more and left alone after.
    sigma.nodeHoverPrograms.point.capacity = 1;
    sigma.renderHighlightedNodes();
    expect(log.splice(0)).toEqual(['clear hover']);
    sigma.nodeHoverPrograms.point.capacity = 0;
    sigma.renderHighlightedNodes();
    sigma.renderHighlightedNodes();
    expect(log.splice(0)).toEqual(['clear hover']);
    // A frame of an empty graph ends before the hover layer is drawn: its first clear stays.
    sigma.nodeHoverPrograms.point.capacity = 1;
    sigma.renderHighlightedNodes();
    sigma.graph.order = 0;
    log.splice(0);
    sigma.render();
    expect(log.filter((entry) => entry === 'clear hover')).toEqual(['clear hover']);
  });

  it('schedules no frame for the waiting ties once sigma is killed', async () => {
    const { sigma, write, takeScheduled } = fakeSigma();
    keepUnchangedLayers(sigma as unknown as Sigma, { moving: false });
    write(sigma.nodePrograms.point, [[1, 2]]);
    write(sigma.edgePrograms.line, [[1, 3]]);
    sigma.render();
    sigma.emit('kill');
    await nextFrame();
    expect(takeScheduled()).toBeNull();
  });
});
