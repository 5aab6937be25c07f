// Which flow dates the readers accept: ISO 8601 calendar dates at year, month or day precision, and full
// date-times, with real month and day ranges (2014-02-30 is refused). The text is kept as written.

const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;

/** True for 2014, 2014-09, 2014-09-02, 2014-09-02T10:30, 2014-09-02T10:30:00Z, 2014-09-02T10:30:00.5+01:00. */
export function isIsoDate(text: string): boolean {
  // The common shapes, checked without a regular expression (a million flows have a million dates).
  const length = text.length;
  if ((length === 4 || length === 7 || length === 10) && digits(text, 0, 4)) {
    if (length === 4) return true;
    if (text.charCodeAt(4) !== 45 || !digits(text, 5, 7)) return false;
    const month = Number(text.slice(5, 7));
    if (month < 1 || month > 12) return false;
    if (length === 7) return true;
    if (text.charCodeAt(7) !== 45 || !digits(text, 8, 10)) return false;
    const day = Number(text.slice(8, 10));
    return day >= 1 && day <= daysInMonth(Number(text.slice(0, 4)), month);
  }
  const match = DATE.exec(text);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, zone] = match;
  if (month === undefined) return true;
  const m = Number(month);
  if (m < 1 || m > 12) return false;
  if (day === undefined) return true;
  const d = Number(day);
  if (d < 1 || d > daysInMonth(Number(year), m)) return false;
  if (hour === undefined) return true;
  if (Number(hour) > 24 || Number(minute) > 59 || (second !== undefined && Number(second) > 60)) return false;
  if (Number(hour) === 24 && (Number(minute) > 0 || Number(second ?? 0) > 0)) return false;
  if (zone && zone !== 'Z') {
    const zoneHours = Number(zone.slice(1, 3));
    const zoneMinutes = Number(zone.slice(-2));
    if (zoneHours > 14 || (zone.length > 3 && zoneMinutes > 59)) return false;
  }
  return true;
}

function digits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
