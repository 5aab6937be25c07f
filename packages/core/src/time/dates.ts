// ISO 8601 dates at three precisions (2014, 2014-09, 2014-09-02) as whole days since 1970-01-01 (UTC), so
// periods compare as integers. A partial date stands for a period: we read its first or its last day.
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:T.*)?$/;
const DAY = 86_400_000;

export type DatePrecision = 'year' | 'month' | 'day';

export interface ParsedDate {
  /** First day of the period the date names (the day itself for a full date). */
  start: number;
  /** Last day of that period. */
  end: number;
  precision: DatePrecision;
}

/** Reads 2014, 2014-09 or 2014-09-02 (a time after T is ignored); undefined when it is not a real date. */
export function parseDate(text: string): ParsedDate | undefined {
  const match = ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (match[2] === undefined) return { start: dayOf(year, 1, 1), end: dayOf(year, 12, 31), precision: 'year' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  const last = daysInMonth(year, month);
  if (match[3] === undefined) return { start: dayOf(year, month, 1), end: dayOf(year, month, last), precision: 'month' };
  const day = Number(match[3]);
  if (day < 1 || day > last) return undefined;
  const at = dayOf(year, month, day);
  return { start: at, end: at, precision: 'day' };
}

/**
 * Day number of a calendar date (month 1-12; a day or month past the end runs on, as Date.UTC's do). Counted
 * by arithmetic (Hinnant's days_from_civil) rather than Date.UTC, which reads years 0-99 as 1900-1999.
 */
export function dayOf(year: number, month: number, day: number): number {
  const months = year * 12 + (month - 1);
  const y = Math.floor(months / 12);
  const m = months - y * 12 + 1;
  // Years start on 1 March here, so the leap day is the last day of the year.
  const marchYear = m <= 2 ? y - 1 : y;
  const era = Math.floor(marchYear / 400);
  const yearOfEra = marchYear - era * 400;
  const dayOfYear = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** 2014-09-02 for a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** Year, month (1-12) and day of a day number. */
export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = new Date(day * DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The same day `months` months earlier, clamped to the month's length (31 March less 1 month: 29 Feb). */
export function monthsBefore(day: number, months: number): number {
  const { year, month, day: date } = calendarOf(day);
  const index = year * 12 + (month - 1) - months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayOf(y, m, Math.min(date, daysInMonth(y, m)));
}

/** Reads a cut-off date given by a caller, or says in words what was wrong. */
export function requireDate(value: string | Date, where: string): ParsedDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new TypeError(`knet: ${where}: the date is not valid.`);
    const at = dayOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
    return { start: at, end: at, precision: 'day' };
  }
  const parsed = typeof value === 'string' ? parseDate(value) : undefined;
  if (!parsed) {
    throw new TypeError(
      `knet: ${where}: ${JSON.stringify(value)} is not a date; write it as 2014, 2014-09 or 2014-09-02.`,
    );
  }
  return parsed;
}
