// Which dates flows keep: ISO 8601 at year, month or day precision and full date-times, with real calendars.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date.js';

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** The month's last day by the JavaScript calendar (day 0 of the next month), independent of the code under test. */
function lastDay(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

describe('isIsoDate', () => {
  it('agrees with the calendar (Date.UTC) on every year, month and day', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (year, month, day) => {
        const valid = month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month);
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`)).toBe(valid);
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}`)).toBe(month >= 1 && month <= 12);
        expect(isIsoDate(`${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}T12:30:00Z`)).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });

  it.each(['2014', '2014-09', '2014-09-02', '2014-09-02T10:30', '2014-09-02T10:30:59.123Z', '2014-09-02T10:30:00+01:00', '2014-09-02T24:00:00'])('accepts %s', (text) => {
    expect(isIsoDate(text)).toBe(true);
  });

  it.each(['14', '2014-9', '2014/09/02', '02/09/2014', '2014-09-02T25:00', '2014-09-02T10:61', '2014-09-02T24:30', '2014-09-02T10:30+15:00', 'September 2014', ' 2014', '', '2014-09-02 10:30'])('refuses %j', (text) => {
    expect(isIsoDate(text)).toBe(false);
  });
});
