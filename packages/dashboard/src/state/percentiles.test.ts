// Percentile ranks against their definition, counted by brute force: share below plus half the ties.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { medianOf, percentileRank, percentileRankByCount, sortValues } from './percentiles.js';

describe('percentile ranks', () => {
  test('equal the brute-force count for any values', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(Number.NaN)), { minLength: 1, maxLength: 40 }), fc.integer({ min: -6, max: 6 }), (values, probe) => {
        const present = values.filter((v) => !Number.isNaN(v));
        const sorted = sortValues(values);
        const rank = percentileRank(sorted, probe);
        // Counting without sorting gives the same rank.
        expect(Object.is(percentileRankByCount(values, probe), rank) || Math.abs(percentileRankByCount(values, probe) - rank) < 1e-12).toBe(true);
        if (present.length === 0) {
          expect(rank).toBeNaN();
          return;
        }
        const below = present.filter((v) => v < probe).length;
        const equal = present.filter((v) => v === probe).length;
        expect(rank).toBeCloseTo((below + equal / 2) / present.length, 12);
      }),
    );
  });

  test('an empty cell has no rank; the median sits at 50%', () => {
    const sorted = sortValues([3, 1, Number.NaN, 2]);
    expect(percentileRank(sorted, Number.NaN)).toBeNaN();
    expect(medianOf(sorted)).toBe(2);
    expect(percentileRank(sorted, 2)).toBeCloseTo(0.5, 12);
    expect(medianOf(sortValues([4, 1, 3, 2]))).toBe(2.5);
  });
});
