// How many times measure() runs a row, and which runs the median sees.
import { describe, expect, it } from 'vitest';
import { measure } from '../lib/measure.mjs';

const sampler = { reset() {}, peakMB: () => 1 };
const busy = (ms) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('measure', () => {
  it('warms a short row up untimed, then repeats it shortReps times', async () => {
    let calls = 0;
    const measured = await measure({ run: () => ++calls }, sampler, { reps: 3, shortReps: 7 });
    expect(calls).toBe(8);
    expect(measured.runs).toBe(7);
    expect(measured.firstMs).toBeGreaterThanOrEqual(0);
    expect(measured.result).toBe(8);
  });

  it('keeps the slow first call out of the median', async () => {
    let calls = 0;
    const measured = await measure({ run: () => busy(++calls === 1 ? 60 : 1) }, sampler, { reps: 3, shortReps: 5 });
    expect(measured.firstMs).toBeGreaterThanOrEqual(60);
    expect(measured.ms).toBeLessThan(60);
  });

  it('runs a single repetition once, with no warm-up', async () => {
    let calls = 0;
    const measured = await measure({ run: () => ++calls }, sampler, { reps: 1 });
    expect(calls).toBe(1);
    expect(measured.firstMs).toBeUndefined();
  });

  it('does not warm up or repeat a run longer than the limits', async () => {
    let calls = 0;
    const measured = await measure({ run: () => busy(++calls && 30) }, sampler, {
      reps: 3, warmUpBelowSeconds: 0.01, shortRunSeconds: 0.01, longRunSeconds: 0.02,
    });
    expect(calls).toBe(1);
    expect(measured.runs).toBe(1);
  });
});
