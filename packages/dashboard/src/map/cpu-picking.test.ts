import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexToColor } from 'sigma/utils';
import { type DotArrays, dotIdAt, indexOfPackedColour } from './cpu-picking.js';

/** A dot program's arrays as sigma's point program lays them out: x, y, size, colour, picking id. */
const program = (dots: number[][]): DotArrays => ({
  array: Float32Array.from(dots.flatMap(([x, y, size, id]) => [x, y, size, 0, id])),
  capacity: dots.length,
  VERTICES: 1,
  ATTRIBUTES_ITEMS_COUNT: 5,
});

describe('dotIdAt', () => {
  it('finds the dot covering the point, the last drawn on top, across programs in drawing order', () => {
    const rings = program([[0, 0, 10, 1]]);
    const points = program([
      [0.05, 0, 10, 2],
      [0.3, 0, 10, 3],
      [0, 0, 0, 4], // hidden (sigma zeroes hidden items)
    ]);
    // 0.01 units per size: dot 1 covers 0.1 around (0, 0), dot 2 around (0.05, 0).
    expect(dotIdAt([rings, points], { x: 0.01, y: 0 }, 0.01)).toBe(2);
    expect(dotIdAt([rings], { x: 0.01, y: 0 }, 0.01)).toBe(1);
    expect(dotIdAt([rings, points], { x: -0.09, y: 0 }, 0.01)).toBe(1);
    expect(dotIdAt([rings, points], { x: 0.3, y: 0.099 }, 0.01)).toBe(3);
    expect(dotIdAt([rings, points], { x: 0.3, y: 0.101 }, 0.01)).toBeNull();
    // Closer in, dot 2 no longer reaches (0, 0); dot 1, at it, still does.
    expect(dotIdAt([rings, points], { x: 0, y: 0 }, 0.001)).toBe(1);
    // Programs that are not one vertex per dot (or have nothing) are skipped.
    expect(dotIdAt([{ ...points, VERTICES: 3 }, {}], { x: 0.05, y: 0 }, 0.01)).toBeNull();
  });

  it('agrees with a plain search over random dots', () => {
    const dot = fc.tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 20 }));
    fc.assert(
      fc.property(fc.array(dot, { maxLength: 40 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: -50, max: 50 }), (dots, px, py) => {
        const withIds = dots.map(([x, y, size], id) => [x, y, size, id]);
        let expected: number | null = null;
        for (const [x, y, size, id] of withIds) if (size > 0 && Math.hypot(x - px, y - py) <= size) expected = id;
        expect(dotIdAt([program(withIds)], { x: px, y: py }, 1)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('indexOfPackedColour', () => {
  it("undoes sigma's indexToColor", () => {
    for (const index of [0, 1, 255, 256, 65_535, 65_536, 123_456, 16_777_215]) expect(indexOfPackedColour(indexToColor(index))).toBe(index);
  });
});
