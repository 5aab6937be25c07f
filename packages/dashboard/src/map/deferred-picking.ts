// A big map's picking pass (the hidden image sigma reads to know which dot is under the pointer) drawn in a
// task after the visible frame is shown rather than before it. sigma draws a program's picking pass first,
// and the compositor then waits for both passes before it shows the frame; under a software renderer that wait
// blocks the page, and the picking pass of 100,000 dots is a fifth of it. Deferred, it runs while the page
// is idle. No picking while the camera moves: the frame after it stops has its own. Ties are never picked
// (the map leaves sigma's edge events off), so a big map draws no picking pass for them at all.
import type { NodeProgramType, ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { type Motion, wrapOnce } from './moving-sample.js';
import { nextFrame } from '../tasks.js';

/** The parts of sigma's Program this uses (public or protected in sigma 3's declarations). */
interface ProgramParts {
  pickProgram: ProgramInfo | null;
  hasNothingToRender(): boolean;
  render(params: RenderParams): void;
  bindProgram(program: ProgramInfo): void;
  unbindProgram(program: ProgramInfo): void;
  renderProgram(params: RenderParams, program: ProgramInfo): void;
  kill(): void;
}

/** Runs sigma's render of `program` without its picking pass; returns the picking program it has. */
function visiblePassOnly(program: ProgramParts, render: () => void): ProgramInfo | null {
  const pick = program.pickProgram;
  program.pickProgram = null;
  try {
    render();
  } finally {
    program.pickProgram = pick;
  }
  return pick;
}

/** `Base` drawing its picking pass once each frame at rest is shown, and none while moving. */
export function deferPicking<N extends object, E extends object>(Base: NodeProgramType<N, E>, motion: Motion): NodeProgramType<N, E> {
  return wrapOnce(motion, 'deferred picking', Base, () => deferredClass(Base, motion));
}

function deferredClass<N extends object, E extends object>(Base: NodeProgramType<N, E>, motion: Motion): NodeProgramType<N, E> {
  const Parent = Base as unknown as new (...args: unknown[]) => ProgramParts;
  class Deferred extends Parent {
    /** Bumped by every frame and by kill, so only the newest frame's picking pass is drawn. */
    private frames = 0;

    render(params: RenderParams): void {
      // A newer frame replaces a picking pass not drawn yet (sigma cleared the picking image for it).
      const frame = ++this.frames;
      const pick = visiblePassOnly(this, () => super.render(params));
      if (!pick || motion.moving) return;
      // After the next frame, not merely the next task: sigma's refresh draws at once, outside an animation
      // frame, and a pass drawn before that frame is shown would be waited for with it. And after the one
      // after it, where a big map draws its ties (kept-layers.ts): the GPU runs one thing at a time, so that
      // frame too would wait for this pass.
      void nextFrame()
        .then(nextFrame)
        .then(() => {
          if (frame === this.frames) this.renderPicking(params, pick);
        });
    }

    kill(): void {
      this.frames++;
      super.kill();
    }

    /** sigma's own picking pass (Program.render), on its own. */
    private renderPicking(params: RenderParams, pick: ProgramInfo): void {
      if (this.hasNothingToRender()) return;
      pick.gl.viewport(0, 0, (params.width * params.pixelRatio) / params.downSizingRatio, (params.height * params.pixelRatio) / params.downSizingRatio);
      this.bindProgram(pick);
      this.renderProgram({ ...params, pixelRatio: params.pixelRatio / params.downSizingRatio }, pick);
      this.unbindProgram(pick);
      // Sent to the GPU now, while the page is idle. Nothing shows this image, so nothing else sends it: it
      // would wait in the context until the next frame (or a hover reading it), which would then wait for it.
      pick.gl.flush();
    }
  }
  return Deferred as unknown as NodeProgramType<N, E>;
}

/** `Base` (a tie program) drawing no picking pass: nothing reads it while sigma's edge events are off. */
export function neverPicked<T extends object>(Base: T): T {
  const cached = unpicked.get(Base);
  if (cached) return cached as T;
  const Parent = Base as unknown as new (...args: unknown[]) => ProgramParts;
  class Unpicked extends Parent {
    render(params: RenderParams): void {
      visiblePassOnly(this, () => super.render(params));
    }
  }
  unpicked.set(Base, Unpicked);
  return Unpicked as unknown as T;
}

const unpicked = new WeakMap<object, unknown>();
