// Tests for the date helpers: the three ISO precisions, impossible dates, month arithmetic at month ends.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, monthsBefore, parseDate, requireDate } from './dates.js';

const iso = (day: number) => formatDay(day);

describe('parseDate', () => {
  it('reads a year, a month and a day as the first and last day of the period', () => {
    const year = parseDate('2014')!;
    expect([iso(year.start), iso(year.end), year.precision]).toEqual(['2014-01-01', '2014-12-31', 'year']);
    const month = parseDate('2016-02')!;
    expect([iso(month.start), iso(month.end), month.precision]).toEqual(['2016-02-01', '2016-02-29', 'month']);
    const day = parseDate(' 2014-09-02 ')!;
    expect([iso(day.start), iso(day.end), day.precision]).toEqual(['2014-09-02', '2014-09-02', 'day']);
    expect(iso(parseDate('2014-09-02T17:30:00Z')!.start)).toBe('2014-09-02');
  });

  it('counts days like the JavaScript Date of the same calendar day', () => {
    expect(parseDate('1970-01-01')!.start).toBe(0);
    expect(parseDate('2014-09-02')!.start).toBe(Date.UTC(2014, 8, 2) / 86_400_000);
  });

  it('keeps years 0000-0099 where they are (Date.UTC would move them to 1900-1999)', () => {
    const early = parseDate('0014-09-02')!;
    expect([iso(early.start), early.precision]).toEqual(['0014-09-02', 'day']);
    const year = parseDate('0050')!;
    expect([iso(year.start), iso(year.end)]).toEqual(['0050-01-01', '0050-12-31']);
    expect(iso(parseDate('0000-02')!.end)).toEqual('0000-02-29');
    expect(iso(parseDate('0100-02')!.end)).toEqual('0100-02-28');
  });

  it('counts days by arithmetic equal to Date over four centuries, overflowing days and months included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 40 }), (year, month, day) => {
        const date = new Date(0);
        date.setUTCFullYear(year, month - 1, day);
        return dayOf(year, month, day) === Math.round(date.getTime() / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what is not a real date', () => {
    for (const text of ['', '14', '2014-13', '2014-00', '2015-02-29', '2014-04-31', '2014/09/02', 'Sept 2014', '2014-9']) {
      expect(parseDate(text), text).toBeUndefined();
    }
  });
});

describe('monthsBefore', () => {
  it('moves back whole months and clamps to shorter months', () => {
    expect(iso(monthsBefore(dayOf(2016, 12, 31), 12))).toBe('2015-12-31');
    expect(iso(monthsBefore(dayOf(2016, 3, 31), 1))).toBe('2016-02-29');
    expect(iso(monthsBefore(dayOf(2016, 1, 15), 3))).toBe('2015-10-15');
    expect(iso(monthsBefore(dayOf(2016, 5, 31), 27))).toBe('2014-02-28');
  });
});

describe('requireDate', () => {
  it('accepts strings and Date objects, and names the function and the fix otherwise', () => {
    expect(iso(requireDate(new Date(Date.UTC(2014, 8, 2, 23)), 'asOf').end)).toBe('2014-09-02');
    expect(() => requireDate('2014-13', 'asOf')).toThrow('knet: asOf: "2014-13" is not a date; write it as 2014, 2014-09 or 2014-09-02.');
    expect(() => requireDate(new Date('nope'), 'timeWindow')).toThrow(/knet: timeWindow: the date is not valid/);
    expect(() => requireDate(2014 as never, 'asOf')).toThrow(/knet: asOf: 2014 is not a date/);
  });
});
