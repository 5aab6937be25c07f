// How numbers read in panels and tables: shares as percentages, counts whole, small values never "0.000".
import { describe, expect, test } from 'vitest';
import { countOf, formatDate, formatMetric, formatPercentile } from './format.js';

describe('formatMetric', () => {
  test('shares, counts and scores', () => {
    expect(formatMetric('reach', 0.1543)).toBe('15%');
    expect(formatMetric('degree', 44)).toBe('44');
    expect(formatMetric('betweenness', 0.25)).toBe('0.250');
    expect(formatMetric('betweenness', 0.00042)).toBe('0.00042');
    expect(formatMetric('betweenness', 0)).toBe('0');
    expect(formatMetric('weighted_degree', 12.5)).toBe('12.5');
    expect(formatMetric('eigenvector', Number.NaN)).toBe('–');
  });

  test('shares read as the CLI words them: never 100% or 0% unless exact, one decimal under 1%', () => {
    // An organisation reaching 1 of 311 others: not "100% out of reach".
    expect(formatMetric('isolation', 310 / 311)).toBe('99%');
    expect(formatMetric('reach', 1 / 311)).toBe('0.3%');
    expect(formatMetric('isolation', 1)).toBe('100%');
    expect(formatMetric('reach', 0)).toBe('0%');
  });

  test('ordinal percentiles', () => {
    expect([0.01, 0.02, 0.03, 0.11, 0.12, 0.13, 0.21, 0.5, 1].map(formatPercentile)).toEqual(['1st', '2nd', '3rd', '11th', '12th', '13th', '21st', '50th', '100th']);
    expect(formatPercentile(Number.NaN)).toBe('–');
  });

  test('dates in words', () => {
    expect(formatDate('2012-12-31')).toBe('31 Dec 2012');
    expect(formatDate('2014-09-01')).toBe('1 Sep 2014');
    expect(formatDate('2014')).toBe('2014');
  });
});

describe('countOf', () => {
  test('singular for exactly one, plural otherwise (zero included), grouped digits', () => {
    expect(countOf(1, 'organisation')).toBe('1 organisation');
    expect(countOf(0, 'tie')).toBe('0 ties');
    expect(countOf(2, 'pioneer')).toBe('2 pioneers');
    expect(countOf(12_345, 'flow')).toBe('12,345 flows');
    expect(countOf(1, 'child', 'children')).toBe('1 child');
    expect(countOf(3, 'child', 'children')).toBe('3 children');
  });
});
