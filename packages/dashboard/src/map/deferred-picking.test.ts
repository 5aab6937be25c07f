import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NodeProgramType, ProgramInfo } from 'sigma/rendering';
import type { RenderParams } from 'sigma/types';
import { deferPicking, neverPicked } from './deferred-picking.js';
import type { Motion } from './moving-sample.js';
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

/** Animation frames that run only when the test shows one (sigma's refresh draws outside of them). */
const frames: FrameRequestCallback[] = [];
const showFrame = () => frames.splice(0).forEach((callback) => callback(0));

describe('deferPicking', () => {
  const raf = globalThis.requestAnimationFrame;
  beforeEach(() => {
    globalThis.requestAnimationFrame = ((callback: FrameRequestCallback) => frames.push(callback)) as typeof requestAnimationFrame;
  });
  afterEach(() => {
    globalThis.requestAnimationFrame = raf;
    frames.length = 0;
  });

  it('draws the visible pass in the frame and the picking pass two frames later, once for the newest frame', async () => {
    const motion: Motion = { moving: false };
    const { Fake, passes, viewports, pick } = fakeProgram();
    const Deferred = deferPicking(Fake, motion);
    expect(deferPicking(Fake, motion)).toBe(Deferred);
    const program = new (Deferred as unknown as new () => { render(p: RenderParams): void; pickProgram: ProgramInfo | null; kill(): void })();
    program.render(params(1));
    program.render(params(0.5));
    expect(passes).toEqual(['normal 1', 'normal 0.5']);
    expect(program.pickProgram).toBe(pick);
    // Not before the frame is shown, nor the next one (a big map's ties): the page would wait for it with them.
    await nextTask();
    expect(passes).toEqual(['normal 1', 'normal 0.5']);
    showFrame();
    await nextTask();
    expect(passes).toEqual(['normal 1', 'normal 0.5']);
    showFrame();
    await nextTask();
    // sigma's picking pass: its own viewport, at the downsized resolution; then sent to the GPU at once
    // (nothing shows it, so nothing else would, and the next frame would wait for it).
    expect(passes).toEqual(['normal 1', 'normal 0.5', 'pick 0.5 ×0.5', 'flush']);
    expect(viewports).toEqual([[0, 0, 400, 200]]);
  });

  it('draws no picking pass while the camera moves, nor after the program is killed', async () => {
    const motion: Motion = { moving: true };
    const { Fake, passes } = fakeProgram();
    const program = new (deferPicking(Fake, motion) as unknown as new () => { render(p: RenderParams): void; kill(): void })();
    program.render(params(1));
    for (const _ of [1, 2]) {
      showFrame();
      await nextTask();
    }
    expect(passes).toEqual(['normal 1']);
    motion.moving = false;
    program.render(params(2));
    program.kill();
    for (const _ of [1, 2]) {
      showFrame();
      await nextTask();
    }
    expect(passes).toEqual(['normal 1', 'normal 2']);
  });
});

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
