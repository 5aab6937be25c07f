// A big map finds the dot under the pointer on the CPU, so its dot programs draw no picking pass at all.
// sigma draws every dot a second time into a hidden image to read the one under the pointer; under a software
// renderer that pass costs as much as the visible one, and the GPU, running one thing at a time, makes the
// next frame wait for it. Instead the pointer is tested against the programs' own arrays (what is drawn, in
// the order drawn, so the last dot hit is the one on top): a millisecond for 100,000 dots.
// It reaches into sigma's internals (names as in sigma 3.0's sigma.esm.js), as sliced-sigma.ts does.
import type Sigma from 'sigma';

/** What this reads of a dot program: one vertex per dot of x, y, size, …, and its picking id (a packed colour) last. */
export interface DotArrays {
  array?: Float32Array;
  capacity?: number;
  VERTICES?: number;
  ATTRIBUTES_ITEMS_COUNT?: number;
}

/**
 * The picking id of the dot drawn on top at `point` (framed-graph coordinates), or null: a dot covers the
 * point when it is within size × `unitsPerSize` of its centre. Programs in drawing order.
 */
export function dotIdAt(programs: readonly DotArrays[], point: { x: number; y: number }, unitsPerSize: number): number | null {
  let hit: number | null = null;
  for (const { array, capacity = 0, VERTICES, ATTRIBUTES_ITEMS_COUNT: stride = 0 } of programs) {
    if (!array || VERTICES !== 1 || stride < 4) continue;
    for (let item = 0, at = 0; item < capacity; item++, at += stride) {
      const size = array[at + 2];
      if (!(size > 0)) continue;
      const dx = array[at] - point.x;
      const dy = array[at + 1] - point.y;
      const radius = size * unitsPerSize;
      if (dx * dx + dy * dy <= radius * radius) hit = array[at + stride - 1];
    }
  }
  return hit;
}

const packed = new Float32Array(1);
const bytes = new Uint8Array(packed.buffer);

/** sigma's picking index from the colour it packs into a float (indexToColor, colorToIndex in its colors module). */
export function indexOfPackedColour(colour: number): number {
  packed[0] = colour;
  return bytes[2] + (bytes[1] << 8) + (bytes[0] << 16);
}

interface SigmaInternals {
  nodePrograms: Record<string, DotArrays>;
  itemIDsIndex: Record<number, { type: 'node' | 'edge'; id: string }>;
  getNodeAtPosition(position: { x: number; y: number }): string | null;
}

/** Makes `sigma` answer "which dot is under the pointer" from its dot programs' arrays (see the top of this file). */
export function pickOnCpu(sigma: Sigma<any, any>): void {
  const internals = sigma as unknown as SigmaInternals;
  internals.getNodeAtPosition = (position) => {
    const point = sigma.viewportToFramedGraph(position);
    // A dot's radius on screen is scaleSize(size) pixels; one pixel across is this many framed-graph units.
    const step = sigma.viewportToFramedGraph({ x: position.x + 1, y: position.y });
    const unitsPerPixel = Math.hypot(step.x - point.x, step.y - point.y);
    const id = dotIdAt(Object.values(internals.nodePrograms), point, sigma.scaleSize(1) * unitsPerPixel);
    if (id === null) return null;
    const item = internals.itemIDsIndex[indexOfPackedColour(id)];
    return item?.type === 'node' ? item.id : null;
  };
}
