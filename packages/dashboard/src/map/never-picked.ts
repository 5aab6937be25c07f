// Programs that draw no picking pass (the hidden image sigma reads to know which item is under the pointer).
// A big map's ties are never picked (the map leaves sigma's edge events off), and its dots are picked on the
// CPU (cpu-picking.ts): under a software renderer the picking pass of 100,000 dots costs as much as the
// visible one, and the GPU, running one thing at a time, made the next frame wait for it.
import type { ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';

/** The parts of sigma's Program this uses (public in sigma 3's declarations). */
interface ProgramParts {
  pickProgram: ProgramInfo | null;
  render(params: RenderParams): void;
}

const unpicked = new WeakMap<object, unknown>();

/** `Base` drawing its visible pass only (sigma's render draws the picking pass when it has a program for it). */
export function neverPicked<T extends object>(Base: T): T {
  const cached = unpicked.get(Base);
  if (cached) return cached as T;
  const Parent = Base as unknown as new (...args: unknown[]) => ProgramParts;
  class Unpicked extends Parent {
    render(params: RenderParams): void {
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
    }
  }
  unpicked.set(Base, Unpicked);
  return Unpicked as unknown as T;
}
