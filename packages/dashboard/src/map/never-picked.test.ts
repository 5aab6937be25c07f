import { describe, expect, it } from 'vitest';
import type { NodeProgramType, ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { neverPicked } from './never-picked.js';
import { nextTask } from '../tasks.js';

/** A stand-in for a sigma program whose render, like sigma's, draws the picking pass when it has one. */
function fakeProgram() {
  const passes: string[] = [];
  const viewports: number[][] = [];
  const gl = { viewport: (...box: number[]) => viewports.push(box), flush: () => passes.push('flush') };
  const pick = { name: 'pick', gl } as unknown as ProgramInfo;
  class Fake {
    pickProgram: ProgramInfo | null = pick;
    empty = false;
    hasNothingToRender() {
      return this.empty;
    }
    bindProgram(_program: ProgramInfo) {}
    unbindProgram(_program: ProgramInfo) {}
    renderProgram(params: RenderParams, program: ProgramInfo) {
      passes.push(`${(program as unknown as { name: string }).name} ${params.zoomRatio} ×${params.pixelRatio}`);
    }
    render(params: RenderParams) {
      if (this.pickProgram) this.renderProgram(params, this.pickProgram);
      passes.push(`normal ${params.zoomRatio}`);
    }
    kill() {}
  }
  return { Fake: Fake as unknown as NodeProgramType, passes, viewports, pick };
}

const params = (zoomRatio: number) => ({ zoomRatio, width: 800, height: 400, pixelRatio: 1, downSizingRatio: 2 }) as RenderParams;

describe('neverPicked', () => {
  it('draws the visible pass only, now and later, and keeps the program as it was', async () => {
    const { Fake, passes, pick } = fakeProgram();
    const Unpicked = neverPicked(Fake);
    expect(neverPicked(Fake)).toBe(Unpicked);
    const program = new (Unpicked as unknown as new () => { render(p: RenderParams): void; pickProgram: ProgramInfo | null })();
    program.render(params(1));
    await nextTask();
    expect(passes).toEqual(['normal 1']);
    expect(program.pickProgram).toBe(pick);
  });
});
