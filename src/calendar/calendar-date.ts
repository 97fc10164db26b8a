/**
 * Calendar dates: the ISO `YYYY-MM-DD` strings every `ocop` function takes and returns.
 *
 * A calendar date is a day in the Vietnamese civil calendar, not an instant. All arithmetic is done with
 * date-fns on a local-noon `Date` and read back as year, month and day, so that no result depends on the
 * machine's time zone.
 *
 * @module
 */
import { addDays as dfAddDays, addMonths as dfAddMonths, differenceInCalendarDays } from "date-fns";
import { describeValue, fail } from "../errors/ocop-error.js";

/** An ISO 8601 calendar date, `YYYY-MM-DD` (for example `"2026-05-22"`). Validated at run time. */
export type CalendarDate = `${number}-${number}-${number}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return month === 2
    ? (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
      ? 29
      : 28
    : month === 4 || month === 6 || month === 9 || month === 11
      ? 30
      : 31;
}

/**
 * Checks a string is a real calendar date in `YYYY-MM-DD` form.
 *
 * @example
 * ```ts
 * isCalendarDate("2024-02-29"); // true
 * isCalendarDate("2023-02-29"); // false
 * ```
 */
export function isCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== "string") return false;
  const m = ISO_DATE.exec(value);
  if (m === null) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses a calendar date strictly: only `YYYY-MM-DD`, only real days (`2023-02-30` is an error).
 *
 * @param value - the text to parse
 * @param path - the field's path, used in the error (default `["date"]`)
 * @throws {@link OcopError} `INVALID_DATE`
 * @example
 * ```ts
 * parseCalendarDate("2026-05-22"); // "2026-05-22"
 * parseCalendarDate("2023-02-30"); // throws OcopError INVALID_DATE
 * ```
 */
export function parseCalendarDate(
  value: unknown,
  path: readonly (string | number)[] = ["date"],
): CalendarDate {
  if (isCalendarDate(value)) return value;
  return fail("INVALID_DATE", path, value, "a calendar date is written YYYY-MM-DD and names a real day", {
    en: `${path.join(".")}: ${describeValue(value)} is not a calendar date (YYYY-MM-DD, a real day)`,
    vi: `${path.join(".")}: ${describeValue(value, "vi")} không phải là ngày hợp lệ (YYYY-MM-DD, ngày có thật)`,
  });
}

/** Year, month and day of a date already validated. */
function partsOf(date: CalendarDate): { year: number; month: number; day: number } {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

/**
 * Year, month (1–12) and day of a valid calendar date.
 *
 * @throws {@link OcopError} `INVALID_DATE` for anything but a valid calendar date
 * @example
 * ```ts
 * calendarParts("2026-05-22"); // { year: 2026, month: 5, day: 22 }
 * ```
 */
export function calendarParts(date: CalendarDate): { year: number; month: number; day: number } {
  return partsOf(parseCalendarDate(date));
}

/**
 * Builds a calendar date from its parts (month 1–12). Throws `INVALID_DATE` on parts that are not whole
 * numbers or name an impossible day.
 *
 * @example
 * ```ts
 * calendarDate(2026, 5, 22); // "2026-05-22"
 * ```
 */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  if (!Number.isSafeInteger(year) || !Number.isSafeInteger(month) || !Number.isSafeInteger(day)) {
    fail("INVALID_DATE", ["date"], [year, month, day], "a calendar date has a whole year, month and day", {
      en: `date: ${describeValue(year)}, ${describeValue(month)}, ${describeValue(day)} are not a whole year, month and day`,
      vi: `date: ${describeValue(year, "vi")}, ${describeValue(month, "vi")}, ${describeValue(day, "vi")} không phải là năm, tháng, ngày nguyên`,
    });
  }
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return parseCalendarDate(text, ["date"]);
}

/** Local-noon Date for arithmetic (noon avoids midnight DST gaps in any zone). */
function toLocalNoon(date: CalendarDate): Date {
  const { year, month, day } = partsOf(date);
  const d = new Date(2000, month - 1, day, 12, 0, 0, 0);
  d.setFullYear(year);
  return d;
}

function fromLocal(d: Date): CalendarDate {
  return calendarDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/**
 * Adds (or with a negative number subtracts) whole days.
 *
 * @example
 * ```ts
 * addDays("2026-05-22", 60); // "2026-07-21"
 * ```
 */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  const valid = parseCalendarDate(date);
  if (!Number.isSafeInteger(days)) {
    fail("INVALID_ARGUMENT", ["days"], days, "a number of days is a whole number", {
      en: `days: ${describeValue(days)} is not a whole number`,
      vi: `days: ${describeValue(days, "vi")} không phải là số nguyên`,
    });
  }
  return fromLocal(dfAddDays(toLocalNoon(valid), days));
}

/**
 * Adds whole months; where the target month has no such day, the result is that month's last day
 * (date-fns `addMonths`, the same rule as the Civil Code 2015, Article 148 for the end of a period).
 *
 * @example
 * ```ts
 * addMonths("2023-08-31", 6); // "2024-02-29"
 * ```
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const valid = parseCalendarDate(date);
  if (!Number.isSafeInteger(months)) {
    fail("INVALID_ARGUMENT", ["months"], months, "a number of months is a whole number", {
      en: `months: ${describeValue(months)} is not a whole number`,
      vi: `months: ${describeValue(months, "vi")} không phải là số nguyên`,
    });
  }
  return fromLocal(dfAddMonths(toLocalNoon(valid), months));
}

/**
 * Calendar days from `from` to `to` (positive when `to` is later).
 *
 * @example
 * ```ts
 * daysBetween("2026-05-22", "2026-07-21"); // 60
 * ```
 */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return differenceInCalendarDays(
    toLocalNoon(parseCalendarDate(to, ["to"])),
    toLocalNoon(parseCalendarDate(from, ["from"])),
  );
}

/**
 * Compares two calendar dates: negative, zero or positive (usable with `Array.prototype.sort`).
 *
 * @throws {@link OcopError} `INVALID_DATE` when either is not a valid calendar date
 * @example
 * ```ts
 * ["2026-01-02", "2025-12-31"].sort(compareDates); // ["2025-12-31", "2026-01-02"]
 * ```
 */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  const x = parseCalendarDate(a, ["a"]);
  const y = parseCalendarDate(b, ["b"]);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Day of the week, 0 = Sunday … 6 = Saturday.
 *
 * @example
 * ```ts
 * dayOfWeek("2026-05-22"); // 5 (Friday)
 * ```
 */
export function dayOfWeek(date: CalendarDate): number {
  return toLocalNoon(parseCalendarDate(date)).getDay();
}
