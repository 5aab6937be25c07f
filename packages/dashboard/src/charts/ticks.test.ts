// Axis ticks: a narrow domain with a whole-number or percent format keeps one tick per label, no "-0".
import { scaleLinear } from 'd3';
import { describe, expect, test } from 'vitest';
import { distinctTicks } from './ticks.js';

const whole = (value: number) => Math.round(value).toLocaleString('en-GB');
const percent = (value: number) => `${Math.round(value * 100)}%`;
const labels = (ticks: ReturnType<typeof distinctTicks>) => ticks.values.map(ticks.format);

describe('distinctTicks', () => {
  test('counts between 1 and 2 label 1 and 2 once each, at 1 and 2', () => {
    const ticks = distinctTicks(scaleLinear().domain([1, 2]), 6, whole);
    expect(ticks.values).toEqual([1, 2]);
    expect(labels(ticks)).toEqual(['1', '2']);
  });

  test('every label sits at the value it names', () => {
    const ticks = distinctTicks(scaleLinear().domain([-0.5, 0.5]), 6, whole);
    expect(ticks.values).toEqual([0]);
  });

  test('a format finer than any step leaves one tick per label', () => {
    const coarse = (value: number) => (value < 10 ? 'low' : 'high');
    expect(labels(distinctTicks(scaleLinear().domain([0, 20]), 6, coarse))).toEqual(['low', 'high']);
    expect(labels(distinctTicks(scaleLinear().domain([0.001, 0.002]), 6, whole))).toEqual(['0']);
  });

  test('a domain around zero has one "0", never "-0"', () => {
    expect(labels(distinctTicks(scaleLinear().domain([-0.5, 0.5]), 6, whole))).toEqual(['0']);
    expect(labels(distinctTicks(scaleLinear().domain([-0.004, 0.004]), 4, percent))).toEqual(['0%']);
  });

  test('percentages near 100% are not repeated', () => {
    expect(labels(distinctTicks(scaleLinear().domain([0.995, 1.004]), 6, percent))).toEqual(['100%']);
    expect(labels(distinctTicks(scaleLinear().domain([0.6, 1]), 4, percent))).toEqual(['60%', '70%', '80%', '90%', '100%']);
  });

  test('a wide domain keeps every tick, negative ones included', () => {
    expect(labels(distinctTicks(scaleLinear().domain([-20, 40]), 6, whole))).toEqual(['-20', '-10', '0', '10', '20', '30', '40']);
  });
});
