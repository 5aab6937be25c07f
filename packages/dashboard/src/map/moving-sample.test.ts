import { describe, expect, it } from 'vitest';
import type { NodeProgramType } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { drawSampleWhileMoving, type Motion, sampleItems } from './moving-sample.js';

/** An array of `count` items of `floats` floats, each item's floats all equal to its number. */
function items(count: number, floats: number): Float32Array {
  const array = new Float32Array(count * floats);
  for (let item = 0; item < count; item++) array.fill(item, item * floats, (item + 1) * floats);
  return array;
}

const numbers = (array: Float32Array, floats: number) => Array.from({ length: array.length / floats }, (_, k) => array[k * floats]);

describe('sampleItems', () => {
  it('keeps whole items in their order: the last ones all, the others evenly spread, within the budget', () => {
    for (const [count, floats, budget, tail] of [[100_000, 5, 20_000, 500], [5039, 12, 2000, 500], [1000, 3, 999, 10], [700, 1, 600, 600], [50, 2, 10, 0]]) {
      const { array, count: kept } = sampleItems(items(count, floats), floats, count, budget, tail);
      expect(array.length).toBe(kept * floats);
      expect(kept).toBeLessThanOrEqual(budget);
      const picked = numbers(array, floats);
      // Whole items: every float of an item is that item's.
      for (let k = 0; k < kept; k++) expect(new Set(array.subarray(k * floats, (k + 1) * floats))).toEqual(new Set([picked[k]]));
      expect(picked).toEqual([...picked].sort((a, b) => a - b));
      expect(new Set(picked).size).toBe(kept);
      expect(picked.slice(kept - tail)).toEqual(Array.from({ length: tail }, (_, k) => count - tail + k));
      // Evenly spread: no gap between sampled items wider than the step the budget allows.
      const spread = picked.slice(0, kept - tail);
      const step = Math.ceil((count - tail) / (budget - tail));
      for (let k = 1; k < spread.length; k++) expect(spread[k] - spread[k - 1]).toBe(step);
      if (spread.length) expect(spread[0]).toBe(0);
      // Most of the budget is used (a sample far smaller would thin the map for nothing).
      expect(kept).toBeGreaterThan(budget / 2);
    }
  });

  it('keeps every item when they fit the budget', () => {
    const { array, count } = sampleItems(items(300, 4), 4, 300, 300);
    expect(count).toBe(300);
    expect(numbers(array, 4)).toEqual(Array.from({ length: 300 }, (_, k) => k));
  });
});

describe('drawSampleWhileMoving', () => {
  /** A stand-in for a sigma program: its array and counts as sigma's Program has them; render records what it would draw. */
  function fakeProgram(instanced: boolean) {
    const drawn: { count: number; first: number; last: number }[] = [];
    class Fake {
      array = new Float32Array(0);
      capacity = 0;
      verticesCount = 0;
      VERTICES = instanced ? 3 : 1;
      ATTRIBUTES_ITEMS_COUNT = 4;
      isInstanced = instanced;
      reallocate(capacity: number) {
        this.capacity = capacity;
        this.verticesCount = this.VERTICES * capacity;
        this.array = new Float32Array((instanced ? capacity : this.verticesCount) * this.ATTRIBUTES_ITEMS_COUNT);
      }
      process(_index: number, offset: number) {
        const floats = (instanced ? 1 : this.VERTICES) * this.ATTRIBUTES_ITEMS_COUNT;
        this.array.fill(offset, offset * floats, (offset + 1) * floats);
      }
      render(_params: RenderParams) {
        const floats = (instanced ? 1 : this.VERTICES) * this.ATTRIBUTES_ITEMS_COUNT;
        expect(this.array.length).toBe(this.capacity * floats);
        expect(this.verticesCount).toBe(this.VERTICES * this.capacity);
        drawn.push({ count: this.capacity, first: this.array[0], last: this.array[this.array.length - 1] });
      }
    }
    return { Fake: Fake as unknown as NodeProgramType, drawn };
  }

  for (const instanced of [false, true]) {
    it(`draws every item at rest and a sample while moving, then every item again (${instanced ? 'instanced' : 'points'})`, () => {
      const motion: Motion = { moving: false };
      const { Fake, drawn } = fakeProgram(instanced);
      const Sampled = drawSampleWhileMoving(Fake, 1000, motion);
      expect(drawSampleWhileMoving(Fake, 1000, motion)).toBe(Sampled);
      const program = new (Sampled as unknown as new () => { reallocate(n: number): void; process(i: number, offset: number): void; render(p: RenderParams): void; capacity: number })();
      program.reallocate(5000);
      for (let k = 0; k < 5000; k++) program.process(k, k);
      const params = {} as RenderParams;
      program.render(params);
      motion.moving = true;
      program.render(params);
      program.render(params);
      motion.moving = false;
      program.render(params);
      expect(drawn.map((d) => d.count)).toEqual([5000, drawn[1].count, drawn[1].count, 5000]);
      expect(drawn[1].count).toBeLessThanOrEqual(1000);
      expect(drawn[1].count).toBeGreaterThan(500);
      // The last item (the top of sigma's zIndex order) is drawn while moving too.
      expect(drawn[1].last).toBe(4999);
      expect(program.capacity).toBe(5000);
      // A new item written while moving is in the next sample.
      motion.moving = true;
      program.process(0, 4999);
      program.render(params);
      expect(drawn[4].last).toBe(4999);
      program.reallocate(800);
      for (let k = 0; k < 800; k++) program.process(k, k);
      program.render(params);
      expect(drawn[5].count).toBe(800);
    });
  }
});
