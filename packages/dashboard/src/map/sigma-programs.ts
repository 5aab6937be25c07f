// The WebGL programs sigma compiles for the map. sigma compiles every registered program in its constructor
// (a node program twice more: for picking and for hovers), and always registers its defaults (circle, arrow)
// too: under a software renderer each link is 10-20 ms of the page's thread. So the map registers only the
// node and tie types it draws, puts a program that compiles nothing under the other keys, and a big map
// compiles its programs in stages (one task each, see map-view.ts) rather than all in the constructor.
import { createNodeBorderProgram } from '@sigma/node-border';
import { EdgeLineProgram, type EdgeProgramType, EdgeRectangleProgram, NodePointProgram, type NodeProgramType } from 'sigma/rendering';
import type { NodeDisplayData, RenderParams } from 'sigma/types';
import { COLOURS } from '../state/palette.js';
import type { DisplayEdge, DisplayNode } from './display-graph.js';
import { neverPicked } from './never-picked.js';
import { keptWhenUnchanged } from './kept-layers.js';
import { drawOnScreenOnly } from './on-screen-only.js';
import { drawSampleWhileMoving, type Motion } from './moving-sample.js';
import { NodeRingSpriteProgram } from './ring-sprite-program.js';

type NodeClass = NodeProgramType<DisplayNode, DisplayEdge>;
type EdgeClass = EdgeProgramType<DisplayNode, DisplayEdge>;

const NodeRingProgram: NodeClass = createNodeBorderProgram<DisplayNode, DisplayEdge>({
  borders: [
    { size: { attribute: 'ringSize', defaultValue: 0 }, color: { attribute: 'ringColor', defaultValue: COLOURS.ring } },
    { size: { attribute: 'gapSize', defaultValue: 0 }, color: { value: COLOURS.ringGap } },
    { size: { fill: true }, color: { attribute: 'color' } },
  ],
});

/** A program for a type the map never draws: nothing to compile, nothing to draw. */
class UnusedProgram {
  drawLabel = undefined;
  drawHover = undefined;
  constructor(_gl: WebGLRenderingContext, _picking: WebGLFramebuffer | null, _renderer: unknown) {}
  reallocate(_capacity: number): void {}
  process(_index: number, _offset: number, _data: NodeDisplayData): void {}
  render(_params: RenderParams): void {}
  kill(): void {}
}

// sigma's built-in programs are typed for untyped attributes; they draw any.
const Unused = UnusedProgram as unknown as NodeClass & EdgeClass;
const Point = NodePointProgram as unknown as NodeClass;
const Line = EdgeLineProgram as unknown as EdgeClass;
const Rectangle = EdgeRectangleProgram as unknown as EdgeClass;
const RingSprite = NodeRingSpriteProgram as unknown as NodeClass;

/** Items a big map draws per program while the camera moves: about 0.1 s of a software renderer's frame. */
export const MOVING_BUDGET = { points: 20_000, rings: 2000 };

/** How far a map's programs are compiled: its first dot's type only, every node type, or everything. */
export type ProgramStage = 'first' | 'nodes' | 'all';

export interface MapPrograms {
  nodeProgramClasses: Record<string, NodeClass>;
  edgeProgramClasses: Record<string, EdgeClass>;
}

/**
 * The programs for a map: big maps draw plain dots as points, rings as point sprites and ties as lines;
 * small maps draw every dot with node-border's rings and ties as rectangles. `firstType` is the type of the
 * first dot drawn (for the 'first' stage); `motion` tells a big map's programs when the camera moves.
 */
export function mapPrograms(big: boolean, stage: ProgramStage = 'all', firstType: 'ring' | 'point' = 'point', motion: Motion | null = null): MapPrograms {
  const nodeReady = (type: 'ring' | 'point') => stage !== 'first' || type === firstType;
  // Big maps draw only the dots on screen (on-screen-only.ts), a sample of them while the camera moves
  // (moving-sample.ts), no picking pass (never-picked.ts: map-view.ts picks on the CPU), and a layer only
  // when it changed (kept-layers.ts).
  const moving = (Base: NodeClass, budget: number) =>
    big && motion ? keptWhenUnchanged(drawSampleWhileMoving(neverPicked(drawOnScreenOnly(Base)), budget, motion)) : Base;
  // Big maps' rings are point sprites (see ring-sprite-program.ts).
  const ring = nodeReady('ring') ? moving(big ? RingSprite : NodeRingProgram, MOVING_BUDGET.rings) : Unused;
  const point = big && nodeReady('point') ? moving(Point, MOVING_BUDGET.points) : Unused;
  const edges = stage === 'all';
  return {
    nodeProgramClasses: { circle: Unused, ring, point },
    edgeProgramClasses: { arrow: Unused, line: big && edges ? keptWhenUnchanged(neverPicked(Line)) : Unused, rectangle: !big && edges ? Rectangle : Unused },
  };
}
