// Tests for periods: labels and bounds by year, quarter and month, gaps kept, partial dates placed at the
// start of their period, filtered networks, and no periods without dates.
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { filterNetwork } from '../model/filter.js';
import { periods } from './periods.js';

const network = createNetwork({
  flows: [
    { source: 'a', target: 'b', date: '2014-08-20' },
    { source: 'b', target: 'c', date: '2016' },
    { source: 'c', target: 'd' },
  ],
});

describe('periods', () => {
  it('lists every year from the first flow date to the last, gaps included', () => {
    expect(periods(network, 'year')).toEqual([
      { label: '2014', start: '2014-01-01', end: '2014-12-31' },
      { label: '2015', start: '2015-01-01', end: '2015-12-31' },
      { label: '2016', start: '2016-01-01', end: '2016-12-31' },
    ]);
    expect(periods(network)).toEqual(periods(network, 'year'));
  });

  it('lists quarters, a year-dated flow falling in the first quarter of its year', () => {
    const quarters = periods(network, 'quarter');
    expect(quarters.map((p) => p.label)).toEqual(['2014-Q3', '2014-Q4', '2015-Q1', '2015-Q2', '2015-Q3', '2015-Q4', '2016-Q1']);
    expect(quarters[0]).toEqual({ label: '2014-Q3', start: '2014-07-01', end: '2014-09-30' });
    expect(quarters[6]).toEqual({ label: '2016-Q1', start: '2016-01-01', end: '2016-03-31' });
  });

  it('lists months with their true last day', () => {
    const months = periods(createNetwork({ flows: [{ source: 'a', target: 'b', date: '2016-01-31' }, { source: 'a', target: 'c', date: '2016-02' }] }), 'month');
    expect(months).toEqual([
      { label: '2016-01', start: '2016-01-01', end: '2016-01-31' },
      { label: '2016-02', start: '2016-02-01', end: '2016-02-29' },
    ]);
  });

  it('uses only the flows a filtered network still has', () => {
    const early = filterNetwork(network, { flow: (f) => f === 0 });
    expect(periods(early).map((p) => p.label)).toEqual(['2014']);
  });

  it('gives no periods without dated flows, and refuses an unknown unit', () => {
    expect(periods(createNetwork({ flows: [{ source: 'a', target: 'b' }] }))).toEqual([]);
    expect(() => periods(network, 'decade' as never)).toThrow(/knet: periods: `by` must be 'year', 'quarter' or 'month'/);
  });
});
