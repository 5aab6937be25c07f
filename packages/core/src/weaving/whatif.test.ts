// whatIf and withTies: on a network of two halves, adding the bridge and removing a tie change the figures
// by amounts worked out by hand below; bad changes are refused with a message naming the ids.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { tieChangesProblem, whatIf, withTies } from './whatif.js';

// Left: a – b – c (a pioneer); right: d – e (e pioneer). 5 organisations, 2 components.
const halves = createNetwork({
  organisations: ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, pioneer: id === 'a' || id === 'e' })),
  flows: [
    { source: 'a', target: 'b', type: 'partnership', date: '2014' },
    { source: 'b', target: 'c' },
    { source: 'd', target: 'e' },
  ],
});

describe('withTies', () => {
  it('copies the flows, adds the new ties and drops every flow of a removed pair', () => {
    const changed = withTies(halves, { add: [['c', 'd']], remove: [['b', 'a']] });
    expect([...changed.eachFlow()].map((flow) => `${flow.source}-${flow.target}`)).toEqual(['b-c', 'd-e', 'c-d']);
    expect(changed.flow(2).type).toBe('introduction');
    expect(halves.flows.count).toBe(3); // the original is untouched
    expect(withTies(halves, {}).flow(0)).toMatchObject({ type: 'partnership', date: '2014' });
  });

  it('adds both ways in a directed network: an introduction makes the two know each other', () => {
    const directed = createNetwork({ directed: true, organisations: [{ id: 'c' }], flows: [{ source: 'a', target: 'b' }] });
    const changed = withTies(directed, { add: [['b', 'c']] });
    expect([...changed.eachFlow()].map((flow) => `${flow.source}-${flow.target}`)).toEqual(['a-b', 'b-c', 'c-b']);
  });

  it('refuses what cannot be applied, naming the ids', () => {
    expect(tieChangesProblem(halves, { add: [['a', 'zed']] })).toBe('unknown organisation "zed" in --add a,zed: it is not in the network');
    expect(tieChangesProblem(halves, { add: [['a', 'b']] })).toBe('a and b are already tied: --add needs a new tie');
    expect(tieChangesProblem(halves, { remove: [['a', 'c']] })).toBe('there is no tie between a and c to remove');
    expect(tieChangesProblem(halves, { add: [['a', 'a']] })).toBe('--add a,a names the same organisation twice');
    expect(tieChangesProblem(halves, { add: [['a', 'd'], ['d', 'a']] })).toBe('the tie d,a is named twice');
    expect(() => withTies(halves, { add: [['a', 'zed']] })).toThrow('knet: whatif: unknown organisation "zed"');
  });
});

describe('whatIf', () => {
  it('adding the bridge c–d: one component, nothing fragmented, reach up, pioneers less isolated', () => {
    const result = whatIf(halves, { add: [['c', 'd']] });
    // Before: components of 3 and 2: 3·2 + 2·1 = 8 of the 20 ordered pairs reach each other, fragmentation 0.6.
    expect(result.before).toMatchObject({ components: 2, largestShare: 3 / 5 });
    expect(result.before.fragmentation).toBeCloseTo(0.6);
    // Reach within 2 (of 4 others): a 2, b 2, c 2, d 1, e 1: average 8/20.
    expect(result.before.averageReach).toBeCloseTo(8 / 20);
    // After, a line a-b-c-d-e: everyone reaches everyone, fragmentation 0; reach a 2, b 3, c 4, d 3, e 2.
    expect(result.after).toMatchObject({ components: 1, largestShare: 1, fragmentation: 0 });
    expect(result.after.averageReach).toBeCloseTo(14 / 20);
    // Pioneers, most isolated first: e (1 − 1/4) then a (1 − 2/4); e gains d's partner c, a nothing new.
    expect(result.pioneers.map((p) => [p.organisation.id, p.isolationBefore, p.isolationAfter])).toEqual([
      ['e', 0.75, 0.5],
      ['a', 0.5, 0.5],
    ]);
    // e was outside the largest component, so weakly connected; after the bridge it is not.
    expect(result.pioneers[0]).toMatchObject({ weakBefore: true, weakAfter: false });
    expect(Number.isFinite(result.before.modularity) && Number.isFinite(result.after.modularity)).toBe(true);
  });

  it('removing a tie can split the network', () => {
    const result = whatIf(halves, { remove: [['a', 'b']] });
    expect(result.after.components).toBe(3);
    expect(result.pioneers.find((p) => p.organisation.id === 'a')!.isolationAfter).toBe(1);
  });
});
