// The scatter's worker: paints the dots on the chart's canvas, handed over as an OffscreenCanvas, so the
// page's thread neither records 100,000 arcs nor waits while a software renderer fills them.
import { paintScatter, type ScatterPainting } from './scatter-paint.js';

export type ScatterRequest = { kind: 'canvas'; canvas: OffscreenCanvas } | { kind: 'paint'; id: number; painting: ScatterPainting };

const scope = self as unknown as { onmessage: ((event: MessageEvent<ScatterRequest>) => void) | null };
let canvas: OffscreenCanvas | null = null;
/** The newest painting; an older one stops at its next slice. */
let latest = 0;

scope.onmessage = ({ data }) => {
  if (data.kind === 'canvas') {
    canvas = data.canvas;
    return;
  }
  latest = data.id;
  if (canvas) paintScatter(canvas, data.painting, () => latest === data.id);
};
