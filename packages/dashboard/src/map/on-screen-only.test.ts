import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { drawOnScreenOnly, onScreenItems, type View } from './on-screen-only.js';

/** A view whose matrix scales graph coordinates by `scale` and moves them by (dx, dy), in clip space. */
const view = (scale: number, dx = 0, dy = 0, width = 800, height = 400, sizeRatio = 1): View => ({
  matrix: Float32Array.from([scale, 0, 0, 0, scale, 0, dx, dy, 1]),
  sizeRatio,
  width,
  height,
});

/** Items of three floats (x, y, size) and a fourth, an id, as the dot programs lay them out. */
const items = (dots: number[][]) => Float32Array.from(dots.flatMap(([x, y, size], id) => [x, y, size, id]));
const ids = (result: { array: Float32Array; count: number } | null) => (result ? Array.from({ length: result.count }, (_, k) => result.array[k * 4 + 3]) : null);

describe('onScreenItems', () => {
  it('keeps the dots within the view, widened by each one\'s radius, in their order', () => {
    // 800 × 400 pixels: one pixel is 2/800 of clip space across, 2/400 up.
    const dots = [
      [0, 0, 5], // centre
      [1.01, 0, 5], // 4 px right of the edge, radius 5: its edge shows
      [1.02, 0, 5], // 8 px right: hidden
      [0, -1.02, 5], // 4 px below: shows
      [0, -1.03, 5], // 6 px below: hidden
      [-3, 2, 50], // far off
      [0.5, 0.5, 0], // no size (sigma's hidden dots): never drawn
      ...Array.from({ length: 5 }, () => [9, 9, 1]),
    ];
    expect(ids(onScreenItems(items(dots), 4, dots.length, view(1)))).toEqual([0, 1, 3]);
    // The camera moved left by a quarter of the view: the dot 0.2 beyond the right edge comes in, the centre stays.
    const moved = [[1.2, 0, 1], [-1.2, 0, 1], [0, 0, 1], ...Array.from({ length: 5 }, () => [9, 9, 1])];
    expect(ids(onScreenItems(items(moved), 4, moved.length, view(1, -0.5)))).toEqual([0, 2]);
    // Zoomed out so that everything is in view: not worth a copy.
    expect(onScreenItems(items(dots), 4, dots.length, view(0.01))).toBeNull();
  });

  it('agrees with pixel geometry on random dots and views', () => {
    const dot = fc.tuple(fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: 0, max: 30, noNaN: true }));
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 60 }), fc.double({ min: 0.2, max: 4, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: 0.5, max: 3, noNaN: true }), (dots, scale, dx, sizeRatio) => {
        const array = items(dots);
        const frame = view(scale, dx, 0, 640, 480, sizeRatio);
        const result = onScreenItems(array, 4, dots.length, frame, Number.POSITIVE_INFINITY);
        // In pixels: the dot's disc (radius size / sizeRatio) reaches into the 640 × 480 viewport.
        const expected = dots.flatMap(([x, y, size], id) => {
          const [cx, cy] = [Math.fround(x), Math.fround(y)];
          const px = ((Math.fround(scale) * cx + Math.fround(dx) + 1) / 2) * 640;
          const py = ((Math.fround(scale) * cy + 1) / 2) * 480;
          const r = Math.fround(size) / sizeRatio;
          return Math.fround(size) > 0 && px >= -r - 1e-6 && px <= 640 + r + 1e-6 && py >= -r - 1e-6 && py <= 480 + r + 1e-6 ? [id] : [];
        });
        // Dots exactly on the boundary may fall either way in float arithmetic; nothing else may differ.
        const got = ids(result)!;
        const near = (id: number) => {
          const [x, y, size] = dots[id];
          const px = ((scale * x + dx + 1) / 2) * 640;
          const py = ((scale * y + 1) / 2) * 480;
          const r = size / sizeRatio;
          return [px + r, 640 + r - px, py + r, 480 + r - py].some((gap) => Math.abs(gap) < 1e-3);
        };
        expect(got.filter((id) => !near(id))).toEqual(expected.filter((id) => !near(id)));
      }),
      { numRuns: 300 },
    );
  });
});

/** A stand-in for sigma's point program: what each pass (bindProgram to unbindProgram) saw of the array. */
class FakeDots {
  VERTICES = 1;
  ATTRIBUTES_ITEMS_COUNT = 4;
  array = new Float32Array(0);
  capacity = 0;
  verticesCount = 0;
  passes: number[][] = [];
  private bound: number[] | null = null;
  reallocate(capacity: number) {
    this.capacity = capacity;
    this.verticesCount = capacity;
    this.array = new Float32Array(capacity * 4);
  }
  process(offset: number, x: number, y: number) {
    this.array.set([x, y, 2, offset], offset * 4);
  }
  bindProgram(_program: unknown) {
    this.bound = Array.from({ length: this.verticesCount }, (_, k) => this.array[k * 4 + 3]);
  }
  unbindProgram(_program: unknown) {
    this.passes.push(this.bound!);
    this.bound = null;
  }
  render(_params: RenderParams) {
    this.bindProgram('normal');
    this.unbindProgram('normal');
  }
}

describe('drawOnScreenOnly', () => {
  it('draws and picks only the dots on screen, and keeps the whole array for sigma', () => {
    const OnScreen = drawOnScreenOnly(FakeDots as unknown as NodeProgramType) as unknown as new () => FakeDots;
    expect(drawOnScreenOnly(FakeDots as unknown as NodeProgramType)).toBe(OnScreen);
    const program = new OnScreen();
    const count = 3000;
    program.reallocate(count);
    // Dots along x from -2 to 2: the middle half is on screen at scale 1.
    for (let i = 0; i < count; i++) program.process(i, -2 + (4 * i) / (count - 1), 0);
    program.render({ ...view(1), pixelRatio: 1 } as unknown as RenderParams);
    const [shown] = program.passes;
    expect(shown.length).toBeGreaterThan(count * 0.45);
    expect(shown.length).toBeLessThan(count * 0.55);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    // sigma's own state is whole again after the pass...
    expect(program.capacity).toBe(count);
    expect(program.array.length).toBe(count * 4);
    // ...and a picking pass drawn later, for that frame, sees the same dots.
    program.bindProgram('pick');
    program.unbindProgram('pick');
    expect(program.passes[1]).toEqual(shown);
    // Zoomed out, every dot is on screen: all are drawn.
    program.render({ ...view(0.4), pixelRatio: 1 } as unknown as RenderParams);
    expect(program.passes[2]).toHaveLength(count);
  });
});
