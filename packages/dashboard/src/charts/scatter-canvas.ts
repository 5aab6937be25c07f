// Where a scatter's dots are painted: in a worker of their own when the browser can hand a canvas over
// (OffscreenCanvas), so a big network's 100,000 dots never hold up the page; otherwise on the page itself,
// a slice per task. A worker that fails to start falls back to the page with a fresh canvas.
import { paintScatter, type ScatterPainting } from './scatter-paint.js';
import type { ScatterRequest } from './scatter.worker.js';

export interface ScatterPainter {
  paint(painting: ScatterPainting): void;
  /** The canvas on the page now (to measure). */
  canvas(): HTMLCanvasElement;
}

export function scatterCanvas(canvas: HTMLCanvasElement): ScatterPainter {
  let drawing = 0;
  let last: ScatterPainting | null = null;
  const onPage = (painting: ScatterPainting) => {
    const run = ++drawing;
    paintScatter(canvas, painting, () => run === drawing);
  };
  const here = () => canvas;
  if (typeof Worker === 'undefined' || typeof canvas.transferControlToOffscreen !== 'function') return { paint: onPage, canvas: here };
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./scatter.worker.ts', import.meta.url), { type: 'module', name: 'knet-scatter' });
    const offscreen = canvas.transferControlToOffscreen();
    worker.postMessage({ kind: 'canvas', canvas: offscreen } satisfies ScatterRequest, [offscreen]);
  } catch {
    worker?.terminate();
    return { paint: onPage, canvas: here };
  }
  worker.addEventListener('error', () => {
    worker?.terminate();
    worker = null;
    // The handed-over canvas is the worker's for good: the page paints on a new one in its place.
    const fresh = canvas.cloneNode(false) as HTMLCanvasElement;
    canvas.replaceWith(fresh);
    canvas = fresh;
    if (last) onPage(last);
  });
  return {
    paint(painting) {
      last = painting;
      if (!worker) return onPage(painting);
      worker.postMessage({ kind: 'paint', id: ++drawing, painting } satisfies ScatterRequest);
    },
    canvas: here,
  };
}
