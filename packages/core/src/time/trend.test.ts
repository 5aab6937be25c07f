// Tests for trend: a six-organisation network dated by hand over three years, every figure worked out below
// from the drawing, then quarters, undated flows, members 'joined', a directed case and the errors.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { trend } from './trend.js';

// a - b (2014), b - c (2014-06), c - d (2015-03-10), e - f (2016), a - f (no date). Pioneers: d and e.
const network = createNetwork({
  organisations: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, pioneer: id === 'd' || id === 'e' })),
  flows: [
    { source: 'a', target: 'b', date: '2014' },
    { source: 'b', target: 'c', date: '2014-06' },
    { source: 'c', target: 'd', date: '2015-03-10' },
    { source: 'e', target: 'f', date: '2016' },
    { source: 'a', target: 'f' },
  ],
});

const near = (value: number) => Number(value.toFixed(12));

describe('trend by year (cumulative, every organisation kept, undated flows dropped)', () => {
  const result = trend(network);
  const [y2014, y2015, y2016] = result.periods;

  it('has one period per year from the first flow date to the last, and counts the undated flow', () => {
    expect(result.periods.map((p) => [p.label, p.start, p.end])).toEqual([
      ['2014', '2014-01-01', '2014-12-31'],
      ['2015', '2015-01-01', '2015-12-31'],
      ['2016', '2016-01-01', '2016-12-31'],
    ]);
    expect([result.by, result.horizon, result.relative, result.members, result.undatedPolicy, result.undated]).toEqual(['year', 2, 0.5, 'all', 'drop', 1]);
    expect(result.periods.map((p) => [p.flows, p.newFlows, p.organisations])).toEqual([[2, 2, 6], [3, 1, 6], [4, 1, 6]]);
  });

  it('2014: a-b-c joined, d, e, f alone', () => {
    // Components {a,b,c} {d} {e} {f}; reachable ordered pairs 3·2 = 6 of 6·5 = 30, so fragmentation 0.8.
    expect([y2014.components, y2014.isolates, near(y2014.largestShare), near(y2014.fragmentation)]).toEqual([4, 3, 0.5, 0.8]);
    // a, b, c each reach the other two of five (0.4); d, e, f reach nobody. Mean 1.2 / 6, median (0 + 0.4) / 2.
    expect([near(y2014.averageReach), near(y2014.medianReach)]).toEqual([0.2, 0.2]);
    // Both pioneers are outside the largest component.
    expect(y2014.weakPioneers).toBe(2);
    expect(y2014.pioneers.map((p) => [p.id, p.present, p.reach, p.isolation, p.weak])).toEqual([
      ['d', true, 0, 1, true],
      ['e', true, 0, 1, true],
    ]);
  });

  it('2015: c-d brings d into the main network with enough reach', () => {
    // {a,b,c,d} {e} {f}: 4·3 = 12 of 30 pairs, fragmentation 0.6.
    expect([y2015.components, y2015.isolates, near(y2015.largestShare), near(y2015.fragmentation)]).toEqual([3, 2, near(4 / 6), 0.6]);
    // On the path a-b-c-d within 2 steps: a 2/5, b 3/5, c 3/5, d 2/5; e, f 0. Mean 2/6; median of 0,0,.4,.4,.6,.6 is 0.4.
    expect([near(y2015.averageReach), near(y2015.medianReach)]).toEqual([near(2 / 6), 0.4]);
    // d: in the largest component, reach 0.4 above the bar 0.5 × 0.4 = 0.2. e: still alone.
    expect(y2015.pioneers.map((p) => [p.id, near(p.reach), p.component === 0, p.weak])).toEqual([
      ['d', 0.4, true, false],
      ['e', 0, false, true],
    ]);
    expect(y2015.weakPioneers).toBe(1);
  });

  it('2016: e-f forms a second pair, still cut off from the main network', () => {
    // {a,b,c,d} {e,f}: 12 + 2 = 14 of 30 pairs, fragmentation 16/30.
    expect([y2016.components, y2016.isolates, near(y2016.fragmentation)]).toEqual([2, 0, near(16 / 30)]);
    // e and f reach each other: 1/5 each. Mean (2 + 0.4) / 6 = 0.4.
    expect(near(y2016.averageReach)).toBe(0.4);
    expect(y2016.pioneers.map((p) => [p.id, near(p.isolation), p.weak])).toEqual([
      ['d', 0.6, false],
      ['e', 0.8, true],
    ]);
    expect(y2016.weakPioneers).toBe(1);
  });
});

describe('trend options', () => {
  it('by quarter: 2014-Q1 to 2016-Q1, quiet quarters repeat the figures with no new flows', () => {
    const quarters = trend(network, { by: 'quarter' }).periods;
    expect(quarters.map((p) => p.label)).toEqual([
      '2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4', '2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4', '2016-Q1',
    ]);
    // The flow dated 2014 counts from 1 January; 2014-06 falls in Q2; 2015-03-10 in 2015-Q1.
    expect(quarters.map((p) => p.newFlows)).toEqual([1, 1, 0, 0, 1, 0, 0, 0, 1]);
    expect(quarters.map((p) => p.flows)).toEqual([1, 2, 2, 2, 3, 3, 3, 3, 4]);
    expect(quarters[5].fragmentation).toBe(quarters[4].fragmentation);
  });

  it("undated 'keep' counts the undated flow in every period (not as new in any)", () => {
    const kept = trend(network, { undated: 'keep' });
    expect(kept.undated).toBe(1);
    const [first] = kept.periods;
    expect([first.flows, first.newFlows]).toEqual([3, 2]);
    // a - f joins f to a, b, c: components {a,b,c,f} {d} {e}.
    expect(first.components).toBe(3);
  });

  it("members 'joined' keeps only organisations named by a flow observed so far", () => {
    const [first, second] = trend(network, { members: 'joined' }).periods;
    // 2014: just a-b-c, each reaching both others.
    expect([first.organisations, first.components, first.fragmentation, first.averageReach]).toEqual([3, 1, 0, 1]);
    expect(first.pioneers.map((p) => [p.id, p.present, Number.isNaN(p.reach), p.component, p.weak])).toEqual([
      ['d', false, true, -1, false],
      ['e', false, true, -1, false],
    ]);
    expect(first.weakPioneers).toBe(0);
    expect(second.pioneers[0].present).toBe(true);
  });

  it('follows flow direction in a directed network', () => {
    const directed = createNetwork({
      directed: true,
      flows: [
        { source: 'a', target: 'b', date: '2014' },
        { source: 'b', target: 'c', date: '2015' },
      ],
    });
    const [y2014, y2015] = trend(directed).periods;
    // 2014: a reaches b (1 of 2). 2015: a reaches b and c, b reaches c, c nobody; 3 of 6 ordered pairs.
    expect([y2014.averageReach, near(y2014.fragmentation)]).toEqual([0.5 / 3, near(5 / 6)]);
    expect([y2015.averageReach, y2015.fragmentation]).toEqual([0.5, 0.5]);
  });

  it('gives no periods, and counts every flow as undated, when no flow has a date', () => {
    const undated = trend(createNetwork({ flows: [{ source: 'a', target: 'b' }, { source: 'b', target: 'c' }] }));
    expect([undated.periods.length, undated.undated]).toEqual([0, 2]);
  });

  it('says what was wrong', () => {
    expect(() => trend({} as never)).toThrow('knet: trend: the first argument must be a Network.');
    expect(() => trend(network, { by: 'decade' as never })).toThrow(/`by` must be 'year', 'quarter' or 'month'/);
    expect(() => trend(network, { members: 'some' as never })).toThrow(/`members` must be 'all' or 'joined'/);
    expect(() => trend(network, { relative: -1 })).toThrow(/relative must be a number of 0 or more/);
    expect(() => trend(network, { horizon: 0 })).toThrow(/horizon/);
    expect(() => trend(network, { undated: 'maybe' as never })).toThrow(/`undated` must be 'drop' or 'keep'/);
  });
});
