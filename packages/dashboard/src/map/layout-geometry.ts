// Measures of a layout's positions (x0, y0, x1, y1, ...), shared by the page and the layout worker.

/** The longer side of the positions' bounding box (what sigma scales the map by). */
export function extent(xy: Float32Array): number {
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (let k = 0; k < xy.length; k += 2) {
    minX = Math.min(minX, xy[k]); maxX = Math.max(maxX, xy[k]);
    minY = Math.min(minY, xy[k + 1]); maxY = Math.max(maxY, xy[k + 1]);
  }
  return Math.max(maxX - minX, maxY - minY);
}

/** Mean distance each point moved between two position sets of the same size. */
export function meanMove(a: Float32Array, b: Float32Array): number {
  if (a.length !== b.length || a.length === 0) return Number.POSITIVE_INFINITY;
  let sum = 0;
  for (let k = 0; k < a.length; k += 2) sum += Math.hypot(a[k] - b[k], a[k + 1] - b[k + 1]);
  return sum / (a.length / 2);
}
