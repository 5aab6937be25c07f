// Paints a scatter's dots on a 2D canvas: the page's own, or an OffscreenCanvas in the scatter's worker
// (scatter.worker.ts). 100,000 dots take a software renderer the better part of a second, so they are
// filled a slice at a time, each slice a task; a newer painting stops an older one between slices.
import type { ScatterDots } from './scatter-dots.js';

export interface ScatterPainting {
  /** Canvas size in device pixels, and device pixels per chart unit on each axis. */
  pixelWidth: number;
  pixelHeight: number;
  scaleX: number;
  scaleY: number;
  /** Chart size in chart units (the area cleared). */
  width: number;
  height: number;
  radius: number;
  dots: Pick<ScatterDots, 'x' | 'y' | 'starts' | 'colours'>;
  /** The selected organisation's dot, drawn last with a ring, or null. */
  chosen: { x: number; y: number; fill: string; ring: string } | null;
}

export const PAINT_DEFAULTS = {
  /** Dots are filled for at most this long per task (ms). */
  sliceMs: 30,
  /** A few hundred dots per path: one path of 100,000 overlapping circles is far slower to fill than many. */
  dotsPerPath: 256,
};

type Canvas2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Paints `painting` on `canvas`, a slice per task while `current()` stays true. */
export function paintScatter(canvas: HTMLCanvasElement | OffscreenCanvas, painting: ScatterPainting, current: () => boolean, settings = PAINT_DEFAULTS): void {
  // Setting the size clears the canvas (and is needed each time: the chart may have been resized).
  canvas.width = painting.pixelWidth;
  canvas.height = painting.pixelHeight;
  const context = canvas.getContext('2d') as Canvas2D | null;
  if (!context) return;
  context.setTransform(painting.scaleX, 0, 0, painting.scaleY, 0, 0);
  context.clearRect(0, 0, painting.width, painting.height);
  const { x, y, starts, colours } = painting.dots;
  const r = painting.radius;
  let group = 0;
  let at = 0;
  const fillPath = () => {
    const end = Math.min(starts[group + 1], at + settings.dotsPerPath);
    context.fillStyle = colours[group];
    context.beginPath();
    for (; at < end; at++) {
      context.moveTo(x[at] + r, y[at]);
      context.arc(x[at], y[at], r, 0, 2 * Math.PI);
    }
    context.fill();
    if (at >= starts[group + 1]) group++;
  };
  const slice = () => {
    if (!current()) return;
    const until = performance.now() + settings.sliceMs;
    // At least one path per slice, however slow the machine.
    do if (group < colours.length) fillPath();
    while (group < colours.length && performance.now() < until);
    if (group < colours.length) return void setTimeout(slice, 0);
    const chosen = painting.chosen;
    if (chosen) {
      dot(context, chosen.x, chosen.y, r + 3, chosen.ring);
      dot(context, chosen.x, chosen.y, r + 1, chosen.fill);
    }
  };
  slice();
}

function dot(context: Canvas2D, x: number, y: number, r: number, colour: string): void {
  context.beginPath();
  context.arc(x, y, r, 0, 2 * Math.PI);
  context.fillStyle = colour;
  context.fill();
}
