// What the map's program wrappers (moving-sample.ts, on-screen-only.ts, kept-layers.ts) share: the fields of
// sigma's Program they read and swap, a count of the writes to its array (so a wrapper knows when what it
// derived from the array is stale), and drawing with other items in place of the array.

/** The fields of sigma's Program the wrappers read and swap (public in sigma 3's declarations). */
export interface ProgramState {
  array: Float32Array;
  capacity: number;
  verticesCount: number;
  VERTICES: number;
  ATTRIBUTES_ITEMS_COUNT: number;
  isInstanced: boolean;
}

/** Some of a program's items, laid out as in its array. */
export interface Items {
  array: Float32Array;
  count: number;
}

/** Puts `items` in place of the program's array; returns the items it held (to put back). */
export function putItems(program: ProgramState, items: Items): Items {
  const held = { array: program.array, count: program.capacity };
  program.array = items.array;
  program.capacity = items.count;
  program.verticesCount = program.VERTICES * items.count;
  return held;
}

/** Runs `draw` with `items` in place of the program's array, and puts its own array back after. */
export function withItems(program: ProgramState, items: Items, draw: () => void): void {
  const held = putItems(program, items);
  try {
    draw();
  } finally {
    putItems(program, held);
  }
}

const COUNTS_WRITES = Symbol('counts writes');

type Writer = new (...args: any[]) => { process(...args: unknown[]): void; reallocate(capacity: number): void };

/**
 * `Base` with `writes`, bumped whenever sigma writes its array (process, reallocate). Wrappers stacked on one
 * program share one count: a class that already counts is returned as it is.
 */
export function countingWrites<T extends Writer>(Base: T): T & (new (...args: any[]) => { writes: number }) {
  if ((Base as unknown as Record<symbol, boolean>)[COUNTS_WRITES]) return Base as T & (new (...args: any[]) => { writes: number });
  class Counted extends Base {
    static [COUNTS_WRITES] = true;
    writes = 0;

    process(...args: unknown[]): void {
      this.writes++;
      super.process(...args);
    }

    reallocate(capacity: number): void {
      this.writes++;
      super.reallocate(capacity);
    }
  }
  return Counted;
}
