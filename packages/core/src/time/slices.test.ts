// Tests for asOf and timeWindow: the precision rule, undated flows, organisations kept, and the Northfold
// sample (dates 2010-2016 in three precisions) against counts made here straight from edges.csv.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { createNetwork } from '../model/builder.js';
import { asOf } from './as-of.js';
import { timeWindow } from './window.js';

const network = createNetwork({
  organisations: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }, { id: 'lonely' }],
  flows: [
    { source: 'a', target: 'b', date: '2014' },
    { source: 'b', target: 'c', date: '2014-07' },
    { source: 'c', target: 'd', date: '2014-06-01' },
    { source: 'a', target: 'd', date: '2015-01-15' },
    { source: 'a', target: 'c' },
  ],
});
const targets = (slice: { network: typeof network }) => [...slice.network.eachFlow()].map((f) => `${f.source}-${f.target}`);

describe('asOf', () => {
  it('reads a partial flow date as the start of its period, a partial cut-off as its end', () => {
    expect(targets(asOf(network, '2014-06-01'))).toEqual(['a-b', 'c-d']);
    expect(targets(asOf(network, '2014-06'))).toEqual(['a-b', 'c-d']);
    expect(targets(asOf(network, '2014-07-01'))).toEqual(['a-b', 'b-c', 'c-d']);
    expect(targets(asOf(network, '2014'))).toEqual(['a-b', 'b-c', 'c-d']);
    expect(targets(asOf(network, '2013-12-31'))).toEqual([]);
    expect(targets(asOf(network, new Date(Date.UTC(2015, 0, 15))))).toEqual(['a-b', 'b-c', 'c-d', 'a-d']);
  });

  it('drops undated flows by default and counts them; keeps them when asked', () => {
    const dropped = asOf(network, '2014');
    expect([dropped.kept, dropped.outside, dropped.undated, dropped.from, dropped.to]).toEqual([3, 1, 1, undefined, '2014-12-31']);
    const kept = asOf(network, '2014', { undated: 'keep' });
    expect(targets(kept)).toEqual(['a-b', 'b-c', 'c-d', 'a-c']);
    expect(kept.undated).toBe(1);
  });

  it('keeps every organisation, isolated ones included, so n is comparable', () => {
    const early = asOf(network, '2010');
    expect(early.network.order).toBe(5);
    expect(early.network.organisations.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', 'lonely']);
  });

  it('says what was wrong', () => {
    expect(() => asOf(network, 'last year')).toThrow(/knet: asOf: "last year" is not a date/);
    expect(() => asOf(network, '2014', { undated: 'maybe' as never })).toThrow(/`undated` must be 'drop' or 'keep'/);
  });
});

describe('timeWindow', () => {
  it('keeps flows in the N months ending on the end date', () => {
    const slice = timeWindow(network, 6, { end: '2014-12-31' });
    expect([slice.from, slice.to]).toEqual(['2014-07-01', '2014-12-31']);
    expect(targets(slice)).toEqual(['b-c']);
    expect(targets(timeWindow(network, 7, { end: '2014-12' }))).toEqual(['b-c', 'c-d']);
  });

  it('ends by default at the end of the latest flow date', () => {
    const slice = timeWindow(network, 1);
    expect([slice.from, slice.to]).toEqual(['2014-12-16', '2015-01-15']);
    expect(targets(slice)).toEqual(['a-d']);
    // A year-dated latest flow ends on 31 December.
    const yearly = createNetwork({ flows: [{ source: 'x', target: 'y', date: '2016' }] });
    expect(timeWindow(yearly, 12).to).toBe('2016-12-31');
  });

  it('takes the latest date among the flows a filtered network still has', () => {
    const before2015 = asOf(network, '2014').network;
    expect(timeWindow(before2015, 1).to).toBe('2014-12-31');
  });

  it('refuses a window that is not a whole number of months', () => {
    expect(() => timeWindow(network, 0)).toThrow(/knet: timeWindow: months must be a whole number/);
    expect(() => timeWindow(network, 1.5)).toThrow(/knet: timeWindow/);
    expect(() => timeWindow(network, 120_001)).toThrow(/from 1 to 120000, got 120001/);
    // The longest window starts before year 0 and still names its days.
    expect(timeWindow(network, 120_000).from).toMatch(/^-\d{6}-\d{2}/);
  });
});

describe('asOf and timeWindow on the Northfold sample', () => {
  const rows = parse(readFileSync(new URL('../../../../data/northfold/edges.csv', import.meta.url)), {
    columns: true,
  }) as { source: string; target: string; date: string }[];
  const northfold = createNetwork({ flows: rows.map((r) => ({ source: r.source, target: r.target, date: r.date || undefined })) });

  it('keeps, for each year, the flows whose written date begins with an earlier or the same year', () => {
    const years = [...new Set(rows.map((r) => r.date.slice(0, 4)))].sort();
    expect(years.length).toBeGreaterThan(3);
    for (const year of years) {
      const expected = rows.filter((r) => r.date.slice(0, 4) <= year).length;
      const slice = asOf(northfold, year);
      expect(slice.network.flows.count, year).toBe(expected);
      expect(slice.network.order).toBe(northfold.order);
    }
  });

  it('a 12-month window ending with a year holds exactly the flows written in that year', () => {
    for (const year of ['2012', '2015']) {
      const expected = rows.filter((r) => r.date.startsWith(year)).length;
      expect(timeWindow(northfold, 12, { end: year }).kept).toBe(expected);
    }
  });
});
