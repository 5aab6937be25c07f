// Filters keep exactly the organisations and flows a person would pick by hand: checked against a
// brute-force reading of the same rules on a small network with every date precision.
import { asOf, createNetwork, filterNetworkMapped } from '@knet/core';
import { describe, expect, test } from 'vitest';
import { emptyFilters, filtersActive, filtersAsOf, networkFilter, codeCounts, valueCounts } from './filters.js';

const network = createNetwork({
  organisations: [
    { id: 'a', type: 'charity', sector: 'health', region: 'North' },
    { id: 'b', type: 'council', sector: 'housing', region: 'North' },
    { id: 'c', type: 'charity', sector: 'housing', region: 'South' },
    { id: 'd', type: 'mutual', sector: 'health', region: 'South' },
  ],
  flows: [
    { source: 'a', target: 'b', weight: 1, type: 'event', date: '2012' },
    { source: 'b', target: 'c', weight: 3, type: 'partnership', date: '2014-09' },
    { source: 'c', target: 'd', weight: 2, type: 'event', date: '2014-09-30' },
    { source: 'a', target: 'c', weight: 5, type: 'funding' },
    { source: 'a', target: 'd', weight: 0.5, type: 'event', date: '2016-01-01' },
  ],
});

function kept(filters: Partial<ReturnType<typeof emptyFilters>>) {
  const { network: sub, flowOrigin } = filterNetworkMapped(network, networkFilter(network, { ...emptyFilters(), ...filters }));
  return { organisations: sub.organisations.map((o) => o.id), flows: [...flowOrigin] };
}

describe('filters', () => {
  test('no filter keeps everything', () => {
    expect(filtersActive(emptyFilters())).toBe(false);
    expect(kept({})).toEqual({ organisations: ['a', 'b', 'c', 'd'], flows: [0, 1, 2, 3, 4] });
  });

  test('organisation fields combine with AND across fields, OR within one', () => {
    expect(kept({ types: ['charity'] }).organisations).toEqual(['a', 'c']);
    expect(kept({ types: ['charity', 'mutual'], regions: ['South'] }).organisations).toEqual(['c', 'd']);
    // Flows leave with either end.
    expect(kept({ sectors: ['housing'] }).flows).toEqual([1]);
  });

  test('flow type and minimum weight', () => {
    expect(kept({ flowTypes: ['event'] }).flows).toEqual([0, 2, 4]);
    expect(kept({ minWeight: 2 }).flows).toEqual([1, 2, 3]);
  });

  test('dates: a partial date counts from the start of its period; undated flows leave once a range is set', () => {
    // From 2014-09: the 2014-09 and 2014-09-30 flows and the 2016 one; the 2012 flow and the undated one go.
    expect(kept({ from: '2014-09' }).flows).toEqual([1, 2, 4]);
    // To 2014: up to 2014-12-31, so 2012, 2014-09 and 2014-09-30.
    expect(kept({ to: '2014' }).flows).toEqual([0, 1, 2]);
    expect(kept({ from: '2014-09-15', to: '2015' }).flows).toEqual([2]);
    // Every organisation stays when only flows are filtered.
    expect(kept({ from: '2020' })).toEqual({ organisations: ['a', 'b', 'c', 'd'], flows: [] });
  });

  test('as of a date: the flows @knet/core asOf keeps, and the earlier of the two last dates wins', () => {
    for (const date of ['2011', '2012', '2014-09-15', '2014-09-30', '2015-12-31', '2016']) {
      const expected = asOf(network, date);
      const flows = kept(filtersAsOf(emptyFilters(), date)).flows;
      expect(flows.length).toBe(expected.kept);
      expect(expected.network.flows.count).toBe(flows.length);
    }
    expect(kept(filtersAsOf(emptyFilters(), '2014-09-15')).flows).toEqual([0, 1]);
    expect(filtersAsOf({ ...emptyFilters(), to: '2012' }, '2014').to).toBe('2012');
    expect(filtersAsOf({ ...emptyFilters(), to: '2016' }, '2014').to).toBe('2014');
    expect(filtersAsOf(emptyFilters(), '')).toEqual(emptyFilters());
  });

  test('value counts: most common first, then alphabetical', () => {
    expect(valueCounts(['b', 'a', 'b', 'c', 'a', 'b'])).toEqual([
      { value: 'b', count: 3 },
      { value: 'a', count: 2 },
      { value: 'c', count: 1 },
    ]);
  });

  test('code counts: the same as value counts of the decoded column', () => {
    const dictionary = ['', 'event', 'partnership', 'funding', 'unused'];
    const codes = Uint32Array.from([2, 1, 2, 0, 3, 2, 1, 0, 0]);
    expect(codeCounts(codes, dictionary)).toEqual(valueCounts([...codes].map((code) => dictionary[code])));
    expect(codeCounts(new Uint32Array(0), dictionary)).toEqual([]);
  });
});
