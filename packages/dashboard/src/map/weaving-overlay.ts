// Proposed ties and a picked path, drawn on a 2D canvas over the map: sigma 3 has no dashed edge program, and
// a proposal is not a tie of the network (it must not change the layout nor the drawn graph). Dashed lines
// for proposals, a solid wide line for the path. The map container's data attributes say what is drawn.
import type Sigma from 'sigma';
import { COLOURS } from '../state/palette.js';
import type { DisplayEdge, DisplayNode } from './display-graph.js';
import { clearedOverlay } from './overlay-canvas.js';

export const WEAVING_OVERLAY = {
  dash: [7, 5],
  proposedWidth: 2.5,
  pathWidth: 3.5,
};

export class WeavingOverlay {
  private readonly canvas: HTMLCanvasElement;
  private proposed: [string, string][] = [];
  private path: string[] = [];

  constructor(private readonly sigma: Sigma<DisplayNode, DisplayEdge>, private readonly container: HTMLElement) {
    // Under the labels, so names stay readable over the lines.
    this.canvas = sigma.createCanvas('weaving', { beforeLayer: 'labels' }) as HTMLCanvasElement;
    this.canvas.setAttribute('aria-hidden', 'true');
    sigma.on('afterRender', () => this.draw());
  }

  /** Proposed ties as pairs of node keys; the path as node keys in order (empty: none). */
  show(proposed: [string, string][], path: string[]): void {
    this.proposed = proposed;
    this.path = path;
    this.draw();
  }

  kill(): void {
    this.canvas.remove();
  }

  private point(key: string): { x: number; y: number } | null {
    const data = this.sigma.getNodeDisplayData(key);
    if (!data || data.hidden) return null;
    return this.sigma.framedGraphToViewport(data);
  }

  private draw(): void {
    const { context } = clearedOverlay(this.canvas, this.sigma);
    context.lineCap = 'round';
    let pathDrawn = 0;
    if (this.path.length > 1) {
      context.strokeStyle = COLOURS.path;
      context.lineWidth = WEAVING_OVERLAY.pathWidth;
      context.setLineDash([]);
      context.beginPath();
      for (let k = 1; k < this.path.length; k++) {
        const p = this.point(this.path[k - 1]);
        const q = this.point(this.path[k]);
        if (!p || !q) continue;
        context.moveTo(p.x, p.y);
        context.lineTo(q.x, q.y);
        pathDrawn++;
      }
      context.stroke();
    }
    let proposedDrawn = 0;
    context.strokeStyle = COLOURS.proposed;
    context.lineWidth = WEAVING_OVERLAY.proposedWidth;
    context.setLineDash(WEAVING_OVERLAY.dash);
    context.beginPath();
    for (const [source, target] of this.proposed) {
      const p = this.point(source);
      const q = this.point(target);
      if (!p || !q) continue;
      context.moveTo(p.x, p.y);
      context.lineTo(q.x, q.y);
      proposedDrawn++;
    }
    context.stroke();
    this.container.dataset.proposedTies = String(proposedDrawn);
    this.container.dataset.pathSteps = String(pathDrawn);
  }
}
