// While the camera moves, a big map draws a sample of its dots. Under a software renderer (no GPU) a frame
// of 100,000 dots and 5,000 rings takes about 0.4 s, so a drag or a zoom would move in half-second jerks
// with the page blocked; a fifth of the dots keeps the map's shape and moves at several frames a second.
// The frame after the camera stops draws every dot again (sigma re-renders then, as for hideEdgesOnMove).
import type Sigma from 'sigma';
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { countingWrites, type Items, type ProgramState, withItems } from './program-items.js';

/** Whether the camera is moving now: shared by a map's programs, set before each frame (see watchMotion). */
export interface Motion {
  moving: boolean;
}

export const MOVING_SAMPLE_DEFAULTS = {
  /** The last items drawn are kept whole: sigma sorts by zIndex, so they are the selection, a path, weak pioneers. */
  tail: 500,
};

/**
 * The items of a sigma program's array to draw while moving: the last `tail` items, and an evenly spread
 * sample of the others, in their order (so the drawing order, and which dot covers which, is kept).
 */
export function sampleItems(array: Float32Array, itemFloats: number, count: number, budget: number, tail = MOVING_SAMPLE_DEFAULTS.tail): { array: Float32Array; count: number } {
  if (count <= budget) return { array: array.subarray(0, count * itemFloats), count };
  const kept = Math.min(tail, budget);
  const rest = count - kept;
  const step = Math.ceil(rest / Math.max(1, budget - kept));
  const sampled = budget - kept > 0 ? Math.ceil(rest / step) : 0;
  const out = new Float32Array((sampled + kept) * itemFloats);
  let to = 0;
  for (let item = 0; item < rest && sampled > 0; item += step) {
    out.set(array.subarray(item * itemFloats, (item + 1) * itemFloats), to);
    to += itemFloats;
  }
  out.set(array.subarray(rest * itemFloats, count * itemFloats), to);
  return { array: out, count: sampled + kept };
}

const wrapped = new WeakMap<Motion, Map<string, Map<unknown, unknown>>>();

/**
 * One wrapper class per program class, kind of wrapper and motion: sigma rebuilds a program (and compiles its
 * shaders) whenever it is handed a different class, and the map hands it the classes again at each stage.
 */
export function wrapOnce<N extends object, E extends object>(motion: Motion, kind: string, Base: NodeProgramType<N, E>, make: () => NodeProgramType<N, E>): NodeProgramType<N, E> {
  const kinds = wrapped.get(motion) ?? wrapped.set(motion, new Map()).get(motion)!;
  const classes = kinds.get(kind) ?? kinds.set(kind, new Map()).get(kind)!;
  const cached = classes.get(Base) as NodeProgramType<N, E> | undefined;
  if (cached) return cached;
  const made = make();
  classes.set(Base, made);
  return made;
}

/** `Base` drawing at most `budget` of its items while `motion.moving`. */
export function drawSampleWhileMoving<N extends object, E extends object>(Base: NodeProgramType<N, E>, budget: number, motion: Motion): NodeProgramType<N, E> {
  return wrapOnce(motion, `sample ${budget}`, Base, () => sampledClass(Base, budget, motion));
}

function sampledClass<N extends object, E extends object>(Base: NodeProgramType<N, E>, budget: number, motion: Motion): NodeProgramType<N, E> {
  const Parent = countingWrites(Base as unknown as new (...args: unknown[]) => ProgramState & { process(...args: unknown[]): void; reallocate(capacity: number): void; render(params: RenderParams): void });
  class Sampled extends Parent {
    /** Taken again whenever sigma writes the array. */
    private sample: (Items & { writes: number }) | null = null;

    render(params: RenderParams): void {
      if (!motion.moving || this.capacity <= budget) return super.render(params);
      const itemFloats = (this.isInstanced ? 1 : this.VERTICES) * this.ATTRIBUTES_ITEMS_COUNT;
      if (this.sample?.writes !== this.writes) this.sample = { ...sampleItems(this.array, itemFloats, this.capacity, budget), writes: this.writes };
      withItems(this, this.sample, () => super.render(params));
    }
  }
  return Sampled as unknown as NodeProgramType<N, E>;
}

/** Sets `motion.moving` before each of sigma's frames, by sigma's own test for hiding ties on move. */
export function watchMotion(sigma: Sigma<any, any>, motion: Motion): void {
  sigma.on('beforeRender', () => {
    const mouse = sigma.getMouseCaptor();
    motion.moving = sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
  });
}
