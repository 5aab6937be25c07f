// Benchmark statistics against independent references (scipy.stats values, hand-worked examples).
import { describe, expect, it } from 'vitest';
import { averageRanks, maxAbsDifference, median, spearman, topOverlap } from '../lib/stats.mjs';

describe('bench statistics', () => {
  it('ranks ties by their average rank, as scipy.stats.rankdata', () => {
    expect([...averageRanks([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5])]).toEqual([4.5, 1.5, 6, 1.5, 8, 11, 3, 10, 8, 4.5, 8]);
  });

  it("computes Spearman's rho as scipy.stats.spearmanr, with ties", () => {
    // scipy.stats.spearmanr([3,1,4,1,5,9,2,6,5,3,5], [2,7,1,8,2,8,1,8,2,8,4]).statistic
    expect(spearman([3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [2, 7, 1, 8, 2, 8, 1, 8, 2, 8, 4])).toBeCloseTo(0.1384567651467695, 12);
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 12);
  });

  it('leaves out pairs where either value is empty', () => {
    expect(spearman([1, 2, NaN, 3], [1, 2, 99, 3])).toBeCloseTo(1, 12);
  });

  it('measures the share of the exact top k that the estimate also ranks in its top k', () => {
    expect(topOverlap([9, 8, 7, 1, 0], [9, 1, 7, 8, 0], 3)).toBeCloseTo(2 / 3, 12);
    expect(topOverlap([5, 4, 3], [1, 2, 3], 1)).toBe(0);
  });

  it('takes medians of odd and even counts, and the largest difference with NaN as a value', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(maxAbsDifference(Float64Array.of(1, NaN, 3), Float64Array.of(1.5, NaN, 3))).toBe(0.5);
    expect(maxAbsDifference(Float64Array.of(1, NaN), Float64Array.of(1, 2))).toBe(Infinity);
  });
});
