import { describe, expect, it } from 'vitest';
import { inTaskOfItsOwn, nextTask } from './tasks.js';

describe('inTaskOfItsOwn', () => {
  it('runs later, once, with the latest arguments', async () => {
    const calls: number[][] = [];
    const soon = inTaskOfItsOwn((a: number, b: number) => calls.push([a, b]));
    soon(1, 2);
    soon(3, 4);
    expect(calls).toEqual([]);
    await nextTask();
    expect(calls).toEqual([[3, 4]]);
    soon(5, 6);
    await nextTask();
    expect(calls).toEqual([[3, 4], [5, 6]]);
  });
});
