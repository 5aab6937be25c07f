// Broker dependence on hand-drawn networks: a funder joining two pairs and a lone grantee (undirected),
// and a directed chain through the funder; every count worked out from the drawing.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { dependence } from './dependence.js';

// F is the funder: a - b, c - d, and F tied to a, c and e.
const network = createNetwork({
  organisations: [{ id: 'F', type: 'funder' }, ...['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, type: 'charity' }))],
  flows: [['a', 'b'], ['c', 'd'], ['F', 'a'], ['F', 'c'], ['F', 'e']].map(([source, target]) => ({ source, target })),
});

describe('dependence without the funder (undirected, horizon 2)', () => {
  const result = dependence(network, { by: 'type', value: 'funder' });

  it('counts, for each remaining organisation, the rest within two steps before and after', () => {
    // Before (F not counted): a reaches b, and c, e through F: 3; b reaches a only (c is three steps): 1;
    // c reaches d, a, e: 3; d reaches c: 1; e reaches a, c through F: 2. After: a-b, c-d, e alone.
    const byId = Object.fromEntries(result.organisations.map((o) => [o.id, [o.reachedBefore, o.reachedAfter, o.lost, o.cutOff]]));
    expect(byId).toEqual({
      a: [3, 1, 2, false],
      b: [1, 1, 0, false],
      c: [3, 1, 2, false],
      d: [1, 1, 0, false],
      e: [2, 0, 2, true],
    });
    // Most lost first; among equal losses the one left with less reach (e reaches nobody) comes first.
    expect(result.organisations.map((o) => o.id)).toEqual(['e', 'a', 'c', 'b', 'd']);
    expect([result.removed, result.cutOff]).toEqual([['F'], 1]);
    // Shares are of the four other remaining organisations.
    expect([result.organisations[1].reachBefore, result.organisations[1].reachAfter]).toEqual([0.75, 0.25]);
  });

  it('gives the network figures before and after: the rest falls apart', () => {
    expect(result.before).toMatchObject({ organisations: 6, ties: 5, components: 1, largestShare: 1, isolates: 0, fragmentation: 0, restConnected: 1 });
    // After: {a,b} {c,d} {e}; 2 + 2 of the 5·4 ordered pairs still connected.
    expect(result.after).toMatchObject({ organisations: 5, ties: 2, components: 3, largestShare: 0.4, isolates: 1, restConnected: 0.2 });
    expect(result.after.fragmentation).toBeCloseTo(0.8, 12);
    // Reach after: a, b, c, d 1/4 each, e 0: mean 0.2.
    expect(result.after.averageReach).toBeCloseTo(0.2, 12);
    expect(result.organisations.find((o) => o.id === 'a')).toMatchObject({ mainBefore: true, mainAfter: true });
    expect(result.organisations.find((o) => o.id === 'e')).toMatchObject({ mainBefore: true, mainAfter: false });
  });
});

describe('dependence: direction and options', () => {
  it('follows flow direction: a reaches b only through F', () => {
    const directed = createNetwork({
      directed: true,
      flows: [['a', 'F'], ['F', 'b'], ['b', 'a']].map(([source, target]) => ({ source, target })),
    });
    const result = dependence(directed, (organisation) => organisation.id === 'F');
    // Before: a -> F -> b (2 steps): 1; b -> a: 1. After: a reaches nobody; b -> a still.
    expect(result.organisations.map((o) => [o.id, o.reachedBefore, o.reachedAfter, o.cutOff])).toEqual([
      ['a', 1, 0, true],
      ['b', 1, 1, false],
    ]);
  });

  it('a longer horizon counts further', () => {
    // Within 3 steps b reaches a (1), F (2, not counted), c and e (3): 3 before; a alone after.
    const b = dependence(network, { by: 'type', value: 'funder' }, { horizon: 3 }).organisations.find((o) => o.id === 'b')!;
    expect([b.reachedBefore, b.reachedAfter]).toEqual([3, 1]);
  });

  it('says what was wrong', () => {
    expect(() => dependence(network, { by: 'type', value: 'university' })).toThrow('knet: dependence: the group is empty');
    expect(() => dependence(network, { by: 'type', value: 'funder' }, { horizon: 0 })).toThrow(/horizon must be a whole number/);
    expect(() => dependence({} as never, { by: 'type', value: 'funder' })).toThrow(/knet: dependence: expected a Network/);
  });
});
