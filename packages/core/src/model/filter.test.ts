// Tests for filterNetwork / withoutGroup: what is kept, how indices are renumbered, and that flow columns
// (weights, types, dates, extra attributes) travel with their flows.
import { describe, expect, it } from 'vitest';
import { createNetwork } from './builder.js';
import { filterNetwork, filterNetworkMapped, organisationValue, withoutGroup } from './filter.js';

const network = createNetwork({
  directed: true,
  organisations: [
    { id: 'a', type: 'council' },
    { id: 'b', type: 'funder' },
    { id: 'c', type: 'charity', attributes: { consent: 'yes' } },
    { id: 'd', type: 'funder' },
    { id: 'e', type: 'charity' },
  ],
  flows: [
    { source: 'a', target: 'b', weight: 2, type: 'funding', date: '2014' },
    { source: 'b', target: 'c', weight: 3, type: 'funding', date: '2015-02', attributes: { programme: 'Awards' } },
    { source: 'c', target: 'e', weight: 1, type: 'event', date: '2016-03-01' },
    { source: 'd', target: 'e', weight: 4 },
    { source: 'a', target: 'c', weight: 5, type: 'partnership', attributes: { programme: 'Pilot' } },
  ],
});

const pairs = (n: ReturnType<typeof filterNetwork>) => [...n.eachFlow()].map((f) => `${f.source}>${f.target}`);

describe('filterNetwork', () => {
  it('keeps everything when no test is given, as a new network', () => {
    const copy = filterNetwork(network);
    expect(copy).not.toBe(network);
    expect(copy.order).toBe(5);
    expect(copy.directed).toBe(true);
    expect([...copy.eachFlow()]).toEqual([...network.eachFlow()]);
  });

  it('drops the flows of removed organisations and renumbers the rest', () => {
    const { network: kept, organisationIndex, flowOrigin } = filterNetworkMapped(network, {
      organisation: (o) => o.id !== 'b',
    });
    expect(kept.organisations.map((o) => o.id)).toEqual(['a', 'c', 'd', 'e']);
    expect(Array.from(organisationIndex)).toEqual([0, -1, 1, 2, 3]);
    expect(pairs(kept)).toEqual(['c>e', 'd>e', 'a>c']);
    expect(Array.from(flowOrigin)).toEqual([2, 3, 4]);
    expect(kept.indexOf('e')).toBe(3);
  });

  it('carries weights, types, dates and extra columns with their flows', () => {
    const kept = filterNetwork(network, { flow: (f) => f !== 0 && f !== 2 });
    const flows = [...kept.eachFlow()];
    expect(flows.map((f) => [f.source, f.target, f.weight, f.type, f.date, f.attributes.programme])).toEqual([
      ['b', 'c', 3, 'funding', '2015-02', 'Awards'],
      ['d', 'e', 4, '', undefined, undefined],
      ['a', 'c', 5, 'partnership', undefined, 'Pilot'],
    ]);
  });

  it('keeps isolated organisations when only flows are filtered', () => {
    const kept = filterNetwork(network, { flow: () => false });
    expect(kept.order).toBe(5);
    expect(kept.flows.count).toBe(0);
  });

  it('rejects a test that is not a function', () => {
    expect(() => filterNetwork(network, { flow: 3 as never })).toThrow(/knet: filterNetwork: `flow`/);
    expect(() => filterNetwork({} as never)).toThrow(/must be a Network/);
  });
});

describe('withoutGroup', () => {
  it('removes a group named by field and value, and says who went', () => {
    const result = withoutGroup(network, { by: 'type', value: 'funder' });
    expect(result.removed).toEqual(['b', 'd']);
    expect(result.network.organisations.map((o) => o.id)).toEqual(['a', 'c', 'e']);
    expect(pairs(result.network)).toEqual(['c>e', 'a>c']);
  });

  it('accepts several values, an extra attribute, or a function', () => {
    expect(withoutGroup(network, { by: 'type', value: ['funder', 'council'] }).removed).toEqual(['a', 'b', 'd']);
    expect(withoutGroup(network, { by: 'consent', value: 'yes' }).removed).toEqual(['c']);
    expect(withoutGroup(network, (o, i) => i === 4).removed).toEqual(['e']);
  });

  it('refuses a selector that names nothing', () => {
    expect(() => withoutGroup(network, { by: '', value: 'x' })).toThrow(/knet: withoutGroup/);
    expect(() => withoutGroup(network, { by: 'type', value: [] })).toThrow(/names no group/);
  });
});

describe('organisationValue', () => {
  it('reads fields, the pioneer flag and attributes as text, safely', () => {
    const [a, , c] = network.organisations;
    expect(organisationValue(a, 'type')).toBe('council');
    expect(organisationValue(a, 'pioneer')).toBe('false');
    expect(organisationValue(c, 'consent')).toBe('yes');
    expect(organisationValue(c, '__proto__')).toBe('');
    expect(organisationValue(c, 'toString')).toBe('');
  });
});
