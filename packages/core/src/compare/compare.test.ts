// Tests for compareNetworks: organisations and ties gained and lost (with and without direction), weights,
// metrics side by side, and a property check against sets of pairs built straight from the flow lists.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createNetwork, type FlowInput } from '../model/builder.js';
import { compareNetworks, rankChanges } from './compare.js';

const before = createNetwork({
  directed: true,
  organisations: [{ id: 'a', label: 'Ashby' }, { id: 'b' }, { id: 'c' }, { id: 'gone' }],
  flows: [
    { source: 'a', target: 'b', weight: 1 },
    { source: 'a', target: 'b', weight: 2 },
    { source: 'b', target: 'c' },
    { source: 'c', target: 'gone' },
    { source: 'c', target: 'c' },
  ],
});
const after = createNetwork({
  directed: true,
  organisations: [{ id: 'new' }, { id: 'c' }, { id: 'b' }, { id: 'a', label: 'Ashby Vale' }],
  flows: [
    { source: 'a', target: 'b', weight: 4 },
    { source: 'c', target: 'b' },
    { source: 'new', target: 'a' },
  ],
});

describe('compareNetworks', () => {
  it('lists organisations added, removed and kept, matched by id', () => {
    const result = compareNetworks(before, after);
    expect(result.organisationsAdded).toEqual(['new']);
    expect(result.organisationsRemoved).toEqual(['gone']);
    expect(result.organisationsKept).toBe(3);
    expect(result.organisations.map((o) => [o.id, o.status, o.label])).toEqual([
      ['new', 'added', 'new'],
      ['c', 'kept', 'c'],
      ['b', 'kept', 'b'],
      ['a', 'kept', 'Ashby Vale'],
      ['gone', 'removed', 'gone'],
    ]);
  });

  it('compares directed ties with their direction, merged weights and no self-loops', () => {
    const result = compareNetworks(before, after);
    expect(result.directed).toBe(true);
    expect(result.tiesGained).toEqual([
      { source: 'c', target: 'b', weightBefore: 0, weightAfter: 1 },
      { source: 'new', target: 'a', weightBefore: 0, weightAfter: 1 },
    ]);
    expect(result.tiesLost).toEqual([
      { source: 'b', target: 'c', weightBefore: 1, weightAfter: 0 },
      { source: 'c', target: 'gone', weightBefore: 1, weightAfter: 0 },
    ]);
    expect(result.tiesReweighted).toEqual([{ source: 'a', target: 'b', weightBefore: 3, weightAfter: 4 }]);
    expect(result.tiesKept).toBe(1);
  });

  it('ignores direction when either network is undirected, and says so', () => {
    const undirectedAfter = createNetwork({
      organisations: after.organisations.map((o) => ({ id: o.id })),
      flows: [{ source: 'b', target: 'a', weight: 3 }, { source: 'c', target: 'b' }, { source: 'new', target: 'a' }],
    });
    const result = compareNetworks(before, undirectedAfter);
    expect([result.directed, result.directionDiffers]).toEqual([false, true]);
    // b->c before and c-b after are the same undirected tie; a-b keeps weight 3.
    expect(result.tiesGained).toEqual([{ source: 'a', target: 'new', weightBefore: 0, weightAfter: 1 }]);
    expect(result.tiesLost).toEqual([{ source: 'c', target: 'gone', weightBefore: 1, weightAfter: 0 }]);
    expect(result.tiesReweighted).toEqual([]);
    expect(result.tiesKept).toBe(2);
  });

  it('sets metric values side by side, NaN where an organisation is missing', () => {
    const result = compareNetworks(before, after, {
      metrics: { reach: { before: [0.5, 0.25, 0.75, 0], after: [0.1, 0.5, 0.5, 0.2] } },
    });
    const byId = Object.fromEntries(result.organisations.map((o) => [o.id, o]));
    expect([byId.a.before.reach, byId.a.after.reach]).toEqual([0.5, 0.2]);
    expect(byId.a.change.reach).toBeCloseTo(-0.3, 12);
    // before: a, b, c, gone; after: new, c, b, a.
    expect(byId.c.change.reach).toBeCloseTo(-0.25, 12);
    expect(Number.isNaN(byId.new.before.reach) && Number.isNaN(byId.new.change.reach)).toBe(true);
    expect(Number.isNaN(byId.gone.after.reach)).toBe(true);
    expect(result.metrics).toEqual(['reach']);
  });

  it('ranks who changed most among organisations in both', () => {
    const result = compareNetworks(before, after, {
      // before: a, b, c, gone; after: new, c, b, a.
      metrics: { isolation: { before: [0.5, 0.2, 0.3, 0.9], after: [0, 0.1, 0.6, 0.5] } },
    });
    // b rose by 0.4, c fell by 0.2; a did not change, new and gone are not in both.
    const ranked = rankChanges(result, 'isolation');
    expect(ranked.map((r) => [r.id, r.before, r.after])).toEqual([['b', 0.2, 0.6], ['c', 0.3, 0.1]]);
    expect(ranked[0].change).toBeCloseTo(0.4, 12);
    expect(ranked[1].change).toBeCloseTo(-0.2, 12);
    expect(() => rankChanges(result, 'reach')).toThrow(/no metric "reach" \(it has: isolation\)/);
  });

  it('says what was wrong with the inputs', () => {
    expect(() => compareNetworks(before, {} as never)).toThrow(/knet: compareNetworks: give two Networks/);
    expect(() => compareNetworks(before, after, { metrics: { reach: { before: [1, 2], after: [1, 2, 3, 4] } } })).toThrow(
      'knet: compareNetworks: metric "reach" has 2 values before and 4 after, for 4 and 4 organisations.',
    );
    expect(() => compareNetworks(before, after, { metrics: { reach: {} as never } })).toThrow(/needs \{ before, after \}/);
  });
});

describe('compareNetworks: against pair sets built from the flow lists', () => {
  const flowsOf = (n: number) => fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 25 });
  it('gained = after pairs not before, lost = before pairs not after (directed and undirected)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.boolean(), fc.integer({ min: 0, max: 1_000_000 }), (n, directed, seed) => {
        const sample = fc.sample(fc.tuple(flowsOf(n), flowsOf(n)), { seed, numRuns: 1 })[0];
        const ids = (i: number) => `o${i}`;
        const toFlows = (pairs: [number, number][]): FlowInput[] => pairs.map(([s, t]) => ({ source: ids(s), target: ids(t) }));
        const make = (pairs: [number, number][]) =>
          createNetwork({ directed, organisations: Array.from({ length: n }, (_, i) => ({ id: ids(i) })), flows: toFlows(pairs) });
        const key = ([s, t]: [number, number]) => (directed || ids(s) < ids(t) ? `${ids(s)}|${ids(t)}` : `${ids(t)}|${ids(s)}`);
        const set = (pairs: [number, number][]) => new Set(pairs.filter(([s, t]) => s !== t).map(key));
        const [x, y] = [set(sample[0]), set(sample[1])];
        const result = compareNetworks(make(sample[0]), make(sample[1]));
        const asKeys = (ties: { source: string; target: string }[]) => ties.map((t) => `${t.source}|${t.target}`).sort();
        expect(asKeys(result.tiesGained)).toEqual([...y].filter((k) => !x.has(k)).sort());
        expect(asKeys(result.tiesLost)).toEqual([...x].filter((k) => !y.has(k)).sort());
        expect(result.tiesKept).toBe([...x].filter((k) => y.has(k)).length);
      }),
      { numRuns: 150 },
    );
  });
});
