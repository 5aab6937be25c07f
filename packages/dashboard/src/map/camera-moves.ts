// Where the map's camera goes: to a selected organisation, or framing a few (a proposed tie's two ends).
// A map too big to redraw smoothly jumps there instead of gliding.
import type Sigma from 'sigma';
import type { DisplayEdge, DisplayNode } from './display-graph.js';

type MapSigma = Sigma<DisplayNode, DisplayEdge>;

export const CAMERA_DEFAULTS = {
  /** Camera zoom when going to a selected organisation (smaller = closer), unless already closer. */
  focusRatio: 0.35,
  focusDuration: 500,
  /**
   * From this many organisations the camera jumps instead of gliding: each frame of a glide redraws them all
   * (half a second a frame under a software renderer), so a glide is a few stalled frames, not a motion.
   */
  glideUpTo: 20_000,
};

/** Centres the camera on this organisation, zooming in to focusRatio unless already closer. */
export function goTo(sigma: MapSigma, id: string): void {
  if (!sigma.getGraph().hasNode(id)) return;
  const position = sigma.getNodeDisplayData(id);
  if (!position) return;
  const camera = sigma.getCamera();
  moveCamera(sigma, { x: position.x, y: position.y, ratio: Math.min(camera.ratio, CAMERA_DEFAULTS.focusRatio) });
}

/** Moves the camera to show these organisations (by id) with some margin, never zooming out past the whole map. */
export function frame(sigma: MapSigma, ids: readonly string[]): void {
  const graph = sigma.getGraph();
  const points = ids.map((id) => (graph.hasNode(id) ? sigma.getNodeDisplayData(id) : undefined)).filter((p) => p !== undefined);
  if (points.length < 2) return;
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
  const ratio = Math.min(1, Math.max(CAMERA_DEFAULTS.focusRatio, span * 1.4));
  const x = (Math.max(...xs) + Math.min(...xs)) / 2;
  const y = (Math.max(...ys) + Math.min(...ys)) / 2;
  moveCamera(sigma, { x, y, ratio });
}

/** Glides the camera there, or jumps on a map too big to redraw smoothly (see glideUpTo). */
function moveCamera(sigma: MapSigma, state: { x: number; y: number; ratio: number }): void {
  const camera = sigma.getCamera();
  if (sigma.getGraph().order >= CAMERA_DEFAULTS.glideUpTo) camera.setState(state);
  else void camera.animate(state, { duration: CAMERA_DEFAULTS.focusDuration });
}

/** Pixels per graph unit with the camera at zoom 1. */
export function pixelsPerUnit(sigma: MapSigma): number {
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const a = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState });
  const b = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState });
  return Math.hypot(b.x - a.x, b.y - a.y);
}
