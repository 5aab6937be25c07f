// A big map's dot programs draw only the dots on screen. Under a software renderer a frame costs about the
// same per dot whether it is on screen or not (each goes through the vertex stage), so after a click the
// camera, closing in on the selection, still paid for all 100,000 dots. Each pass (sigma's bindProgram to
// unbindProgram) now sees only the dots within the view, each with the margin of its own radius.
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { countingWrites, type Items, type ProgramState, putItems } from './program-items.js';

export const ON_SCREEN_DEFAULTS = {
  /** Programs with fewer items draw them all: culling would save nothing. */
  from: 2000,
  /** Above this share of items on screen, everything is drawn (the copy is not worth it). */
  worthBelow: 0.8,
};

/** What the culling reads of a frame (sigma's render params). */
export type View = Pick<RenderParams, 'matrix' | 'sizeRatio' | 'width' | 'height'>;

/**
 * The items of a dot program's array that fall on screen: position (x, y) and size are an item's first three
 * floats, as in sigma's point program and the ring sprites. A dot is kept when its centre, moved by sigma's
 * matrix into clip space, is within the view widened by its radius (size / sizeRatio pixels). Order is kept.
 * Null when most items are on screen anyway.
 */
export function onScreenItems(array: Float32Array, itemFloats: number, count: number, view: View, worthBelow = ON_SCREEN_DEFAULTS.worthBelow): Items | null {
  const m = view.matrix;
  const toClipX = 2 / view.width / view.sizeRatio;
  const toClipY = 2 / view.height / view.sizeRatio;
  const kept = new Uint32Array(count);
  let n = 0;
  for (let item = 0; item < count; item++) {
    const at = item * itemFloats;
    const x = array[at];
    const y = array[at + 1];
    const size = array[at + 2];
    // sigma's vertex shader: (u_matrix * vec3(a_position, 1)).xy, the matrix in column order.
    const cx = m[0] * x + m[3] * y + m[6];
    const cy = m[1] * x + m[4] * y + m[7];
    if (size > 0 && Math.abs(cx) <= 1 + size * toClipX && Math.abs(cy) <= 1 + size * toClipY) kept[n++] = item;
  }
  if (n >= count * worthBelow) return null;
  const out = new Float32Array(n * itemFloats);
  for (let k = 0; k < n; k++) out.set(array.subarray(kept[k] * itemFloats, (kept[k] + 1) * itemFloats), k * itemFloats);
  return { array: out, count: n };
}

const culledClasses = new WeakMap<object, unknown>();

/** `Base` (a point-like dot program, one vertex per dot) drawing only its dots on screen. */
export function drawOnScreenOnly<N extends object, E extends object>(Base: NodeProgramType<N, E>, settings = ON_SCREEN_DEFAULTS): NodeProgramType<N, E> {
  const cached = culledClasses.get(Base);
  if (cached) return cached as NodeProgramType<N, E>;
  const Parent = countingWrites(
    Base as unknown as new (...args: unknown[]) => ProgramState & {
      process(...args: unknown[]): void;
      reallocate(capacity: number): void;
      render(params: RenderParams): void;
      bindProgram(program: unknown): void;
      unbindProgram(program: unknown): void;
    },
  );
  class OnScreen extends Parent {
    /** The view of the frame being drawn (bindProgram has no render params). */
    private view: View | null = null;
    private culled: { source: Float32Array; writes: number; view: View; items: Items | null } | null = null;
    /** The program's own array while a pass draws the dots on screen (bindProgram to unbindProgram). */
    private own: Items | null = null;

    render(params: RenderParams): void {
      this.view = params;
      super.render(params);
    }

    bindProgram(program: unknown): void {
      const items = this.onScreen();
      if (items && !this.own) this.own = putItems(this, items);
      super.bindProgram(program);
    }

    unbindProgram(program: unknown): void {
      super.unbindProgram(program);
      if (!this.own) return;
      putItems(this, this.own);
      this.own = null;
    }

    /** This frame's items on screen (computed again only when the array, its sample or the view changed). */
    private onScreen(): Items | null {
      const view = this.view;
      if (!view || this.capacity < settings.from || this.VERTICES !== 1) return null;
      const cached = this.culled;
      if (cached && cached.source === this.array && cached.writes === this.writes && sameView(cached.view, view)) return cached.items;
      const items = onScreenItems(this.array, this.ATTRIBUTES_ITEMS_COUNT, this.capacity, view, settings.worthBelow);
      this.culled = { source: this.array, writes: this.writes, view: { matrix: Float32Array.from(view.matrix), sizeRatio: view.sizeRatio, width: view.width, height: view.height }, items };
      return items;
    }
  }
  culledClasses.set(Base, OnScreen);
  return OnScreen as unknown as NodeProgramType<N, E>;
}

function sameView(a: View, b: View): boolean {
  if (a.sizeRatio !== b.sizeRatio || a.width !== b.width || a.height !== b.height) return false;
  for (let k = 0; k < 9; k++) if (a.matrix[k] !== b.matrix[k]) return false;
  return true;
}
