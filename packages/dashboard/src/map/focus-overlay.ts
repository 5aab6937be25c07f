// The ties of the organisation in focus, drawn on a 2D canvas over a big map (whose sigma graph holds only
// some ties): a few dozen lines redraw in a millisecond, where re-indexing the WebGL scene would take hundreds.
import type Sigma from 'sigma';
import { COLOURS } from '../state/palette.js';
import type { DisplayEdge, DisplayNode } from './display-graph.js';
import { clearedOverlay } from './overlay-canvas.js';

export class FocusOverlay {
  private readonly canvas: HTMLCanvasElement;
  private lines: [string, string][] = [];

  constructor(private readonly sigma: Sigma<DisplayNode, DisplayEdge>) {
    // A sigma layer under the labels, hovers and mouse layers, above the ties and dots.
    this.canvas = sigma.createCanvas('focusTies', { beforeLayer: 'labels' }) as HTMLCanvasElement;
    this.canvas.setAttribute('aria-hidden', 'true');
    sigma.on('afterRender', () => this.draw());
  }

  /** The ties to draw, as pairs of node keys. */
  show(lines: [string, string][]): void {
    this.lines = lines;
    this.draw();
  }

  kill(): void {
    this.canvas.remove();
  }

  private draw(): void {
    const { context } = clearedOverlay(this.canvas, this.sigma);
    if (!this.lines.length) return;
    context.strokeStyle = COLOURS.highlightedEdge;
    context.lineWidth = 1.5;
    context.beginPath();
    for (const [source, target] of this.lines) {
      const a = this.sigma.getNodeDisplayData(source);
      const b = this.sigma.getNodeDisplayData(target);
      if (!a || !b || a.hidden || b.hidden) continue;
      const p = this.sigma.framedGraphToViewport(a);
      const q = this.sigma.framedGraphToViewport(b);
      context.moveTo(p.x, p.y);
      context.lineTo(q.x, q.y);
    }
    context.stroke();
  }
}
