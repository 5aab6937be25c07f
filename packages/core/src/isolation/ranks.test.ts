// The wording helpers behind the reasons: medians, "top k%" and percentages that never overstate.
import { describe, expect, it } from 'vitest';
import { median, percent, topPercent, topShare } from './ranks.js';

describe('ranks', () => {
  it('median ignores empty (NaN) cells and averages the middle pair', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median(Float64Array.from([4, Number.NaN, 1, 2, 3]))).toBe(2.5);
    expect(median([Number.NaN])).toBeNaN();
  });

  it('topShare counts ties against the organisation', () => {
    expect(topShare(9, [1, 2, 3, 9])).toBe(0.25);
    expect(topShare(5, [5, 5, 5, 5])).toBe(1);
  });

  it('percent never rounds a true statement into a false one', () => {
    expect(percent(0)).toBe('0%');
    expect(percent(0.004)).toBe('0.4%');
    expect(percent(0.0099)).toBe('0.9%');
    expect(percent(0.0004)).toBe('less than 0.1%');
    expect(percent(0.0625)).toBe('6%');
    expect(percent(0.996)).toBe('99%');
    expect(percent(1)).toBe('100%');
    expect(topPercent(1 / 30)).toBe('top 4%');
    expect(topPercent(0.05)).toBe('top 5%');
  });
});
