// An overlay canvas matched to sigma's size and the screen's pixel ratio, cleared for a new frame: the drawing
// surface shared by the focus and weaving overlays.
import type Sigma from 'sigma';

/** Sizes `canvas` to sigma's viewport, clears it and returns its context in CSS pixels. */
export function clearedOverlay(canvas: HTMLCanvasElement, sigma: Sigma<any, any>): { context: CanvasRenderingContext2D; width: number; height: number } {
  const { width, height } = sigma.getDimensions();
  const ratio = globalThis.devicePixelRatio || 1;
  if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
  }
  const context = canvas.getContext('2d')!;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.clearRect(0, 0, width, height);
  return { context, width, height };
}
